"""Who the advice session is with: a citizen found by name or CPR, or «Anonym henvendelse».

Enter in the search field searches and goes to the hits; the row chosen is the citizen.
Ticking «Anonym henvendelse» (Alt+A) puts the search aside: people who only ask
need not say who they are.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.entities import SupportBasis, SupportBasisInfo
from app.registration import RegistrationService, SearchHit
from ui.background import BackgroundRunner
from ui.jobshop.company_table import company_table
from ui.registration.search_model import SearchHitsModel

SEARCH_DELAY_MS = 150
CitizenChoice = tuple[str, str]  # (citizen id, name and masked CPR)


class AdviceCitizenPicker(QWidget):
    def __init__(
        self,
        registration: RegistrationService,
        runner: BackgroundRunner,
        on_error: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._registration = registration
        self._runner = runner
        self._on_error = on_error
        self._generation = 0
        self._chosen: CitizenChoice | None = None
        # Filled on the worker thread; the first search queues behind it, so hits have labels.
        self._labels: dict[SupportBasis, str] = {}
        self.anonymous_check = QCheckBox(self.tr("&Anonym henvendelse"))
        self.anonymous_check.setAccessibleName(self.tr("Anonym henvendelse"))
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Søg borger til rådgivning"))
        self.search_edit.setPlaceholderText(self.tr("Navn eller CPR-nummer"))
        self.hits_model = SearchHitsModel(lambda basis: self._labels.get(basis, basis.value))
        runner.run(registration.all_support_bases, self._got_support_bases, owner=self)
        self.hits_table = company_table(self.hits_model, self.tr("Fundne borgere til rådgivning"))
        self.hits_table.setMaximumHeight(140)
        self.chosen_label = QLabel()
        self.chosen_label.setAccessibleName(self.tr("Borger i samtalen"))
        self.chosen_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.anonymous_check)
        search_label = QLabel(self.tr("Find &borgeren (navn eller CPR):"))
        search_label.setBuddy(self.search_edit)
        layout.addWidget(search_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.hits_table)
        layout.addWidget(self.chosen_label)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self._search(go_to_hits=False))
        self.search_edit.textEdited.connect(lambda _t: self._timer.start())
        self.search_edit.installEventFilter(self)
        self.hits_table.selectionModel().currentRowChanged.connect(self._on_hits_row_changed)
        self.anonymous_check.toggled.connect(self._on_anonymous_check_toggled)
        self._show_chosen()

    # --- what the form reads -----------------------------------------------------------------
    @property
    def anonymous(self) -> bool:
        return self.anonymous_check.isChecked()

    @property
    def chosen(self) -> CitizenChoice | None:
        return None if self.anonymous else self._chosen

    def is_empty(self) -> bool:
        return self._chosen is None and not self.anonymous

    def choose(self, choice: CitizenChoice | None) -> None:
        """A citizen from elsewhere (the ticket being served); None clears."""
        self._chosen = choice
        if choice is not None:
            self.anonymous_check.setChecked(False)
        self._show_chosen()

    def reset(self) -> None:
        self._chosen = None
        self.anonymous_check.setChecked(False)
        self.search_edit.clear()
        self.hits_model.set_hits([])
        self._show_chosen()

    # --- searching ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Enter in the search field searches and goes to the hits (not to «Gem»)."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._timer.stop()
                self._search(go_to_hits=True)
                return True
        return super().eventFilter(watched, event)

    def _search(self, *, go_to_hits: bool) -> None:
        self._generation += 1
        generation, text = self._generation, self.search_edit.text()

        def deliver(hits: list[SearchHit]) -> None:
            if generation != self._generation:
                return  # typed on
            self.hits_model.set_hits(hits)
            if not hits:
                self.chosen_label.setText(self.tr("Ingen borgere fundet."))
            elif go_to_hits:
                self.hits_table.selectRow(0)
                self.hits_table.setFocus()

        self._runner.run(lambda: self._registration.search(text), deliver, self._on_error, self)

    def _on_hits_row_changed(self) -> None:
        row = self.hits_table.currentIndex().row()
        if 0 <= row < self.hits_model.rowCount():
            hit = self.hits_model.hit(row)
            self.choose((hit.citizen_id, f"{hit.full_name} ({hit.masked_cpr})"))

    def _on_anonymous_check_toggled(self, on: bool) -> None:
        self.search_edit.setEnabled(not on)
        self.hits_table.setEnabled(not on)
        self._show_chosen()

    def _show_chosen(self) -> None:
        if self.anonymous:
            text = self.tr("Samtalen registreres uden borger.")
        elif self._chosen is not None:
            text = self.tr("Borger: %1").replace("%1", self._chosen[1])
        else:
            text = self.tr("Ingen borger valgt – søg borgeren frem eller markér anonym.")
        self.chosen_label.setText(text)

    def _got_support_bases(self, bases: list[SupportBasisInfo]) -> None:
        self._labels = {info.code: info.label_da for info in bases}
        self.hits_model.layoutChanged.emit()  # hits shown before the labels came
