"""The site's worklist of follow-up deadlines: what is overdue, due today and due soon.

Enter on a row does what the row asks for: a contact interview or a
categorisation is marked done; a hearing past its deadline is closed with the
recommendation to Ydelsesservice or the notice to the a-kasse. "Rimelig grund"
closes a hearing with the reason typed beside it.

Follow-up triggers: Enter on an absence from the queue (a no-show for a booked
meeting) confirms it and the hearing starts; "Rimelig grund" dismisses it with the
reason typed («mødte senere»). Enter on a re-assessment (asked for by a held contact
interview) opens the citizen's visitation under the scheme in force; leaving it on the
list postpones it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.visitation.contact_course import SiteCourseShare
from app.visitation.contact_course_service import ContactCourseService
from app.visitation.deadlines import DueState
from app.visitation.follow_up_service import FollowUpService, WorklistItem
from app.visitation.records import Audience, FollowUpKind, HearingOutcome
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.visitation.table_models import WorklistModel


class WorklistView(QWidget):
    worklist_changed = Signal()
    reassess_requested = Signal(str)  # citizen id: re-assess the category now

    def __init__(
        self, follow_ups: FollowUpService, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._follow_ups = follow_ups
        self._runner = runner
        self._model = WorklistModel(self)
        self._table = QTableView()
        self._table.setModel(self._model)
        self._table.setAccessibleName(
            self.tr("Opfølgninger der er forfaldne eller snart forfalder")
        )
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setTabKeyNavigation(False)  # Tab leaves the list for the actions
        self._table.activated.connect(self._on_table_activated)
        self._done = QPushButton(self.tr("Udfør handling (Enter)"))
        self._done.setAccessibleName(self.tr("Udfør handlingen for den valgte opfølgning"))
        self._done.clicked.connect(self._on_done_clicked)
        self._good_reason = QLineEdit()
        self._good_reason.setAccessibleName(self.tr("Rimelig grund til udeblivelsen"))
        self._good_reason.setPlaceholderText(self.tr("Rimelig grund (lukker partshøringen)"))
        self._close_good_reason = QPushButton(self.tr("Luk med rimelig grund"))
        self._close_good_reason.setAccessibleName(self.tr("Luk partshøringen med rimelig grund"))
        self._close_good_reason.clicked.connect(self._on_close_good_reason_clicked)
        self._refresh = QPushButton(self.tr("Opdatér (F5)"))
        self._refresh.setAccessibleName(self.tr("Opdatér arbejdslisten"))
        self._refresh.clicked.connect(self.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        self._message = QLabel()
        self._message.setAccessibleName(self.tr("Besked"))
        row = QHBoxLayout()
        row.addWidget(self._done)
        row.addWidget(self._good_reason, 1)
        row.addWidget(self._close_good_reason)
        row.addWidget(self._refresh)
        # The reform's contact course at the site: the share on track against the target.
        self.course_share = QLabel()
        self.course_share.setAccessibleName(self.tr("Kontaktforløb i afdelingen"))
        self.course_share.setWordWrap(True)
        self.course_share.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Arbejdsliste: opfølgninger i afdelingen")))
        layout.addWidget(self.course_share)
        layout.addWidget(self._table, 1)
        layout.addLayout(row)
        layout.addWidget(self._message)
        self.items = LiveData(
            self,
            runner,
            ("follow_up",),
            self._follow_ups.worklist,
            self._show,
            lambda error: self._message.setText(failure_text(error)),
        )
        course = ContactCourseService.beside(follow_ups)
        self.share = LiveData(
            self,
            runner,
            ("follow_up", "categorisation_decision", "course_exemption"),
            course.site_share,
            self._show_share,
            lambda error: self.course_share.setText(failure_text(error)),
        )

    def follow(self, changes: ChangeRelay) -> None:
        """Reload when a follow-up changes, here or at another desk of the site."""
        self.items.follow(changes)
        self.share.follow(changes)

    def refresh(self) -> None:
        self.items.refresh()
        self.share.refresh()

    def _show_share(self, share: SiteCourseShare | None) -> None:
        if share is None:  # no contact course in the scheme in force (before 2027)
            self.course_share.setVisible(False)
            return
        percent = share.share_percent
        self.course_share.setText(
            self.tr(
                "Kontaktforløb: {on_track} af {in_course} borgere på sporet ({percent}), "
                "mål {target} %; {exempted} fritaget (højst {allowed})."
            ).format(
                on_track=share.on_track,
                in_course=share.in_course,
                percent=f"{percent:.0f} %" if percent is not None else "–",
                target=share.target_percent,
                exempted=share.exempted,
                allowed=share.exemptions_allowed,
            )
        )
        self.course_share.setVisible(True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the day may have moved what is due

    def _show(self, items: list[WorklistItem]) -> None:
        self._model.set_lines(items)
        overdue = sum(1 for i in items if i.state is DueState.OVERDUE)
        self._message.setText(
            self.tr("{n} opfølgninger, heraf {overdue} overskredet.").format(
                n=len(items), overdue=overdue
            )
        )
        if items:
            self._table.selectRow(0)

    def selected(self) -> WorklistItem | None:
        rows = self._table.selectionModel().selectedRows()
        return self._model.line(rows[0].row()) if rows else None

    def _on_table_activated(self, _index: object) -> None:
        self._on_done_clicked()

    def _on_done_clicked(self) -> None:
        item = self.selected()
        if item is None:
            return
        if item.kind is FollowUpKind.PENDING_ABSENCE:
            self._act(lambda: self._follow_ups.confirm_pending_absence(item.follow_up_id))
            return
        if item.kind is FollowUpKind.REASSESSMENT:
            self.reassess_requested.emit(item.citizen_id)
            return
        if item.kind is FollowUpKind.HEARING:
            outcome = (
                HearingOutcome.NOTICE_SENT
                if item.audience is Audience.A_KASSE
                else HearingOutcome.RECOMMENDATION_SENT
            )
            self._act(lambda: self._follow_ups.conclude_hearing(item.follow_up_id, outcome))
        else:
            self._act(lambda: self._follow_ups.complete(item.follow_up_id))

    def _on_close_good_reason_clicked(self) -> None:
        item = self.selected()
        reason = self._good_reason.text()
        if item is not None and item.kind is FollowUpKind.PENDING_ABSENCE:
            self._act(lambda: self._follow_ups.dismiss_pending_absence(item.follow_up_id, reason))
            return
        if item is None or item.kind is not FollowUpKind.HEARING:
            self._message.setText(self.tr("Vælg en partshøring først."))
            return
        self._act(
            lambda: self._follow_ups.conclude_hearing(
                item.follow_up_id, HearingOutcome.GOOD_REASON, reason
            )
        )

    def _act(self, action: Callable[[], object]) -> None:
        def done(_result: object) -> None:
            self._good_reason.clear()
            self.refresh()
            self.worklist_changed.emit()

        self._runner.run(
            action, done, lambda error: self._message.setText(failure_text(error)), owner=self
        )
