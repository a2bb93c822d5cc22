"""The primary-visitation screen: questions → checklist → referral and booking, by keyboard.

Enter moves on (and finishes on the last step), Escape goes back a step (or
cancels on the first), Alt+K ticks the whole checklist. When the visitation is
recorded the screen emits `visitation_completed(citizen_id, service_code)`,
where the service code is the queue the citizen joins today ("" for none);
the registration flow issues that ticket.
"""

from __future__ import annotations

from collections.abc import Callable

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
from app.visitation.kastebold import KasteboldLimitError
from app.visitation.meetings import GroupMeetingFullError
from app.visitation.visitation_service import (
    VisitationMode,
    VisitationPlan,
    VisitationService,
    VisitationStart,
)
from ui.visitation.categorisation_page import CategorisationPage
from ui.visitation.insured_page import InsuredPage
from ui.visitation.orientation_page import OrientationPage
from ui.visitation.referral_page import ReferralPage


class VisitationScreen(QWidget):
    visitation_completed = Signal(str, str)  # citizen id, service code for today's ticket
    visitation_cancelled = Signal(str)  # citizen id

    def __init__(
        self,
        visitation: VisitationService,
        approve: Callable[[str, str], Approver] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._visitation = visitation
        # Signs a supervisor in for one decision (SignInService.approver): four eyes.
        self._approve = approve
        self._start: VisitationStart | None = None
        self._header = QLabel()
        self._header.setAccessibleName(self.tr("Borger"))
        self._step = QLabel()
        self._categorisation = CategorisationPage()
        self._orientation = OrientationPage()
        self._referral = ReferralPage(visitation)
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
        """Open the visitation of a registered citizen (the mode follows their support)."""
        self._start = start = self._visitation.start(citizen_id)
        anchor = self.tr(" · sagen er forankret hos {unit}").format(unit=start.anchor_label)
        self._header.setText(
            f"{start.citizen.full_name} ({start.masked_cpr})"
            + (anchor if start.anchor_label else "")
        )
        self._error.clear()
        if start.mode is VisitationMode.CATEGORISE and start.scheme is not None:
            self._categorisation.load(start.scheme)
            self._orientation.load(start.scheme.orientation)
            self._show(self._categorisation, self._categorisation.first_unanswered())
        elif start.mode is VisitationMode.INSURED_DEADLINE:
            due = start.open_deadline.due if start.open_deadline else None
            self._insured.load(self._visitation.today(), due)
            self._show(self._insured, self._insured.first_field())
        else:
            self._show(self._not_applicable, self._next)

    def current_page(self) -> QWidget | None:
        return self._pages.currentWidget()

    # --- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
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
        elif self._start is not None:
            self.visitation_cancelled.emit(self._start.citizen.id)

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
        self._referral.load(self._start.citizen.id, step)
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
        approver: Approver | None = None
        if user or secret:
            try:
                if self._approve is None:
                    raise SignInError(self.tr("Godkendelse ved skranken er ikke mulig her."))
                approver = self._approve(user, secret)
            except KnownError as refused:
                self._fail(refused.message, None)
                self._referral.focus_field("supervisor_id")
                return
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
            approver=approver,
            approval_reason=approval_reason,
            ticket_service=self._referral.ticket_service(),
        )
        try:
            outcome = self._visitation.complete(plan)
        except GroupMeetingFullError as full:
            self._fail(full.message, None)
            self._referral.offer(full.next_session)
            return
        except KasteboldLimitError as held:
            self._fail(held.message, None)
            self._referral.require_approval()
            return
        except KnownError as known:
            self._fail(known.message, None)
            self._referral.focus_field(known.field)
            return
        self.visitation_completed.emit(plan.citizen_id, outcome.ticket_service)

    def _register_insured_deadline(self) -> None:
        assert self._start is not None
        try:
            self._visitation.register_insured_deadline(
                self._start.citizen.id, self._insured.benefit_start()
            )
        except KnownError as known:
            self._fail(known.message, None)
            return
        self.visitation_completed.emit(self._start.citizen.id, "")

    def _fail(self, message: str, focus: QWidget | None) -> None:
        self._error.setText(message)
        if focus is not None:
            focus.setFocus()
