"""Asked once on a new workstation: which site, counter and staff member."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.entities import Counter, Site, Staff


class FirstStartDialog(QDialog):
    """Pure view: the caller provides the seed data and saves the choice."""

    def __init__(
        self,
        sites: Sequence[Site],
        counters: Mapping[str, Sequence[Counter]],
        staff: Sequence[Staff],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._counters = counters
        self._staff = staff
        self.setWindowTitle(self.tr("Skranke – opsætning af arbejdsplads"))
        self.setAccessibleName(self.tr("Opsætning af arbejdsplads"))

        intro = QLabel(
            self.tr("Vælg afdeling, skranke og medarbejder. Det huskes på denne computer.")
        )
        intro.setWordWrap(True)
        self.site_box = QComboBox()
        self.site_box.setAccessibleName(self.tr("Afdeling"))
        for site in sites:
            self.site_box.addItem(f"{site.name} ({site.code})", site.code)
        self.counter_box = QComboBox()
        self.counter_box.setAccessibleName(self.tr("Skranke"))
        self.staff_box = QComboBox()
        self.staff_box.setAccessibleName(self.tr("Medarbejder"))

        form = QFormLayout()
        form.addRow(self.tr("&Afdeling:"), self.site_box)
        form.addRow(self.tr("S&kranke:"), self.counter_box)
        form.addRow(self.tr("&Medarbejder:"), self.staff_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Gem og start"))
        ok.setAccessibleName(self.tr("Gem og start"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Afbryd"))
        cancel.setAccessibleName(self.tr("Afbryd"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.site_box.currentIndexChanged.connect(self._on_site_box_changed)
        self._on_site_box_changed()
        self.site_box.setFocus()

    def _on_site_box_changed(self) -> None:
        code = self.site_code
        self.counter_box.clear()
        for counter in self._counters.get(code, ()):
            self.counter_box.addItem(counter.name, counter.number)
        self.staff_box.clear()
        for member in self._staff:
            if member.site_code == code:
                self.staff_box.addItem(f"{member.name} ({member.initials})", member.id)

    @property
    def site_code(self) -> str:
        return str(self.site_box.currentData())

    @property
    def counter_number(self) -> int:
        return int(self.counter_box.currentData())

    @property
    def staff_id(self) -> str:
        return str(self.staff_box.currentData())
