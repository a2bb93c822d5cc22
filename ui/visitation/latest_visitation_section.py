"""«Seneste visitation» on the citizen card: what the latest primary visitation ended in.

Read through the runner each time the card shows a citizen, so reopening the citizen
after a visitation shows its category, responsible unit, meeting and referrals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from app.registration import CitizenCard
from app.visitation.contact_course_service import ContactCourseService
from app.visitation.summary import VisitationSummary
from app.visitation.visitation_service import VisitationService
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.registration.citizen_card import CitizenCardView
from ui.visitation.contact_course_section import ContactCourseSection
from ui.visitation.summary_text import summary_plain_text, summary_title


class LatestVisitationSection(QGroupBox):
    def __init__(
        self,
        visitation: VisitationService,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Seneste visitation"), parent)
        self._visitation = visitation
        self._runner = runner
        self._citizen_id = ""
        self.title_label = QLabel()
        self.title_label.setAccessibleName(self.tr("Seneste visitation, dato og sted"))
        self.title_label.setWordWrap(True)
        self.text_label = QLabel()
        self.text_label.setAccessibleName(self.tr("Seneste visitation"))
        self.text_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)
        self.setVisible(False)  # until a citizen with a visitation is shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The card shown again (back from the visitation tab): what was just recorded shows.
        if event.type() == QEvent.Type.Show and self._citizen_id:
            self._read(self._citizen_id)
        return False

    def show_card(self, card: CitizenCard) -> None:
        self._citizen_id = card.citizen.id
        self.setVisible(False)
        self._read(card.citizen.id)

    def _read(self, citizen_id: str) -> None:
        def shown(summary: VisitationSummary | None) -> None:
            if citizen_id != self._citizen_id:
                return  # the card has moved on to another citizen
            if summary is None:
                return
            self.title_label.setText(summary_title(summary))
            self.text_label.setText(summary_plain_text(summary))
            self.setVisible(True)

        def failed(error: BaseException) -> None:
            if citizen_id == self._citizen_id:
                self.title_label.setText("")
                self.text_label.setText(failure_text(error))
                self.setVisible(True)

        self._runner.run(lambda: self._visitation.summary(citizen_id), shown, failed, owner=self)


def link_visitation_to_card(
    card: CitizenCardView, visitation: VisitationService, runner: BackgroundRunner
) -> LatestVisitationSection:
    """The card gets the section and the contact course's (called once from the
    composition root)."""
    section = LatestVisitationSection(visitation, runner)
    card.add_section(section)
    card.card_shown.connect(section.show_card)
    card.installEventFilter(section)
    course = ContactCourseSection(ContactCourseService.beside(visitation), runner)
    card.add_section(course)
    card.card_shown.connect(course.show_card)
    card.installEventFilter(course)
    return section
