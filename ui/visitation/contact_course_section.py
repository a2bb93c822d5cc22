"""«Kontaktforløb» on the citizen card: the reform's target group and the contact course.

The target group, the job interviews held of those due in the course, the next due date
and an exemption, read through the runner each time the card shows a citizen; a held
interview is registered from here («Registrér afholdt jobsamtale», Alt+I), and an
exemption with one of the course's reasons (Tab to the reason, Tab to «Fritag fra
jobsamtalerne»), which the command refuses beyond the site's one in four.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.registration import CitizenCard
from app.visitation.contact_course_service import CitizenCourse, ContactCourseService
from ui.background import BackgroundRunner
from ui.failures import failure_text


class ContactCourseSection(QGroupBox):
    def __init__(
        self,
        course: ContactCourseService,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Kontaktforløb"), parent)
        self._course = course
        self._runner = runner
        self._citizen_id = ""
        self.text_label = QLabel()
        self.text_label.setAccessibleName(self.tr("Målgruppe og kontaktforløb"))
        self.text_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status for jobsamtalen"))
        self.status_label.setWordWrap(True)
        self.interview_button = QPushButton(self.tr("Reg&istrér afholdt jobsamtale"))
        self.interview_button.setAccessibleName(self.tr("Registrér afholdt jobsamtale"))
        self.interview_button.clicked.connect(self._register_interview)
        # An exemption with one of the course's reasons (refused beyond the site's limit).
        self.reason_box = QComboBox()
        self.reason_box.setAccessibleName(self.tr("Grund til fritagelse"))
        self.exempt_button = QPushButton(self.tr("Fritag fra jobsamtalerne"))
        self.exempt_button.setAccessibleName(self.tr("Fritag borgeren fra jobsamtalerne"))
        self.exempt_button.clicked.connect(self._grant_exemption)
        exemption = QHBoxLayout()
        exemption.addWidget(self.reason_box, 1)
        exemption.addWidget(self.exempt_button)
        self._exemption_row = QWidget()
        self._exemption_row.setLayout(exemption)
        exemption.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(self.interview_button)
        layout.addWidget(self._exemption_row)
        layout.addWidget(self.status_label)
        QWidget.setTabOrder(self.interview_button, self.reason_box)
        QWidget.setTabOrder(self.reason_box, self.exempt_button)
        self.setVisible(False)  # until a citizen with a target group is shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._citizen_id:
            self._read(self._citizen_id)
        return False

    def show_card(self, card: CitizenCard) -> None:
        self._citizen_id = card.citizen.id
        self.setVisible(False)
        self.status_label.setText("")
        self._read(card.citizen.id)

    def _read(self, citizen_id: str) -> None:
        def shown(found: CitizenCourse) -> None:
            if citizen_id != self._citizen_id:
                return  # the card has moved on to another citizen
            if found.target_group is None and found.course is None:
                self.setVisible(False)
                return
            self.text_label.setText(self._text(found))
            self.interview_button.setVisible(found.course is not None)
            self._show_reasons(found)
            self.setVisible(True)

        def failed(error: BaseException) -> None:
            if citizen_id == self._citizen_id:
                self.text_label.setText(failure_text(error))
                self.setVisible(True)

        self._runner.run(lambda: self._course.citizen_course(citizen_id), shown, failed, owner=self)

    def _text(self, found: CitizenCourse) -> str:
        lines = []
        if found.target_group is not None:
            lines.append(self.tr("Målgruppe: {0}").format(found.target_group.label_da))
        course = found.course
        if course is not None:
            lines.append(
                self.tr("Jobsamtaler: {0} af {1} holdt siden {2}").format(
                    course.held, course.interviews_due, f"{course.first_day:%d.%m.%Y}"
                )
            )
            if course.exemption is not None:
                lines.append(self.tr("Fritaget: {0}").format(course.exemption_label))
            elif course.next_due is not None:
                lines.append(
                    self.tr("Næste jobsamtale senest {0}").format(f"{course.next_due:%d.%m.%Y}")
                )
            if course.exemption is None and not course.on_track:
                lines.append(
                    self.tr("Bagud: {0} samtaler var forfaldne").format(course.due_before_today)
                )
        return "\n".join(lines)

    def _show_reasons(self, found: CitizenCourse) -> None:
        chosen = self.reason_box.currentData()
        self.reason_box.clear()
        for reason in found.exemption_reasons:
            self.reason_box.addItem(reason.label_da, reason.code)
        index = self.reason_box.findData(chosen)
        self.reason_box.setCurrentIndex(max(index, 0))
        self._exemption_row.setVisible(found.may_be_exempted)

    def _grant_exemption(self) -> None:
        citizen_id = self._citizen_id
        reason_code = self.reason_box.currentData()
        if not citizen_id or not isinstance(reason_code, str):
            return
        self.exempt_button.setEnabled(False)

        def done(_exemption_id: object) -> None:
            self.exempt_button.setEnabled(True)
            self.status_label.setText(self.tr("Borgeren er fritaget fra jobsamtalerne."))
            if citizen_id == self._citizen_id:
                self._read(citizen_id)

        def failed(error: BaseException) -> None:
            self.exempt_button.setEnabled(True)
            self.status_label.setText(failure_text(error))

        self._runner.run(
            lambda: self._course.grant_exemption(citizen_id, reason_code),
            done,
            failed,
            owner=self,
        )

    def _register_interview(self) -> None:
        citizen_id = self._citizen_id
        if not citizen_id:
            return
        self.interview_button.setEnabled(False)

        def done(_next_due: object) -> None:
            self.interview_button.setEnabled(True)
            self.status_label.setText(self.tr("Jobsamtalen er registreret."))
            if citizen_id == self._citizen_id:
                self._read(citizen_id)

        def failed(error: BaseException) -> None:
            self.interview_button.setEnabled(True)
            self.status_label.setText(failure_text(error))

        self._runner.run(
            lambda: self._course.register_interview(citizen_id), done, failed, owner=self
        )
