"""Telefon: the phone entrance's screen, built for a headset and a keyboard.

A call is taken top to bottom with Tab: who calls (citizen by CPR, company by CVR, a
phone number, or anonymous), the CPR/CVR/number, the topic, a note, the outcome
(answered, a callback in a site's queue, handed to a site, a company's job order or
kvikservice request, or a citizen booked on a group meeting or an open-advice hour of
the chosen site),
then Ctrl+Enter saves it as a command. A job order opens the job shop's vacancy form with
the calling company chosen by its CVR (or its CVR filled in for a new company); the order
and the call are saved together when the form is, and the order lands at the site
answering for its trade area. The form empties for the next call and the keys go back to «Hvem ringer»;
a refused call keeps everything typed and puts the keys on the field at fault. Today's
calls at every site's phone desk are listed below, live."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.jobshop.company_service import CompanyLine
from app.jobshop.records import Company, TradeArea
from app.phone.records import Call, CallerKind, CallOutcome, CallTopic
from app.phone.service import (
    CallDraft,
    EntranceNow,
    LoggedCall,
    MeetingChoice,
    PhoneDeskService,
)
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.fit_columns import FitColumns
from ui.formats import format_time
from ui.help.focus_back import give_focus_back_on_close
from ui.jobshop.kvik_request_dialog import KvikRequestDialog
from ui.jobshop.vacancy_form_dialog import VacancyFormDialog
from ui.jobshop.wiring import JobshopServices
from ui.visitation.meeting_text import when_text

CALL_TABLES = ("phone_call",)
Choices = tuple[Sequence[tuple[str, str]], Sequence[tuple[str, str]]]  # services, sites


class PhoneScreen(QWidget):
    def __init__(
        self,
        phone: PhoneDeskService,
        runner: BackgroundRunner,
        choices: Callable[[], Choices],
        changes: ChangeRelay | None = None,
        parent: QWidget | None = None,
        *,
        jobshop: JobshopServices | None = None,  # the job order form (None: no job orders)
    ) -> None:
        super().__init__(parent)
        self._phone, self._runner = phone, runner
        self._jobshop = jobshop
        self.order_dialog: VacancyFormDialog | None = None
        self.kvik_dialog: KvikRequestDialog | None = None
        self._site_names: dict[str, str] = {}
        self._meetings_asked = 0  # the newest meeting list asked for; older answers are dropped
        self.saved = 0  # calls saved from this screen (tests wait for it)
        self.setAccessibleName(self.tr("Telefon"))
        self.hours_label = QLabel()
        self.hours_label.setAccessibleName(self.tr("Telefonens åbningstid"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Hvem ringer"))
        for kind, text in self._kinds().items():
            self.kind.addItem(text, kind.value)
        self.identifier = QLineEdit()
        self.identifier.setAccessibleName(self.tr("CPR, CVR eller telefonnummer"))
        self.identifier.setMaxLength(30)
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Emne"))
        for topic, text in self._topics().items():
            self.topic.addItem(text, topic.value)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note om opkaldet"))
        self.note.setMaxLength(1000)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Udfald"))
        for outcome, text in self._outcomes().items():
            if outcome in (CallOutcome.JOB_ORDER, CallOutcome.KVIK) and not jobshop:
                continue  # both open the job shop's forms
            self.outcome.addItem(text, outcome.value)
        self.site = QComboBox()
        self.site.setAccessibleName(self.tr("Afdeling for tilbagekald eller overdragelse"))
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Møde til booking"))
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Kø for tilbagekald"))
        self.ring = QLineEdit()
        self.ring.setAccessibleName(self.tr("Telefonnummer til tilbagekald"))
        self.ring.setPlaceholderText(self.tr("borgerens eget nummer"))
        self.ring.setMaxLength(30)
        self.save_button = QPushButton(self.tr("Gem opkald (Ctrl+Enter)"))
        self.save_button.setAccessibleName(self.tr("Gem opkald"))
        self.save_button.clicked.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save).setWhatsThis(self.tr("Gem opkald"))
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Besked"))
        self.message.setWordWrap(True)
        self.calls_model = QStandardItemModel(0, 6, self)
        self.calls_model.setHorizontalHeaderLabels(
            [
                self.tr("Tid"),
                self.tr("Hvem"),
                self.tr("Emne"),
                self.tr("Udfald"),
                self.tr("Til"),
                self.tr("Note"),
            ]
        )
        self.calls = QTableView()
        self.calls.setAccessibleName(self.tr("Dagens opkald"))
        self.calls.setModel(self.calls_model)
        self.calls.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.calls.setTabKeyNavigation(False)
        FitColumns(self.calls, stretch=5)  # the note takes what is left
        form = QFormLayout()
        form.addRow(self.tr("H&vem ringer:"), self.kind)
        form.addRow(self.tr("&CPR / CVR / telefon:"), self.identifier)
        form.addRow(self.tr("&Emne:"), self.topic)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Udfald:"), self.outcome)
        form.addRow(self.tr("Af&deling:"), self.site)
        form.addRow(self.tr("&Møde:"), self.meeting)
        form.addRow(self.tr("&Kø (tilbagekald):"), self.service)
        form.addRow(self.tr("Ring &til (tilbagekald):"), self.ring)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hours_label)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.message)
        layout.addWidget(self.calls, 1)
        widgets = (self.kind, self.identifier, self.topic, self.note, self.outcome)
        for first, second in zip(
            (*widgets, self.site, self.meeting, self.service, self.ring),
            (*widgets[1:], self.site, self.meeting, self.service, self.ring, self.save_button),
            strict=True,
        ):
            QWidget.setTabOrder(first, second)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.outcome.currentIndexChanged.connect(lambda _i: self._outcome_changed())
        self.site.currentIndexChanged.connect(lambda _i: self._site_changed())
        self._outcome_changed()
        self.today = LiveData(
            self, runner, CALL_TABLES, phone.calls_today, self._show_calls, self._say_error,
            changes=changes,
        )  # fmt: skip
        runner.run(choices, self._show_choices, self._say_error, self)
        self.today.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.read_hours()  # when the screen comes up, not at the desk's start-up

    def read_hours(self) -> None:
        """The phone entrance's hours now, read off the GUI thread."""
        self._runner.run(self._phone.entrance_now, self._show_hours, self._say_error, self)

    def _show_hours(self, state: EntranceNow | None) -> None:
        if state is None:  # hours not in use on this machine
            self.hours_label.clear()
        elif state.open_now and state.closes_at is not None:
            self.hours_label.setText(
                self.tr("Telefonen har åbent til kl. {time}.").format(
                    time=format_time(state.closes_at)
                )
            )
        elif state.opens_at is not None:
            self.hours_label.setText(
                self.tr("Telefonen har lukket nu. Den åbner {when}.").format(
                    when=when_text(state.opens_at)
                )
            )
        else:
            self.hours_label.setText(self.tr("Telefonen har lukket nu."))

    # --- texts ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Telefon")

    def focus_home(self) -> QWidget:
        return self.kind

    def _kinds(self) -> dict[CallerKind, str]:
        return {
            CallerKind.CITIZEN: self.tr("Borger (CPR)"),
            CallerKind.COMPANY: self.tr("Virksomhed (CVR)"),
            CallerKind.PHONE: self.tr("Telefonnummer"),
            CallerKind.ANONYMOUS: self.tr("Anonym"),
        }

    def _topics(self) -> dict[CallTopic, str]:
        return {
            CallTopic.JOB_SEARCH: self.tr("Jobsøgning"),
            CallTopic.BENEFITS: self.tr("Ydelser"),
            CallTopic.SICKNESS: self.tr("Sygedagpenge"),
            CallTopic.APPOINTMENT: self.tr("Aftaler og møder"),
            CallTopic.JOB_ORDER: self.tr("Jobordre"),
            CallTopic.RECRUITMENT: self.tr("Rekruttering"),
            CallTopic.OTHER: self.tr("Andet"),
        }

    def _outcomes(self) -> dict[CallOutcome, str]:
        return {
            CallOutcome.ANSWERED: self.tr("Besvaret i telefonen"),
            CallOutcome.CALLBACK: self.tr("Tilbagekald"),
            CallOutcome.HANDED: self.tr("Overdraget til afdeling"),
            CallOutcome.JOB_ORDER: self.tr("Jobordre …"),
            CallOutcome.KVIK: self.tr("Kvikservice …"),
            CallOutcome.BOOKED: self.tr("Booket på møde eller rådgivning …"),
        }

    # --- the form -------------------------------------------------------------------------
    def _show_choices(self, choices: Choices) -> None:
        services, sites = choices
        self.service.clear()
        for code, name in services:
            self.service.addItem(name, code)
        self.site.clear()
        for code, name in sites:
            self.site.addItem(name, code)
        self._site_names = dict(sites)

    def _kind_changed(self) -> None:
        anonymous = self.kind.currentData() == CallerKind.ANONYMOUS.value
        self.identifier.setEnabled(not anonymous)  # disabled: Tab passes it by
        if anonymous:
            self.identifier.clear()

    def _outcome_changed(self) -> None:
        outcome = CallOutcome(self.outcome.currentData())
        self.site.setEnabled(
            outcome in (CallOutcome.CALLBACK, CallOutcome.HANDED, CallOutcome.BOOKED)
        )
        self.meeting.setEnabled(outcome is CallOutcome.BOOKED)
        self.service.setEnabled(outcome is CallOutcome.CALLBACK)
        self.ring.setEnabled(outcome is CallOutcome.CALLBACK)
        self._site_changed()

    def _site_changed(self) -> None:
        """The chosen site's upcoming meetings, read off the GUI thread, when booking."""
        self._meetings_asked += 1
        asked = self._meetings_asked
        self.meeting.clear()
        site = str(self.site.currentData() or "")
        if not self.meeting.isEnabled() or not site:
            return
        self._runner.run(
            lambda: self._phone.meetings_at(site),
            lambda found: self._show_meetings(asked, site, found),
            self._say_error,
            self,
        )

    def _show_meetings(self, asked: int, site: str, found: Sequence[MeetingChoice]) -> None:
        if asked != self._meetings_asked:
            return  # the outcome or the site changed since
        self.meeting.clear()
        for choice in found:
            self.meeting.addItem(choice.text, choice.session.id)
        if not found:
            self.message.setText(
                self.tr(
                    "Der er ingen møder eller rådgivningstider med plads hos {site}. Vælg en "
                    "anden afdeling, eller tag opkaldet som «Tilbagekald»."
                ).format(site=self._site_names.get(site, site))
            )

    def draft(self) -> CallDraft:
        outcome = CallOutcome(self.outcome.currentData())
        return CallDraft(
            caller_kind=CallerKind(self.kind.currentData()),
            identifier=self.identifier.text().strip(),
            topic=CallTopic(self.topic.currentData()),
            note=self.note.text().strip(),
            outcome=outcome,
            to_site=str(self.site.currentData() or "") if self.site.isEnabled() else "",
            service_code=str(self.service.currentData() or ""),
            callback_phone=self.ring.text().strip(),
            session_id=str(self.meeting.currentData() or "") if self.meeting.isEnabled() else "",
        )  # fmt: skip

    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        draft = self.draft()
        self.save_button.setEnabled(False)
        if draft.outcome is CallOutcome.JOB_ORDER and self._jobshop is not None:
            jobshop = self._jobshop
            self._runner.run(
                lambda: (self._phone.company_calling(draft), jobshop.vacancies.trade_areas()),
                lambda found: self._open_job_order(draft, *found),
                self._refused,
                self,
            )
            return
        if draft.outcome is CallOutcome.KVIK and self._jobshop is not None:
            kvik = self._jobshop.kvik
            self._runner.run(
                lambda: (
                    self._phone.company_calling(draft),
                    self._jobshop_trade_areas(),
                    kvik.default_due(),
                ),
                lambda found: self._open_kvik(draft, *found),
                self._refused,
                self,
            )
            return
        self.message.setText(self.tr("Gemmer …"))
        self._runner.run(lambda: self._phone.log(draft), self._saved, self._refused, self)

    def _jobshop_trade_areas(self) -> list[TradeArea]:
        assert self._jobshop is not None
        return self._jobshop.vacancies.trade_areas()

    def _open_kvik(
        self,
        draft: CallDraft,
        company: Company | None,
        areas: list[TradeArea],
        default_due: dt.datetime,
    ) -> None:
        assert self._jobshop is not None
        self.save_button.setEnabled(True)
        if company is None:
            self.message.setText(
                self.tr(
                    "CVR-nummeret er ikke registreret. Opret virksomheden under Jobbutik → "
                    "Virksomheder, eller tag opkaldet som «Jobordre …»."
                )
            )
            self.identifier.setFocus()
            return
        self.message.setText(self.tr("Skriv forespørgslen; den gemmes sammen med opkaldet."))
        dialog = KvikRequestDialog(
            self._jobshop.kvik,
            self._runner,
            [CompanyLine(company, "")],
            areas,
            default_due,
            self,
            create=lambda company_id, area, text, positions, due: self._phone.log_kvik(
                draft, company_id, area, text, positions, due
            ),
        )
        self.kvik_dialog = dialog
        self._follow(
            dialog, self.tr("Forespørgslen blev ikke oprettet, og opkaldet er ikke gemt endnu.")
        )

    def _follow(self, dialog: QDialog, cancelled: str) -> None:
        """The call is saved when the dialog saves it; closed without, nothing is."""
        give_focus_back_on_close(dialog)

        def finished(accepted: int) -> None:
            result = getattr(dialog, "created_with", None)
            if accepted and isinstance(result, LoggedCall):
                self._saved(result)
            else:
                self.message.setText(cancelled)

        dialog.finished.connect(finished)
        dialog.open()

    def _open_job_order(
        self, draft: CallDraft, company: Company | None, areas: list[TradeArea]
    ) -> None:
        assert self._jobshop is not None
        self.save_button.setEnabled(True)
        self.message.setText(
            self.tr("Skriv jobordren; den gemmes sammen med opkaldet.")
            if company
            else self.tr("CVR-nummeret er ikke registreret: skriv virksomhedens navn og jobordren.")
        )
        dialog = VacancyFormDialog(
            self._jobshop.vacancies,
            self._jobshop.companies,
            self._runner,
            areas,
            None,
            self,
            caller=(draft.identifier, (company.id, company.name) if company else None),
            create=lambda company_id, order: self._phone.log_job_order(draft, company_id, order),
        )
        self.order_dialog = dialog
        self._follow(
            dialog, self.tr("Jobordren blev ikke oprettet, og opkaldet er ikke gemt endnu.")
        )

    def _saved(self, logged: LoggedCall) -> None:
        self.save_button.setEnabled(True)
        self.saved += 1
        site = self._site_names.get(logged.to_site, logged.to_site)
        if logged.outcome is CallOutcome.CALLBACK:
            text = self.tr("Opkald gemt. Tilbagekald {number} i køen hos {site}.").format(
                number=logged.callback_number, site=site
            )
            if logged.rings_from is not None:  # the phone opens longer than the sites
                text += " " + self.tr(
                    "{site} har lukket nu; tilbagekaldet kan ringes op fra {when}."
                ).format(site=site, when=when_text(logged.rings_from))
        elif logged.outcome is CallOutcome.HANDED:
            text = self.tr("Opkald gemt og overdraget til {site}.").format(site=site)
        elif logged.outcome is CallOutcome.KVIK:
            text = self.tr("Opkald og kvikservice-forespørgsel gemt.")
        elif logged.outcome is CallOutcome.BOOKED:
            text = self.tr("Opkald gemt. Borgeren er booket på {meeting}.").format(
                meeting=logged.meeting
            )
        elif logged.outcome is CallOutcome.JOB_ORDER:
            text = self.tr(
                "Opkald og jobordre gemt. Jobordren er sendt til jobbutikken i {site}."
            ).format(site=site)
        else:
            text = self.tr("Opkald gemt.")
        self.message.setText(text)
        for field in (self.identifier, self.note, self.ring):
            field.clear()
        self.outcome.setCurrentIndex(0)
        self.read_hours()
        self.kind.setFocus()  # the next call

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(failure_text(error))
        field = error.field if isinstance(error, KnownError) else None
        target = {
            "cpr": self.identifier,
            "cvr": self.identifier,
            "phone": self.ring if self.ring.text() else self.identifier,
            "callback_phone": self.ring,
            "service_code": self.service,
            "to_site": self.site,
            "site_code": self.site,
            "session_id": self.meeting,
            "caller_kind": self.kind,
        }.get(field or "", self.identifier if self.identifier.isEnabled() else self.kind)
        target.setFocus()

    def _say_error(self, error: BaseException) -> None:
        self.message.setText(failure_text(error))

    # --- today's calls --------------------------------------------------------------------
    def _show_calls(self, calls: Sequence[Call]) -> None:
        kinds, topics, outcomes = self._kinds(), self._topics(), self._outcomes()
        self.calls_model.setRowCount(0)
        for call in calls:
            who = kinds[call.caller_kind].split(" (")[0]
            row = [
                format_time(call.taken_at),
                who,
                topics[call.topic],
                outcomes[call.outcome].removesuffix(" …"),  # the combo's «opens a form» mark
                self._site_names.get(call.to_site, call.to_site),
                call.note,
            ]
            self.calls_model.appendRow([QStandardItem(text) for text in row])
