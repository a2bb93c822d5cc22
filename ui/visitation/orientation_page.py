"""Step 2: the orientation checklist — every point ticked, or skipped with a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.visitation.schemes import OrientationItem
from app.visitation.visitation_service import OrientationAnswer
from ui.focus import chain_tab_order


class OrientationPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[OrientationItem, QCheckBox, QLineEdit]] = []
        self._grid = QGridLayout()
        intro = QLabel(
            self.tr(
                "Borgeren skal orienteres om hvert punkt. Kryds af, eller skriv hvorfor "
                "punktet springes over."
            )
        )
        intro.setWordWrap(True)
        self._tick_all = QPushButton(self.tr("Kryds alle af (Alt+K)"))
        self._tick_all.setAccessibleName(self.tr("Kryds alle punkter af"))
        self._tick_all.clicked.connect(self._on_tick_all_clicked)
        # A shortcut rather than a mnemonic: it acts at once (a mnemonic animates a click).
        tick_all = QShortcut(QKeySequence(self.tr("Alt+K")), self)
        tick_all.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tick_all.activated.connect(self._on_tick_all_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._grid)
        layout.addWidget(self._tick_all)
        layout.addStretch(1)

    def load(self, items: tuple[OrientationItem, ...]) -> None:
        for _item, box, reason in self._items:
            box.deleteLater()
            reason.deleteLater()
        self._items.clear()
        for row, item in enumerate(items):
            box = QCheckBox(item.label_da)
            box.setAccessibleName(item.label_da)
            reason = QLineEdit()
            reason.setAccessibleName(
                self.tr("Begrundelse for at springe over: {item}").format(item=item.label_da)
            )
            reason.setPlaceholderText(self.tr("Begrundelse, hvis punktet springes over"))
            box.toggled.connect(reason.setDisabled)
            self._grid.addWidget(box, row, 0)
            self._grid.addWidget(reason, row, 1)
            box.show()
            reason.show()
            self._items.append((item, box, reason))
        # Tab walks the ticks first, then the reasons: the usual case is all ticked.
        widgets: list[QWidget] = [box for _i, box, _r in self._items]
        widgets += [reason for _i, _b, reason in self._items] + [self._tick_all]
        chain_tab_order(widgets)

    def first_field(self) -> QWidget:
        return self._items[0][1] if self._items else self._tick_all

    def answers(self) -> dict[str, OrientationAnswer]:
        return {
            item.key: OrientationAnswer(
                box.isChecked(), "" if box.isChecked() else reason.text().strip()
            )
            for item, box, reason in self._items
        }

    def first_gap(self) -> tuple[OrientationItem, QLineEdit] | None:
        """The first point neither ticked nor given a reason (nothing is skipped silently)."""
        for item, box, reason in self._items:
            if not box.isChecked() and not reason.text().strip():
                return item, reason
        return None

    def _on_tick_all_clicked(self) -> None:
        for _item, box, _reason in self._items:
            box.setChecked(True)
