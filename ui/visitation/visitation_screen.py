"""The primary-visitation screen: questions → checklist → referral and booking, by keyboard.

Enter moves on (and finishes on the last step), Escape goes back a step (or
cancels on the first), Alt+K ticks the whole checklist. When the visitation is
recorded the screen shows its summary (to read out or save as PDF for the citizen);
when Enter closes that, the screen emits `visitation_completed(citizen_id, service_code)`,
where the service code is the queue the citizen joins today ("" for none);
the registration flow issues that ticket.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.security.sign_in import Approver, SignInError
from app.visitation.kastebold import KasteboldHeldError
from app.visitation.meetings import GroupMeetingFullError
from app.visitation.summary import VisitationSummary
from app.visitation.visitation_service import (
    VisitationMode,
    VisitationOutcome,
    VisitationPlan,
    VisitationService,
    VisitationStart,
)
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.visitation.categorisation_page import CategorisationPage
from ui.visitation.insured_page import InsuredPage
from ui.visitation.orientation_page import OrientationPage
from ui.visitation.referral_page import ReferralFacts, ReferralPage, read_referral_facts
from ui.visitation.summary_dialog import SummaryDialog


class ApprovalRefused(KnownError):
    """The supervisor's initials or PIN were refused: the override's fields get the focus."""


class VisitationScreen(QWidget):
    visitation_completed = Signal(str, str)  # citizen id, service code for today's ticket
    visitation_cancelled = Signal(str)  # citizen id

    def __init__(
        self,
        visitation: VisitationService,
        runner: BackgroundRunner,
        approve: Callable[[str, str], Approver] | None = None,
        parent: QWidget | None = None,
        *,
        summary_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._visitation = visitation
        self._runner = runner
        self._summary_folder = summary_folder  # where «Gem som PDF» puts the citizen's copy
        self.summary_dialog: SummaryDialog | None = None
        # Signs a supervisor in for one decision (SignInService.approver): four eyes.
        self._approve = approve
        self._start: VisitationStart | None = None
        self._facts: ReferralFacts | None = None
        self._citizen_id = ""  # the citizen being opened or open
        self._header = QLabel()
        self._header.setAccessibleName(self.tr("Borger"))
        self._step = QLabel()
        self._categorisation = CategorisationPage()
        self._orientation = OrientationPage()
        self._referral = ReferralPage(visitation, runner)
        self._insured = InsuredPage(visitation)
        self._not_applicable = QLabel(
            self.tr("Primærvisitation gælder kun ledige. Henvis borgeren i registreringen.")
        )
        self._pages = QStackedWidget()
        for page in (
            self._categorisation,
            self._orientation,
            self._referral,
            self._insured,
            self._not_applicable,
        ):
            self._pages.addWidget(page)
        self._error = QLabel()
        self._error.setAccessibleName(self.tr("Fejlbesked"))
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #a4000f;")
        self._back = QPushButton(self.tr("Tilbage (Esc)"))
        self._back.setAccessibleName(self.tr("Tilbage"))
        self._back.clicked.connect(self._on_back_clicked)
        self._next = QPushButton(self.tr("Næste (Enter)"))
        self._next.setAccessibleName(self.tr("Næste"))
        self._next.clicked.connect(self._on_next_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self._back)
        buttons.addStretch(1)
        buttons.addWidget(self._next)
        layout = QVBoxLayout(self)
        layout.addWidget(self._header)
        layout.addWidget(self._step)
        layout.addWidget(self._pages, 1)
        layout.addWidget(self._error)
        layout.addLayout(buttons)

    # --- public ----------------------------------------------------------------------------
    def start(self, citizen_id: str) -> None:
        """Open the visitation of a registered citizen (the mode follows their support);
        what the steps offer is read on the store's thread, then the first step shows."""
        self._citizen_id = citizen_id
        self._error.clear()
        self._header.setText(self.tr("Henter borgerens sag …"))
        self._set_ready(False)  # no key lands in a step before its questions are there

        def read() -> tuple[VisitationStart, ReferralFacts, dt.date]:
            opened = self._visitation.start(citizen_id)
            return (
                opened,
                read_referral_facts(self._visitation, citizen_id),
                self._visitation.today(),
            )

        self._runner.run(read, self._opened, self._open_failed, owner=self)

    def _set_ready(self, ready: bool) -> None:
        for widget in (self._pages, self._next, self._back):
            widget.setEnabled(ready)

    @property
    def ready(self) -> bool:
        """The citizen's visitation is open and takes keys."""
        return self._next.isEnabled()

    def _open_failed(self, error: BaseException) -> None:
        self._header.setText(self.tr("Borgerens sag kunne ikke åbnes."))
        self._back.setEnabled(True)
        self._back.setFocus()
        self._fail(failure_text(error), None)

    def _opened(self, found: tuple[VisitationStart, ReferralFacts, dt.date]) -> None:
        start, facts, today = found
        self._start, self._facts = start, facts
        self._set_ready(True)
        anchor = self.tr(" · sagen er forankret hos {unit}").format(unit=start.anchor_label)
        self._header.setText(
            f"{start.citizen.full_name} ({start.masked_cpr})"
            + (anchor if start.anchor_label else "")
        )
        self._error.clear()
        if start.mode is VisitationMode.CATEGORISE and start.scheme is not None:
            self._categorisation.load(start.scheme, start.answered_by_cpr, start.age)
            self._orientation.load(start.scheme.orientation)
            self._show(self._categorisation, self._categorisation.first_unanswered())
        elif start.mode is VisitationMode.INSURED_DEADLINE:
            due = start.open_deadline.due if start.open_deadline else None
            self._insured.load(today, due)
            self._show(self._insured, self._insured.first_field())
        else:
            self._show(self._not_applicable, self._next)

    def current_page(self) -> QWidget | None:
        return self._pages.currentWidget()

    # --- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.ready and event.key() != Qt.Key.Key_Escape:
            return  # opening or recording: Enter pressed again does nothing twice
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._advance()
        elif event.key() == Qt.Key.Key_Escape:
            self._go_back()
        else:
            super().keyPressEvent(event)

    def _on_next_clicked(self) -> None:
        self._advance()

    def _on_back_clicked(self) -> None:
        self._go_back()

    # --- steps ------------------------------------------------------------------------------
    def _show(self, page: QWidget, focus: QWidget) -> None:
        self._pages.setCurrentWidget(page)
        steps = {
            self._categorisation: self.tr("Trin 1 af 3: Kategorisering"),
            self._orientation: self.tr("Trin 2 af 3: Orientering"),
            self._referral: self.tr("Trin 3 af 3: Henvisning og booking"),
            self._insured: self.tr("Forsikret ledig: frist for kategorisering"),
        }
        self._step.setText(steps.get(page, ""))
        last = page in (self._referral, self._insured, self._not_applicable)
        self._next.setText(
            self.tr("Afslut visitation (Enter)") if last else self.tr("Næste (Enter)")
        )
        focus.setFocus()

    def _advance(self) -> None:
        self._error.clear()
        page = self.current_page()
        if page is self._categorisation:
            self._leave_categorisation()
        elif page is self._orientation:
            gap = self._orientation.first_gap()
            if gap is not None:
                item, reason_field = gap
                self._fail(
                    self.tr("Kryds «{item}» af, eller skriv hvorfor det springes over.").format(
                        item=item.label_da
                    ),
                    reason_field,
                )
                return
            self._show(self._referral, self._referral.first_field())
        elif page is self._referral:
            self._finish()
        elif page is self._insured:
            self._register_insured_deadline()
        elif self._start is not None:
            self.visitation_cancelled.emit(self._start.citizen.id)

    def _go_back(self) -> None:
        self._error.clear()
        page = self.current_page()
        if page is self._referral:
            self._show(self._orientation, self._orientation.first_field())
        elif page is self._orientation:
            self._show(self._categorisation, self._categorisation.first_unanswered())
        elif self._citizen_id:
            self.visitation_cancelled.emit(self._citizen_id)

    def _leave_categorisation(self) -> None:
        missing = self._categorisation.unanswered()
        if missing is not None:
            self._fail(
                self.tr("Besvar spørgsmålet: {q}").format(q=missing.accessibleName()), missing
            )
            return
        suggested = self._categorisation.suggested()
        if (
            suggested
            and self._categorisation.category() != suggested
            and not self._categorisation.reason()
        ):
            self._fail(self.tr("Skriv en begrundelse, når du afviger fra skemaets forslag."), None)
            self._categorisation.focus_reason()
            return
        assert self._start is not None and self._start.scheme is not None
        step = self._start.scheme.next_step(
            self._categorisation.category(), self._categorisation.answers()
        )
        assert self._facts is not None
        self._referral.load(self._start.citizen.id, step, self._facts)
        self._show(self._orientation, self._orientation.first_field())

    def _finish(self) -> None:
        assert self._start is not None and self._start.scheme is not None
        option = self._referral.option()
        if option is None:
            return
        session = self._referral.session()
        if self._referral.wants_meeting() and session is None:
            self._fail(self.tr("Vælg et møde med ledige pladser."), None)
            return
        user, secret, approval_reason = self._referral.approval()
        plan = VisitationPlan(
            citizen_id=self._start.citizen.id,
            scheme_code=self._start.scheme.code,
            scheme_version=self._start.scheme.version,
            answers=self._categorisation.answers(),
            category=self._categorisation.category(),
            reason=self._categorisation.reason(),
            orientation=self._orientation.answers(),
            target=option.target.code,
            target_site=option.unit.site_code,
            move_anchor=self._referral.move_anchor(),
            note=self._referral.note(),
            session_id=session.id if session else None,
            approver=None,
            approval_reason=approval_reason,
            ticket_service=self._referral.ticket_service(),
        )
        approve = self._approve
        no_approval_here = self.tr("Godkendelse ved skranken er ikke mulig her.")

        def record() -> VisitationOutcome:
            """The supervisor's sign-in (argon2) and the commands, on the store's thread."""
            approver: Approver | None = None
            if user or secret:
                try:
                    if approve is None:
                        raise SignInError(no_approval_here)
                    approver = approve(user, secret)
                except KnownError as refused:
                    raise ApprovalRefused(refused.template, **refused.values) from refused
            return self._visitation.complete(dataclasses.replace(plan, approver=approver))

        self._next.setEnabled(False)  # one finish at a time: Enter pressed twice records once
        self._runner.run(
            record,
            lambda outcome: self._recorded(plan.citizen_id, outcome),
            self._not_recorded,
            owner=self,
        )

    def _recorded(self, citizen_id: str, outcome: VisitationOutcome) -> None:
        """Recorded: the summary is read back and shown; closing it hands on to the desk."""
        service = outcome.ticket_service

        def done() -> None:
            self._next.setEnabled(True)
            self.visitation_completed.emit(citizen_id, service)

        def show(summary: VisitationSummary | None) -> None:
            if summary is None:
                done()
                return
            self.summary_dialog = SummaryDialog(summary, self._summary_folder, self)
            self.summary_dialog.finished.connect(lambda _result: done())
            self.summary_dialog.open()
            self.summary_dialog.close_button.setFocus()

        def unreadable(error: BaseException) -> None:
            # The visitation is recorded; only its summary could not be read back.
            self._fail(failure_text(error), None)
            done()

        self._runner.run(
            lambda: self._visitation.summary(citizen_id, service), show, unreadable, owner=self
        )

    def _not_recorded(self, error: BaseException) -> None:
        if isinstance(error, GroupMeetingFullError):
            # Enter again books what is offered instead: it waits until that is on screen.
            self._fail(failure_text(error), None)
            self._referral.sessions_shown.connect(self._offer_shown)
            self._referral.offer(error.next_session)
            return
        self._next.setEnabled(True)
        if isinstance(error, ApprovalRefused):
            self._fail(failure_text(error), None)
            self._referral.focus_field("supervisor_id")
        elif isinstance(error, KasteboldHeldError):
            self._fail(failure_text(error), None)
            self._referral.require_approval()
        elif isinstance(error, KnownError):
            self._fail(failure_text(error), None)
            self._referral.focus_field(error.field)
        else:
            self._fail(failure_text(error), None)

    def _offer_shown(self) -> None:
        self._referral.sessions_shown.disconnect(self._offer_shown)
        self._next.setEnabled(True)

    def _register_insured_deadline(self) -> None:
        assert self._start is not None
        citizen_id = self._start.citizen.id
        benefit_start = self._insured.benefit_start()
        self._next.setEnabled(False)

        def registered(_due: object) -> None:
            self._next.setEnabled(True)
            self.visitation_completed.emit(citizen_id, "")

        def refused(error: BaseException) -> None:
            self._next.setEnabled(True)
            self._fail(failure_text(error), None)

        self._runner.run(
            lambda: self._visitation.register_insured_deadline(citizen_id, benefit_start),
            registered,
            refused,
            owner=self,
        )

    def _fail(self, message: str, focus: QWidget | None) -> None:
        self._error.setText(message)
        if focus is not None:
            focus.setFocus()
