"""«Jobnet» on the citizen card: CV status (none / on Jobnet / approved, when and by whom),
the joblog duty of the citizen's scheme, the last Jobnet orientation and the next CV
meeting; «Godkend CV» (Alt+G) and «Book CV-møde» (Alt+K).

The section reloads when a CV status, an orientation checklist or a booking changes,
here or at another desk, so ticking «CV på Jobnet» in a visitation shows on the card.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.jobnet.card import JobnetCard
from app.jobnet.records import CvStatusKind
from app.jobnet.service import JobnetService
from app.registration import CitizenCard
from app.visitation.records import GroupSession
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.formats import format_date
from ui.registration.citizen_card import CitizenCardView
from ui.visitation.meeting_text import kind_text, place_text, when_text

SHOWN_TABLES = ("cv_status", "orientation", "categorisation_decision", "group_booking")


class JobnetSection(QGroupBox):
    def __init__(
        self,
        jobnet: JobnetService,
        runner: BackgroundRunner,
        may_approve: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Jobnet"), parent)
        self.setAccessibleName(self.tr("Jobnet"))
        self._jobnet = jobnet
        self._runner = runner
        self._may_approve = may_approve
        self._citizen_id = ""
        self.cv_label = self._label(self.tr("CV-status"))
        self.joblog_label = self._label(self.tr("Joblog"))
        self.orientation_label = self._label(self.tr("Seneste orientering om Jobnet"))
        self.meeting_label = self._label(self.tr("CV-møde"))
        self.status_label = self._label(self.tr("Besked fra Jobnet-delen"))
        self.approve_button = QPushButton(self.tr("&Godkend CV"))
        self.approve_button.setAccessibleName(self.tr("Godkend CV"))
        self.approve_button.clicked.connect(self._on_approve_button_clicked)
        self.book_button = QPushButton(self.tr("Boo&k CV-møde"))
        self.book_button.setAccessibleName(self.tr("Book CV-møde"))
        self.book_button.clicked.connect(self._on_book_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.book_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        for label in (self.cv_label, self.joblog_label, self.orientation_label):
            layout.addWidget(label)
        layout.addWidget(self.meeting_label)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.data = LiveData(
            self, runner, SHOWN_TABLES, self._load, self._show, self._on_data_failed
        )
        self.setVisible(False)  # until a citizen is shown

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(name)
        label.setWordWrap(True)
        return label

    def follow(self, changes: ChangeRelay) -> None:
        self.data.follow(changes)

    def show_card(self, card: CitizenCard) -> None:
        self._citizen_id = card.citizen.id
        self.status_label.setText("")
        self.setVisible(True)
        self.data.refresh()

    def _load(self) -> tuple[str, JobnetCard | None]:
        citizen_id = self._citizen_id  # read on the GUI thread's behalf: a plain str
        return citizen_id, self._jobnet.card(citizen_id) if citizen_id else None

    def _show(self, loaded: tuple[str, JobnetCard | None]) -> None:
        citizen_id, card = loaded
        if citizen_id != self._citizen_id or card is None:
            return  # the card has moved on to another citizen
        self.cv_label.setText(self._cv_text(card))
        self.joblog_label.setText(self._joblog_text(card))
        day = card.last_orientation
        self.orientation_label.setText(
            self.tr("Seneste orientering om Jobnet: %1").replace("%1", format_date(day))
            if day
            else self.tr("Ikke orienteret om Jobnet endnu.")
        )
        meeting = card.cv_meeting
        self.meeting_label.setText(
            self.tr("Booket: %1").replace("%1", meeting_text(meeting)) if meeting else ""
        )
        self.meeting_label.setVisible(meeting is not None)
        on_jobnet = card.cv is not None and card.cv.status is CvStatusKind.ON_JOBNET
        self.approve_button.setVisible(self._may_approve())
        self.approve_button.setEnabled(on_jobnet)

    def _cv_text(self, card: JobnetCard) -> str:
        cv = card.cv
        if cv is None or cv.status is CvStatusKind.NONE:
            return self.tr("CV: intet CV på Jobnet")
        if cv.status is CvStatusKind.ON_JOBNET:
            return self.tr("CV: på Jobnet siden %1, ikke godkendt").replace(
                "%1", format_date(cv.cv_date) if cv.cv_date else "?"
            )
        approved = format_date(cv.approved_on) if cv.approved_on else "?"
        if card.approved_by_name:
            return (
                self.tr("CV: godkendt %1 af %2")
                .replace("%1", approved)
                .replace("%2", card.approved_by_name)
            )
        return self.tr("CV: godkendt %1 (ifølge Jobnet)").replace("%1", approved)

    def _joblog_text(self, card: JobnetCard) -> str:
        duty = card.joblog
        if duty is None:
            return self.tr("Joblog: borgeren er ikke kategoriseret")
        text = (
            self.tr("Joblog: pligt (%1 efter «%2»)")
            if duty.required
            else self.tr("Joblog: ingen pligt (%1 efter «%2»)")
        )
        return text.replace("%1", duty.category_label).replace("%2", duty.scheme_label)

    def _on_data_failed(self, error: BaseException) -> None:
        self.status_label.setText(failure_text(error))

    def _on_approve_button_clicked(self) -> None:
        citizen_id = self._citizen_id
        if not citizen_id:
            return
        self.approve_button.setEnabled(False)

        def done(_day: object) -> None:
            self.status_label.setText(self.tr("CV'et er godkendt."))
            self.book_button.setFocus()  # the next step after an approval: a CV meeting
            self.data.refresh()

        def failed(error: BaseException) -> None:
            self.approve_button.setEnabled(True)
            self.status_label.setText(failure_text(error))

        self._runner.run(lambda: self._jobnet.approve_cv(citizen_id), done, failed, owner=self)

    def _on_book_button_clicked(self) -> None:
        citizen_id = self._citizen_id
        if not citizen_id:
            return
        self.book_button.setEnabled(False)

        def done(session: GroupSession) -> None:
            self.book_button.setEnabled(True)
            self.status_label.setText(
                self.tr("Booket til %1.").replace("%1", meeting_text(session))
            )
            self.data.refresh()

        def failed(error: BaseException) -> None:
            self.book_button.setEnabled(True)
            self.status_label.setText(failure_text(error))

        self._runner.run(lambda: self._jobnet.book_cv_meeting(citizen_id), done, failed, owner=self)


def meeting_text(session: GroupSession) -> str:
    """«CV-møde tors. 10. dec. kl. 13:00 (MUS, IT-lokalet)» in the desk's language."""
    where = place_text(session.site_code, session.room)
    return f"{kind_text(session.kind)} {when_text(session.starts_at)} ({where})"


def link_jobnet_to_card(
    card: CitizenCardView,
    jobnet: JobnetService,
    runner: BackgroundRunner,
    changes: ChangeRelay,
    may_approve: Callable[[], bool],
) -> JobnetSection:
    """Called once from the composition root."""
    section = JobnetSection(jobnet, runner, may_approve)
    card.add_section(section)
    card.card_shown.connect(section.show_card)
    section.follow(changes)
    return section
