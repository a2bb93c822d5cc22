"""«Kvikservice»: open company requests with the time left, and for the one chosen the
citizens who came to this reception and want work in its trade area.

Keyboard-first: Ctrl+N takes a new request, Ctrl+S marks the chosen candidate sent,
F4 closes the request (fulfilled or cancelled), F5 refreshes. The time left is read
again every minute (a QTimer); an overdue request is red and says so in words.
All database work runs on the one background runner.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.jobshop.company_service import CompanyLine
from app.jobshop.kvik_service import Candidate, KvikLine, SentLine
from app.jobshop.records import TradeArea
from ui.background import BackgroundRunner
from ui.jobshop.company_table import company_table
from ui.jobshop.dialog_parts import show_error
from ui.jobshop.kvik_close_dialog import KvikCloseDialog
from ui.jobshop.kvik_models import CandidateModel, KvikRequestModel, SentModel
from ui.jobshop.kvik_request_dialog import KvikRequestDialog

if TYPE_CHECKING:
    from ui.jobshop.jobshop_tab import JobshopTab
    from ui.jobshop.wiring import JobshopServices

log = logging.getLogger(__name__)
REFRESH_MS = 60_000  # the time left is counted in minutes

NewRequestSetup = tuple[list[CompanyLine], list[TradeArea], dt.datetime]


class KvikPage(QWidget):
    def __init__(
        self, services: JobshopServices, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._kvik = services.kvik
        self._runner = runner
        self._prefer: str | None = None  # the request to choose when the list comes back
        self.request_dialog: KvikRequestDialog | None = None
        self.close_dialog: KvikCloseDialog | None = None

        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Kvikservicens besked"))
        self.message_label.setProperty("role", "error")
        self.message_label.setWordWrap(True)
        self.new_button = self._button(self.tr("Ny forespørgsel … (Ctrl+N)"), "Ctrl+N")
        self.new_button.setAccessibleName(self.tr("Ny forespørgsel"))
        self.close_button = self._button(self.tr("Afslut … (F4)"), "F4")
        self.close_button.setAccessibleName(self.tr("Afslut forespørgsel"))
        self.requests_model = KvikRequestModel(self)
        self.requests_table = company_table(self.requests_model, self.tr("Åbne forespørgsler"))
        self.candidates_model = CandidateModel(self)
        self.candidates_table = company_table(self.candidates_model, self.tr("Kandidater"))
        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Bemærkning til afsendelsen"))
        self.note_edit.setPlaceholderText(self.tr("Fx hvornår borgeren kan starte"))
        self.send_button = self._button(self.tr("Markér som sendt (Ctrl+S)"), "Ctrl+S")
        self.send_button.setAccessibleName(self.tr("Markér som sendt"))
        self.sent_model = SentModel(self)
        self.sent_table = company_table(self.sent_model, self.tr("Sendte kandidater"))

        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.close_button)
        actions.addStretch()
        candidates = QWidget()
        left = QVBoxLayout(candidates)
        left.setContentsMargins(0, 0, 0, 0)
        candidates_label = QLabel(self.tr("Ka&ndidater (besøgt receptionen og ønsker branchen):"))
        candidates_label.setBuddy(self.candidates_table)
        left.addWidget(candidates_label)
        left.addWidget(self.candidates_table, 1)
        send = QHBoxLayout()
        send.addWidget(self.note_edit, 1)
        send.addWidget(self.send_button)
        left.addLayout(send)
        sent = QWidget()
        right = QVBoxLayout(sent)
        right.setContentsMargins(0, 0, 0, 0)
        sent_label = QLabel(self.tr("S&endt til virksomheden:"))
        sent_label.setBuddy(self.sent_table)
        right.addWidget(sent_label)
        right.addWidget(self.sent_table, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(candidates)
        lower.addWidget(sent)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addLayout(actions)
        requests_label = QLabel(self.tr("Å&bne forespørgsler:"))
        requests_label.setBuddy(self.requests_table)
        layout.addWidget(requests_label)
        layout.addWidget(self.requests_table, 2)
        layout.addWidget(lower, 3)

        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        self.send_button.clicked.connect(self._on_send_button_clicked)
        self.requests_table.selectionModel().currentRowChanged.connect(self._load_request)
        self.requests_table.activated.connect(lambda _i: self.candidates_table.setFocus())
        self.candidates_table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.candidates_table.activated.connect(lambda _i: self.note_edit.setFocus())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self._update_buttons()

    def _button(self, text: str, shortcut: str) -> QPushButton:
        button = QPushButton(text)
        button.setShortcut(QKeySequence(shortcut))
        return button

    def title(self) -> str:
        return self.tr("&Kvikservice")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    # --- the requests ------------------------------------------------------------------------
    def _on_timer_timeout(self) -> None:
        if self.isVisible():  # hidden: the next showEvent reads it anyway
            self.refresh()

    def refresh(self) -> None:
        current = self.current_request()
        keep = self._prefer or (current.request.id if current else None)

        def deliver(lines: list[KvikLine]) -> None:
            self.message_label.clear()
            self.requests_model.set_lines(lines)
            ids = [line.request.id for line in lines]
            if keep in ids:
                self.requests_table.selectRow(ids.index(keep))
                self._prefer = None
            elif lines:
                self.requests_table.selectRow(0)
            else:
                self._show_request([], [])
            self._load_request()  # the candidates may have changed too

        self._runner.run(self._kvik.open_requests, deliver, self._show_error, owner=self)

    def current_request(self) -> KvikLine | None:
        return self.requests_model.line(self.requests_table.currentIndex().row())

    def current_candidate(self) -> Candidate | None:
        return self.candidates_model.line(self.candidates_table.currentIndex().row())

    def _load_request(self) -> None:
        line = self.current_request()
        self._update_buttons()
        if line is None:
            self._show_request([], [])
            return
        request_id = line.request.id

        def load() -> tuple[list[Candidate], list[SentLine]]:
            return self._kvik.candidates(request_id), self._kvik.sent_lines(request_id)

        def deliver(found: tuple[list[Candidate], list[SentLine]]) -> None:
            now = self.current_request()
            if now is not None and now.request.id == request_id:
                self._show_request(*found)

        self._runner.run(load, deliver, self._show_error, owner=self)

    def _show_request(self, candidates: list[Candidate], sent: list[SentLine]) -> None:
        chosen = self.current_candidate()
        self.candidates_model.set_lines(candidates)
        self.sent_model.set_lines(sent)
        ids = [c.citizen_id for c in candidates]
        if chosen is not None and chosen.citizen_id in ids:
            self.candidates_table.selectRow(ids.index(chosen.citizen_id))
        self._update_buttons()

    def _update_buttons(self) -> None:
        request, candidate = self.current_request(), self.current_candidate()
        self.close_button.setEnabled(request is not None)
        self.send_button.setEnabled(
            request is not None and candidate is not None and not candidate.already_sent
        )

    # --- actions -----------------------------------------------------------------------------
    def _on_new_button_clicked(self) -> None:
        services = self._services

        def load() -> NewRequestSetup:
            return (
                services.companies.companies(),
                services.vacancies.trade_areas(),
                self._kvik.default_due(),
            )

        self._runner.run(load, self._open_request_dialog, self._show_error, owner=self)

    def _open_request_dialog(self, setup: NewRequestSetup) -> None:
        companies, trade_areas, default_due = setup
        dialog = KvikRequestDialog(
            self._kvik, self._runner, companies, trade_areas, default_due, self
        )
        dialog.opened.connect(self._on_request_opened)
        self.request_dialog = dialog
        dialog.open()

    def _on_request_opened(self, request_id: str) -> None:
        self._prefer = request_id
        self.refresh()

    def _on_send_button_clicked(self) -> None:
        request, candidate = self.current_request(), self.current_candidate()
        if request is None or candidate is None or candidate.already_sent:
            return
        note = self.note_edit.text().strip()
        self.send_button.setEnabled(False)

        def done(_none: None) -> None:
            self.note_edit.clear()
            self.refresh()  # the count on the request and the sent list

        self._runner.run(
            lambda: self._kvik.mark_sent(request.request.id, candidate.citizen_id, note),
            done,
            self._on_send_failed,
            owner=self,
        )

    def _on_send_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self._show_error(error)

    def _on_close_button_clicked(self) -> None:
        line = self.current_request()
        if line is None:
            return
        dialog = KvikCloseDialog(line.company_name, self)
        request_id = line.request.id
        dialog.accepted.connect(
            lambda: self._runner.run(
                lambda: self._kvik.close(request_id, dialog.status()),
                lambda _none: self.refresh(),
                self._show_error,
                owner=self,
            )
        )
        self.close_dialog = dialog
        dialog.open()

    def _show_error(self, error: BaseException) -> None:
        show_error(self.message_label, error)


def add_kvik_page(tab: JobshopTab, services: JobshopServices, runner: BackgroundRunner) -> KvikPage:
    page = KvikPage(services, runner)
    tab.add_page(page, page.title())
    return page
