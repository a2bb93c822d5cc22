"""Step 3: where the citizen goes next — referral, anchor, group meeting, today's queue."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.entities import Service, Site
from app.visitation.kastebold import HoldReason, KasteboldCheck
from app.visitation.records import GroupSession, MeetingKind
from app.visitation.schemes import NextStep
from app.visitation.visitation_service import KasteboldStatus, ReferralOption, VisitationService
from ui.background import BackgroundRunner
from ui.formats import format_date
from ui.visitation.meeting_text import kind_text
from ui.visitation.session_model import SessionTableModel

MEETING_TARGET = "gruppemoede"


@dataclass(frozen=True, slots=True)
class ReferralFacts:
    """What step 3 offers, read off the GUI thread when the visitation opens."""

    options: list[ReferralOption]
    ticket_services: list[Service]
    sites: list[Site]
    kastebold: KasteboldStatus | None
    sessions: dict[str, list[GroupSession]]  # by meeting kind: the next ones with room


def read_referral_facts(visitation: VisitationService, citizen_id: str) -> ReferralFacts:
    """On the store's worker thread."""
    return ReferralFacts(
        options=visitation.referral_options(),
        ticket_services=visitation.ticket_services(),
        sites=visitation.sites(),
        kastebold=visitation.kastebold_status(citizen_id),
        sessions={kind.value: visitation.sessions_for_booking(kind) for kind in MeetingKind},
    )


class ReferralPage(QWidget):
    sessions_shown = Signal()  # the meetings of the chosen kind are in the table

    def __init__(
        self,
        visitation: VisitationService,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._visitation = visitation
        self._runner = runner  # the group meetings of a kind are read on the store's thread
        self._status: KasteboldStatus | None = None
        self._site_names: dict[str, str] = {}
        self._services: list[Service] = []
        self._known_sessions: dict[str, list[GroupSession]] = {}
        self._options: list[ReferralOption] = []
        self._citizen_id = ""
        self._target = QComboBox()
        self._target.setAccessibleName(self.tr("Henvis til"))
        self._target.currentIndexChanged.connect(self._on_target_changed)
        self._move_anchor = QCheckBox(self.tr("&Flyt ansvaret for sagen hertil (forankring)"))
        self._move_anchor.setAccessibleName(self.tr("Flyt forankringen"))
        self._move_anchor.toggled.connect(self._on_move_anchor_toggled)
        self._note = QLineEdit()
        self._note.setAccessibleName(self.tr("Bemærkning til henvisningen"))
        self._meeting_kind = QComboBox()
        self._meeting_kind.setAccessibleName(self.tr("Mødetype"))
        self._meeting_kind.currentIndexChanged.connect(self._on_meeting_kind_changed)
        self._sessions = SessionTableModel(self)
        self._table = QTableView()
        self._table.setModel(self._sessions)
        self._table.setAccessibleName(self.tr("Møder med ledige pladser"))
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.verticalHeader().hide()
        # The citizen must be able to read when and where: each column as wide as its text
        # (a scroll bar rather than a cut when the window is narrow), the last one fills.
        self._table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._table.setWordWrap(False)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self._meeting_box = QGroupBox(self.tr("Gruppemøde"))
        meeting = QFormLayout(self._meeting_box)
        meeting.addRow(self.tr("Mødet&ype:"), self._meeting_kind)
        meeting.addRow(self._table)
        # Four eyes: the supervisor signs in here for this one decision (or approves the
        # held referral from their own desk); the desk never picks a name on their behalf.
        self._supervisor = QLineEdit()
        self._supervisor.setAccessibleName(self.tr("Lederens brugernavn"))
        self._supervisor_secret = QLineEdit()
        self._supervisor_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self._supervisor_secret.setAccessibleName(self.tr("Lederens adgangskode"))
        self._approval_reason = QLineEdit()
        self._approval_reason.setAccessibleName(self.tr("Lederens begrundelse"))
        self._approval_box = QGroupBox(self.tr("Kræver en leders godkendelse"))
        self._approval_text = QLabel()
        self._approval_text.setWordWrap(True)
        approval = QFormLayout(self._approval_box)
        approval.addRow(self._approval_text)
        approval.addRow(self.tr("&Leder (initialer):"), self._supervisor)
        approval.addRow(self.tr("Lederens &PIN-kode:"), self._supervisor_secret)
        approval.addRow(self.tr("Lederens be&grundelse:"), self._approval_reason)
        self._ticket = QComboBox()
        self._ticket.setAccessibleName(self.tr("Billet til kø i dag"))
        form = QFormLayout()
        form.addRow(self.tr("&Henvis til:"), self._target)
        form.addRow(self._move_anchor)
        form.addRow(self.tr("Be&mærkning:"), self._note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._meeting_box)
        layout.addWidget(self._approval_box)
        tickets = QFormLayout()
        tickets.addRow(self.tr("&Billet til kø i dag:"), self._ticket)
        layout.addLayout(tickets)
        layout.addStretch(1)

    def load(self, citizen_id: str, step: NextStep, facts: ReferralFacts) -> None:
        """The step the scheme suggests, over what was read when the visitation opened."""
        self._citizen_id = citizen_id
        self._options = facts.options
        self._status = facts.kastebold
        self._site_names = {s.code: s.name for s in facts.sites}
        self._services = facts.ticket_services
        self._known_sessions = dict(facts.sessions)
        self._target.blockSignals(True)
        self._target.clear()
        for option in self._options:
            self._target.addItem(option.label, option.target.code)
        self._target.setCurrentIndex(max(self._target.findData(step.target), 0))
        self._target.blockSignals(False)
        self._meeting_kind.blockSignals(True)
        self._meeting_kind.clear()
        for kind in step.meeting_kinds or tuple(k.value for k in MeetingKind):
            self._meeting_kind.addItem(kind_text(MeetingKind(kind)), kind)
        self._meeting_kind.blockSignals(False)
        self._supervisor.clear()
        self._supervisor_secret.clear()
        self._approval_reason.clear()
        self._note.clear()
        self._ticket.clear()
        self._ticket.addItem(self.tr("Ingen billet"), "")
        for service in self._services:
            self._ticket.addItem(service.name_da, service.code)
        chosen = self.option()
        ticket = step.ticket_service or (chosen.target.ticket_service if chosen else "")
        self._ticket.setCurrentIndex(max(self._ticket.findData(ticket), 0))
        self._apply_target(step.move_anchor)

    # --- what the user chose ------------------------------------------------------------
    def option(self) -> ReferralOption | None:
        index = self._target.currentIndex()
        return self._options[index] if 0 <= index < len(self._options) else None

    def move_anchor(self) -> bool:
        return self._move_anchor.isChecked()

    def note(self) -> str:
        return self._note.text().strip()

    def ticket_service(self) -> str:
        return str(self._ticket.currentData() or "")

    def session(self) -> GroupSession | None:
        if self._meeting_box.isHidden():
            return None
        rows = self._table.selectionModel().selectedRows()
        return self._sessions.session_at(rows[0].row()) if rows else None

    def wants_meeting(self) -> bool:
        return not self._meeting_box.isHidden()

    def approval(self) -> tuple[str, str, str]:
        """The supervisor's user name and secret as typed (the secret field is emptied at
        once: it is used for one sign-in), and their reason; empty when not asked for."""
        if self._approval_box.isHidden():
            return "", "", ""
        secret = self._supervisor_secret.text()
        self._supervisor_secret.clear()
        return self._supervisor.text().strip(), secret, self._approval_reason.text().strip()

    def first_field(self) -> QWidget:
        return self._target

    # --- reacting to a refusal ---------------------------------------------------------
    def offer(self, session: GroupSession | None) -> None:
        """After "full": reload the sessions and select the one offered instead."""
        self._reload_sessions(select=session.id if session else None, read_again=True)
        self._table.setFocus()

    def focus_field(self, field: str | None) -> bool:
        """Put the cursor where a refused command's field is; False when it is not here."""
        widgets: dict[str, QWidget] = {
            "approval_reason": self._approval_reason,
            "supervisor_id": self._supervisor,
            "target": self._target,
            "target_site": self._target,
            "move_anchor": self._move_anchor,
            "session_id": self._table,
        }
        widget = widgets.get(field or "")
        if widget is None or not widget.isVisible():
            return False
        widget.setFocus()
        if widget is self._supervisor:
            self._supervisor.selectAll()  # the next initials typed replace the refused ones
        return True

    def require_approval(self) -> None:
        self._update_approval(force=True)
        self._supervisor.setFocus()

    # --- slots -----------------------------------------------------------------------------
    def _on_target_changed(self, _index: int) -> None:
        self._apply_target(False)

    def _on_move_anchor_toggled(self, _checked: bool) -> None:
        self._update_approval()

    def _on_meeting_kind_changed(self, _index: int) -> None:
        self._reload_sessions()

    def _apply_target(self, move_anchor: bool) -> None:
        option = self.option()
        can_anchor = bool(option and option.target.can_anchor)
        self._move_anchor.setEnabled(can_anchor)
        self._move_anchor.setChecked(can_anchor and move_anchor)
        self._meeting_box.setVisible(bool(option and option.target.code == MEETING_TARGET))
        if self.wants_meeting():
            self._reload_sessions()
        self._update_approval()

    def _reload_sessions(self, select: str | None = None, *, read_again: bool = False) -> None:
        """The meetings read when the visitation opened; read again (on the store's thread)
        after a booking was refused because a meeting filled up meanwhile."""
        kind = self._meeting_kind.currentData()
        if not kind:
            return
        if not read_again and kind in self._known_sessions:
            self._show_sessions(self._known_sessions[kind], select)
            return

        def read_done(sessions: list[GroupSession]) -> None:
            self._known_sessions[kind] = sessions
            self._show_sessions(sessions, select)

        self._runner.run(
            lambda: self._visitation.sessions_for_booking(MeetingKind(kind)), read_done, owner=self
        )

    def _show_sessions(self, sessions: list[GroupSession], select: str | None) -> None:
        self._sessions.set_sessions(sessions, self._site_names)
        row = self._sessions.row_of(select) if select else self._sessions.first_with_room()
        if row >= 0:
            self._table.selectRow(row)
        self.sessions_shown.emit()

    def _update_approval(self, force: bool = False) -> None:
        status = self._status
        option = self.option()
        check = status.check(option.unit if option else None) if status else None
        needed = force or bool(check and check.held and self.move_anchor())
        self._approval_box.setVisible(needed)
        if check is not None:
            self._approval_text.setText(self._hold_text(check))

    def _hold_text(self, check: KasteboldCheck) -> str:
        """Why a move needs a supervisor, by the rule's first reason."""
        first = check.reasons[0] if check.reasons else HoldReason.WINDOW
        if first is HoldReason.BACK_AND_FORTH and check.left_on is not None:
            option = self.option()
            return self.tr(
                "Sagen kommer tilbage til {unit}, som den forlod {day} – frem og tilbage "
                "(kastebold) kræver en leders godkendelse med begrundelse."
            ).format(unit=option.label if option else "", day=format_date(check.left_on))
        if first is HoldReason.YEAR:
            return self.tr(
                "Sagen er flyttet {moves} gange de sidste {days} dage, og loftet er {limit}. En "
                "ny flytning kræver en leders godkendelse med begrundelse (ingen kastebold)."
            ).format(
                moves=check.moves_in_year, days=check.rule.year_days, limit=check.rule.max_per_year
            )
        return self.tr(
            "Sagen er flyttet {moves} gange de sidste {days} dage. En ny flytning kræver "
            "en leders godkendelse med begrundelse (ingen kastebold)."
        ).format(moves=check.moves_in_window, days=check.rule.window_days)
