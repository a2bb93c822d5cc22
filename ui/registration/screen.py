"""The registration desk, keyboard-first.

Scan or type a CPR number and press Enter: a found citizen's card appears and
focus moves to the reasons for visit (press 1–6, then Enter for the ticket);
an unknown CPR opens the short form. Letters search by name as you type.
Escape clears for the next citizen. Database work goes through the one
background runner; results that arrive after the user moved on are dropped.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.cpr import Cpr, looks_like_cpr
from app.entities import Citizen, Service, SupportBasis, SupportBasisInfo, TicketStatus
from app.errors import KnownError
from app.registration import (
    CitizenCard,
    NewCitizen,
    OpenTicket,
    RegistrationService,
    SearchHit,
    TicketReceipt,
)
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.fit_columns import FitColumns
from ui.focus import chain_tab_order, in_reading_order
from ui.printing.ticket_printer import TicketPrinter
from ui.registration.citizen_card import CitizenCardView
from ui.registration.new_citizen_form import NewCitizenForm
from ui.registration.scan_detector import ScanDetector
from ui.registration.search_model import SearchHitsModel
from ui.registration.service_list import ServiceList
from ui.registration.ticket_dialog import TicketDialog

log = logging.getLogger(__name__)
SEARCH_DELAY_MS = 150


class RegistrationScreen(QWidget):
    ticket_issued = Signal(object)  # TicketReceipt
    citizen_registered = Signal(object)  # Citizen
    visitation_requested = Signal(str)  # citizen id: primary visitation (F6)
    walk_in_served = Signal(object)  # TicketReceipt: served here at once, without queueing (F7)

    def __init__(
        self,
        service: RegistrationService,
        runner: BackgroundRunner,
        print_folder: Path,
        lang: str = "da",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._runner = runner
        # Tickets go to a PDF in `print_folder` until the desk names the workstation's
        # printer (ui/printing: use_settings, the «Billetprinter» dialog).
        self.printer = TicketPrinter(print_folder, self)
        self._lang = lang
        self._citizen_id: str | None = None
        self._search_generation = 0
        self.ticket_dialog: TicketDialog | None = None
        self._second_ticket_asked: tuple[str, str] | None = None  # (citizen, service) asked
        self._labels: dict[SupportBasis, SupportBasisInfo] = {}

        self.cpr_edit = QLineEdit()
        self.cpr_edit.setAccessibleName(self.tr("CPR-nummer eller navn"))
        self.cpr_edit.setPlaceholderText(
            self.tr("Scan sundhedskort, skriv CPR-nummer (Enter) eller navn")
        )
        self.cpr_edit.setClearButtonEnabled(True)
        self.error_label = QLabel()
        self.error_label.setAccessibleName(self.tr("Fejlbesked"))
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        # What is not an error (a search without hits) is said in plain text, not in red.
        self.notice_label = QLabel()
        self.notice_label.setAccessibleName(self.tr("Oplysning"))
        self.notice_label.setProperty("role", "muted")
        self.notice_label.setWordWrap(True)

        self.card = CitizenCardView(self._basis_label, service.reveal_cpr, runner)
        self.form = NewCitizenForm()
        self.hits_model = SearchHitsModel(self._basis_label)
        self.hits_table = QTableView()
        self.hits_table.setAccessibleName(self.tr("Søgeresultater"))
        self.hits_table.setModel(self.hits_model)
        self.hits_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hits_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The name takes the room left; narrow, the basis of support steps out (the card has it).
        FitColumns(self.hits_table, stretch=0, drop_order=(2,))
        self.hint_label = QLabel(
            self.tr("Scan sundhedskortet eller skriv CPR-nummer og tryk Enter.")
        )
        self.hint_label.setProperty("role", "muted")
        self.stack = QStackedWidget()
        for page in (self.hint_label, self.card, self.form, self.hits_table):
            self.stack.addWidget(page)

        self.services = ServiceList()
        # Reference data comes from the worker thread; a search or a ticket queues behind it.
        runner.run(
            lambda: (service.all_support_bases(), service.support_bases(), service.services()),
            self._got_reference_data,
            self._show_error,
            self,
        )
        self.issue_button = QPushButton(self.tr("&Udsted billet (Enter)"))
        self.issue_button.setAccessibleName(self.tr("Udsted billet"))
        self.issue_button.setEnabled(False)
        self.walk_in_button = QPushButton(self.tr("Betjen her uden kø (F7)"))
        self.walk_in_button.setAccessibleName(self.tr("Betjen her uden kø"))
        self.walk_in_button.setToolTip(
            self.tr(
                "Borgeren betjenes ved denne skranke med det samme og tæller med i statistikken."
            )
        )
        self.walk_in_button.setShortcut(QKeySequence(Qt.Key.Key_F7))
        self.walk_in_button.setEnabled(False)
        self.visitation_button = QPushButton(self.tr("Primærvisitation (F6)"))
        self.visitation_button.setAccessibleName(self.tr("Primærvisitation"))
        self.visitation_button.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.visitation_button.setVisible(False)

        left = QVBoxLayout()
        cpr_label = QLabel(self.tr("&CPR-nummer eller navn:"))
        cpr_label.setBuddy(self.cpr_edit)
        left.addWidget(cpr_label)
        left.addWidget(self.cpr_edit)
        left.addWidget(self.error_label)
        left.addWidget(self.notice_label)
        left.addWidget(self.stack, 1)
        left.addWidget(self.visitation_button)
        right = QVBoxLayout()
        services_label = QLabel(self.tr("Henvendelses&årsag (tast 1–6):"))
        services_label.setBuddy(self.services)
        right.addWidget(services_label)
        right.addWidget(self.services, 1)
        right.addWidget(self.issue_button)
        right.addWidget(self.walk_in_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)  # the card holds the most; six reasons need little room
        layout.addLayout(right, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_search_timer_timeout)
        self.cpr_edit.returnPressed.connect(self._on_cpr_edit_return_pressed)
        self.cpr_edit.textEdited.connect(self._on_cpr_edit_text_edited)
        self.form.submitted.connect(self._on_form_submitted)
        self.hits_table.activated.connect(self._on_hits_table_activated)
        self.services.chosen.connect(self._issue_ticket)
        # Selection, not the current row: Qt moves the current row before it selects.
        self.services.itemSelectionChanged.connect(self._update_issue_button)
        self.issue_button.clicked.connect(self._on_issue_button_clicked)
        self.visitation_button.clicked.connect(self._on_visitation_button_clicked)
        self.walk_in_button.clicked.connect(self._on_walk_in_button_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.reset)
        self.scans = ScanDetector(self, self.cpr_edit)
        self.scans.scanned.connect(self.look_up_scan)
        self.reset()

    # --- public ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("&Registrering")

    def reset(self) -> None:
        """Ready for the next citizen: everything cleared, focus in the CPR field."""
        self._citizen_id = None
        self._second_ticket_asked = None
        self._search_generation += 1
        self.cpr_edit.clear()
        self.error_label.clear()
        self.notice_label.clear()
        self.services.clearSelection()
        self.services.setCurrentRow(-1)
        self.stack.setCurrentWidget(self.hint_label)
        self.visitation_button.setVisible(False)
        self._update_issue_button()
        self.cpr_edit.setFocus()

    def focus_home(self) -> QWidget:
        """Where the next key belongs at this step (ui/focus.py): the CPR field, the
        hits, the form's field, or the reasons once a citizen is on the card."""
        step = self.stack.currentWidget()
        if step is self.form:
            return self.form.focusWidget() or self.form
        if step is self.hits_table and self.hits_model.rowCount():
            return self.hits_table
        if step is self.card and self._citizen_id is not None:
            return self.services
        return self.cpr_edit

    def look_up_scan(self, digits: str) -> None:
        """A health card scanned anywhere on the screen: a new look-up of its CPR."""
        self._search_timer.stop()
        self.cpr_edit.setText(digits)
        self.cpr_edit.setFocus()
        self._on_cpr_edit_return_pressed()

    def issue_ticket_for(self, citizen_id: str, service_code: str) -> None:
        """Issue a ticket decided elsewhere (e.g. at the end of a primary visitation)."""
        self._citizen_id = citizen_id
        self._issue_ticket(service_code)

    @property
    def current_citizen_id(self) -> str | None:
        return self._citizen_id

    # --- CPR and name search -----------------------------------------------------
    def _on_cpr_edit_return_pressed(self) -> None:
        text = self.cpr_edit.text()
        if not looks_like_cpr(text) and text.strip():
            self._search_timer.stop()
            self._run_name_search(text, open_single=True)
            return
        self.error_label.clear()
        self.notice_label.clear()
        self._runner.run(
            lambda: self._service.find_by_cpr(text), self._on_cpr_found, self._show_error
        )

    def _on_cpr_found(self, found: tuple[Cpr, CitizenCard | None]) -> None:
        cpr, card = found
        if card is None:
            self._citizen_id = None
            self.stack.setCurrentWidget(self.form)
            self.form.start(cpr.formatted)
        else:
            self.cpr_edit.clear()  # the card shows it masked; no full CPR left on screen
            self._show_card(card)
        self._update_issue_button()

    def _on_cpr_edit_text_edited(self, text: str) -> None:
        self.error_label.clear()
        self.notice_label.clear()
        if text.strip() and not looks_like_cpr(text):
            self._search_timer.start()
        else:
            self._search_timer.stop()

    def _on_search_timer_timeout(self) -> None:
        self._run_name_search(self.cpr_edit.text(), open_single=False)

    def _run_name_search(self, text: str, *, open_single: bool) -> None:
        self._search_generation += 1
        generation = self._search_generation

        def deliver(hits: list[SearchHit]) -> None:
            if generation != self._search_generation:
                return  # the user typed on: this answer is stale
            self.notice_label.clear()
            self.hits_model.set_hits(hits)
            self.stack.setCurrentWidget(self.hits_table)
            if not hits:
                self.notice_label.setText(
                    self.tr("Ingen borgere fundet. Scan sundhedskortet eller skriv CPR-nummeret.")
                )
            elif open_single and len(hits) == 1:
                self._open_citizen(hits[0].citizen_id)
            elif open_single:
                self.hits_table.selectRow(0)
                self.hits_table.setFocus()

        self._runner.run(lambda: self._service.search(text), deliver, self._show_error)

    def _on_hits_table_activated(self) -> None:
        row = self.hits_table.currentIndex().row()
        if row >= 0:
            self._open_citizen(self.hits_model.hit(row).citizen_id)

    def _open_citizen(self, citizen_id: str) -> None:
        def deliver(card: CitizenCard | None) -> None:
            if card is not None:
                self._show_card(card)

        self._runner.run(lambda: self._service.card(citizen_id), deliver, self._show_error)

    def _show_card(self, card: CitizenCard) -> None:
        self._citizen_id = card.citizen.id
        self._second_ticket_asked = None
        # Uninsured: categorise at once; insured: get the categorisation deadline.
        self.visitation_button.setVisible(card.primary_visitation or card.akasse_report)
        self.card.show_card(card)
        self.stack.setCurrentWidget(self.card)
        self.services.setFocus()
        self._update_issue_button()

    # --- registration and ticket -------------------------------------------------
    def _on_form_submitted(self, new: NewCitizen) -> None:
        def deliver(citizen: Citizen) -> None:
            self.citizen_registered.emit(citizen)
            self._open_citizen(citizen.id)

        def fail(error: BaseException) -> None:
            if isinstance(error, KnownError):
                self.form.show_error(failure_text(error), error.field)
            else:
                self._show_error(error)

        self._runner.run(lambda: self._service.register_citizen(new), deliver, fail)

    def _on_visitation_button_clicked(self) -> None:
        if self._citizen_id is not None:
            self.visitation_requested.emit(self._citizen_id)

    def _on_issue_button_clicked(self) -> None:
        if self.services.selected_code:
            self._issue_ticket(self.services.selected_code)

    def _issue_ticket(self, service_code: str) -> None:
        citizen_id = self._citizen_id
        if citizen_id is None:
            self.error_label.setText(self.tr("Find eller registrér borgeren først."))
            self.cpr_edit.setFocus()
            return
        self.issue_button.setEnabled(False)
        asked = self._second_ticket_asked == (citizen_id, service_code)
        self._second_ticket_asked = None

        def issue() -> TicketReceipt | OpenTicket:
            if not asked and (held := self._service.open_ticket(citizen_id)) is not None:
                return held  # ask before a second ticket: usually a mistake
            return self._service.issue_ticket(citizen_id, service_code)

        def issued(result: TicketReceipt | OpenTicket) -> None:
            if isinstance(result, OpenTicket):
                self._ask_for_second_ticket(citizen_id, service_code, result)
            else:
                self._on_ticket_issued(result)

        self._runner.run(issue, issued, self._show_error, self)

    def _ask_for_second_ticket(self, citizen_id: str, service_code: str, held: OpenTicket) -> None:
        self._second_ticket_asked = (citizen_id, service_code)
        status = {
            TicketStatus.WAITING: self.tr("venter"),
            TicketStatus.CALLED: self.tr("er kaldt"),
            TicketStatus.PARKED: self.tr("er parkeret"),
        }.get(held.status, held.status.value)
        self.notice_label.setText(
            self.tr(
                "Borgeren har allerede billet %1 til %2, som %3. Tryk Enter igen for "
                "at udstede en billet mere, eller Esc for at lade være."
            )
            .replace("%1", held.number)
            .replace("%2", held.service_name)
            .replace("%3", status)
        )
        self._update_issue_button()
        self.services.setFocus()

    def _on_ticket_issued(self, receipt: TicketReceipt) -> None:
        self.ticket_issued.emit(receipt)
        self.ticket_dialog = TicketDialog(receipt, self.printer, self)
        citizen_id = self._citizen_id or ""
        self.ticket_dialog.printed.connect(
            lambda r: self._runner.run(
                lambda: self._service.record_print(f"billet {r.number}", citizen_id),
                lambda _none: None,
                self._show_error,
            )
        )
        self.ticket_dialog.finished.connect(self._next_citizen)
        self.ticket_dialog.open()

    # --- helpers -----------------------------------------------------------------
    def _next_citizen(self) -> None:
        """The ticket dialog closed: the desk window has the keys again, focus in the CPR
        field for the next scan."""
        self.window().activateWindow()
        self.reset()

    def _update_issue_button(self) -> None:
        ready = self._citizen_id is not None and self.services.selected_code is not None
        self.issue_button.setEnabled(ready)
        self.walk_in_button.setEnabled(ready)

    def _on_walk_in_button_clicked(self) -> None:
        citizen_id, service_code = self._citizen_id, self.services.selected_code
        if citizen_id is None or service_code is None:
            return
        self.walk_in_button.setEnabled(False)
        counter = self._service.counter_number

        def served(receipt: TicketReceipt) -> None:
            self.reset()
            self.walk_in_served.emit(receipt)

        self._runner.run(
            lambda: self._service.issue_ticket(citizen_id, service_code, serve_at_counter=counter),
            served,
            self._show_error,
        )

    def _show_error(self, error: BaseException) -> None:
        """Known problems in the user's words (the runner has logged the rest). Nothing
        typed is cleared."""
        self.error_label.setText(failure_text(error))
        self._update_issue_button()
        if self.stack.currentWidget() is not self.form:
            self.cpr_edit.setFocus()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        # The card's parts come and go (the job section shows when its rows arrive): the
        # Tab order is laid in reading order at the moment Tab is pressed.
        if self.stack.currentWidget() is self.card:
            self._tab_in_reading_order()
        return super().focusNextPrevChild(next)

    def _tab_in_reading_order(self) -> None:
        """Tab reads the left column (the CPR, the card top to bottom, the visitation
        button), then the right (the reasons and the ticket buttons): the card's parts
        that other areas add later (the job section) would otherwise come last."""
        left = [self.cpr_edit, *in_reading_order(self.card), self.visitation_button]
        right = [self.services, self.issue_button, self.walk_in_button]
        chain_tab_order([w for w in left + right if w.isVisible()])

    def _got_reference_data(
        self, data: tuple[list[SupportBasisInfo], list[SupportBasisInfo], list[Service]]
    ) -> None:
        every_basis, bases_today, services = data
        self._labels = {info.code: info for info in every_basis}
        self.form.set_support_bases(bases_today, self._lang)
        self.services.set_services(services, self._lang)
        self.hits_model.layoutChanged.emit()

    def _basis_label(self, basis: SupportBasis) -> str:
        info = self._labels.get(basis)
        if info is None:
            return basis.value
        return info.label_en if self._lang == "en" else info.label_da
