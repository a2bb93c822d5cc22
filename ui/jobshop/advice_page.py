"""«Åben rådgivning»: log a conversation — the citizen (or anonymous), the topic, how long,
the outcome and where they were referred — and see today's sessions at this site, and
the citizens booked on today's open-advice hours here (Alt+G goes to them, Enter on one
puts them in the form).

Served from its own queue: beside the form the advice tickets waiting at this site, and
the citizen of the advice ticket served at this counter comes into the form by itself.
Keyboard-first: Ctrl+F finds the citizen, Alt+A ticks anonymous, Ctrl+S saves, F5 reads
again. All database work runs on the one background runner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.jobshop.advice_service import AdviceLine, BookedAdvice
from app.jobshop.records import AdviceTopic
from ui.background import BackgroundRunner
from ui.jobshop.advice_citizen_picker import AdviceCitizenPicker
from ui.jobshop.advice_models import AdviceSessionModel, BookedAdviceModel, topic_label
from ui.jobshop.advice_queue_panel import AdviceQueuePanel
from ui.jobshop.company_table import company_table
from ui.jobshop.dialog_parts import show_error

if TYPE_CHECKING:
    from ui.jobshop.jobshop_tab import JobshopTab
    from ui.jobshop.wiring import JobshopServices

DEFAULT_MINUTES = 15


class AdvicePage(QWidget):
    def __init__(
        self, services: JobshopServices, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._advice = services.advice
        self._runner = runner
        # The advice ticket served at this counter and its citizen: the session serves it.
        self._ticket: tuple[str, str] | None = None

        self.picker = AdviceCitizenPicker(services.registration, runner, self._show_error)
        self.topic_combo = QComboBox()
        self.topic_combo.setAccessibleName(self.tr("Emne for rådgivningen"))
        for topic in AdviceTopic:
            self.topic_combo.addItem(topic_label(topic), topic.value)
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setAccessibleName(self.tr("Varighed i minutter"))
        self.minutes_spin.setRange(1, 480)
        self.minutes_spin.setValue(DEFAULT_MINUTES)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.outcome_edit = QLineEdit()
        self.outcome_edit.setAccessibleName(self.tr("Resultat af samtalen"))
        self.referred_edit = QLineEdit()
        self.referred_edit.setAccessibleName(self.tr("Henvist til"))
        self.referred_edit.setPlaceholderText(self.tr("Fx Ydelsesservice, EURES-rådgiver"))
        self.save_button = QPushButton(self.tr("Gem samtale (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Gem samtale"))
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Rådgivningens besked"))
        self.message_label.setProperty("role", "error")
        self.message_label.setWordWrap(True)
        self.sessions_model = AdviceSessionModel(self)
        self.sessions_table = company_table(self.sessions_model, self.tr("Dagens samtaler"))
        self.booked_model = BookedAdviceModel(self)
        self.booked_table = company_table(
            self.booked_model, self.tr("Booket til åben rådgivning i dag")
        )
        self.queue_panel: AdviceQueuePanel | None = None
        if services.queue is not None:
            self.queue_panel = AdviceQueuePanel(
                services.queue, services.advice, services.registration.counter_number, runner
            )
            self.queue_panel.serving_changed.connect(self._on_queue_panel_serving_changed)

        form = QFormLayout()
        form.addRow(self.tr("&Emne:"), self.topic_combo)
        form.addRow(self.tr("Var&ighed:"), self.minutes_spin)
        form.addRow(self.tr("Res&ultat:"), self.outcome_edit)
        form.addRow(self.tr("Henvist &til:"), self.referred_edit)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.picker)
        left_layout.addLayout(form)
        left_layout.addWidget(self.message_label)
        left_layout.addWidget(self.save_button)
        sessions_label = QLabel(self.tr("&Dagens samtaler i afdelingen:"))
        sessions_label.setBuddy(self.sessions_table)
        left_layout.addWidget(sessions_label)
        left_layout.addWidget(self.sessions_table, 1)
        booked_label = QLabel(self.tr("Booket til åben rådgivnin&g i dag (Enter vælger borgeren):"))
        booked_label.setBuddy(self.booked_table)
        left_layout.addWidget(booked_label)
        left_layout.addWidget(self.booked_table)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        if self.queue_panel is not None:
            splitter.addWidget(self.queue_panel)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        for edit in (self.outcome_edit, self.referred_edit):
            edit.returnPressed.connect(self.save_button.animateClick)
        self.booked_table.activated.connect(self._choose_booked)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)

    def title(self) -> str:
        return self.tr("Åben r&ådgivning")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self._runner.run(self._advice.sessions_today, self._show_sessions, self._show_error, self)
        self._runner.run(
            self._advice.booked_today, self.booked_model.set_lines, self._show_error, self
        )
        if self.queue_panel is not None:
            self.queue_panel.refresh()

    def _show_sessions(self, lines: list[AdviceLine]) -> None:
        self.sessions_model.set_lines(lines)

    def _show_booked(self, booked: list[BookedAdvice]) -> None:
        self.booked_model.set_lines(booked)
        if booked:
            self.booked_table.selectRow(0)  # the soonest: Enter takes it

    def _choose_booked(self, index: QModelIndex) -> None:
        booked: BookedAdvice | None = self.booked_model.line(index.row())
        if booked is not None:
            self._ticket = None
            self.picker.choose((booked.citizen_id, f"{booked.full_name} ({booked.masked_cpr})"))
            self.topic_combo.setFocus()

    def _focus_search(self) -> None:
        self.picker.search_edit.setFocus()
        self.picker.search_edit.selectAll()

    def _on_queue_panel_serving_changed(self, ticket_id: str, citizen_id: str, who: str) -> None:
        """A new advice ticket at this counter: its citizen, unless the form is in use."""
        if self.picker.is_empty():
            self._ticket = (ticket_id, citizen_id)
            self.picker.choose((citizen_id, who))

    # --- saving ------------------------------------------------------------------------------
    def _on_save_button_clicked(self) -> None:
        chosen, anonymous = self.picker.chosen, self.picker.anonymous
        if chosen is None and not anonymous:
            self.message_label.setText(
                self.tr("Vælg borgeren, eller markér «Anonym henvendelse» (Alt+A).")
            )
            self._focus_search()
            return
        topic = AdviceTopic(str(self.topic_combo.currentData()))
        minutes = self.minutes_spin.value()
        outcome, referred = self.outcome_edit.text().strip(), self.referred_edit.text().strip()
        citizen_id = chosen[0] if chosen else None
        # The ticket only when the session is with the ticket's own citizen.
        ticket_id = self._ticket[0] if self._ticket and self._ticket[1] == citizen_id else None
        self.save_button.setEnabled(False)
        self.message_label.clear()

        def done(_session_id: str) -> None:
            self.save_button.setEnabled(True)
            if ticket_id and self.queue_panel is not None:
                self.queue_panel.forget(ticket_id)
            self._clear_form()
            self.refresh()

        self._runner.run(
            lambda: self._advice.log_session(
                topic,
                minutes,
                citizen_id=citizen_id,
                outcome=outcome,
                referred_to=referred,
                ticket_id=ticket_id,
            ),
            done,
            self._on_save_failed,
            owner=self,
        )

    def _clear_form(self) -> None:
        self._ticket = None
        self.picker.reset()
        self.topic_combo.setCurrentIndex(0)
        self.minutes_spin.setValue(DEFAULT_MINUTES)
        self.outcome_edit.clear()
        self.referred_edit.clear()
        self.picker.anonymous_check.setFocus()

    def _on_save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)  # what was typed stays
        self._show_error(error)

    def _show_error(self, error: BaseException) -> None:
        show_error(self.message_label, error)


def add_advice_page(
    tab: JobshopTab, services: JobshopServices, runner: BackgroundRunner
) -> AdvicePage:
    page = AdvicePage(services, runner)
    tab.add_page(page, page.title())
    return page
