"""Asked once on a new workstation: enrol with the central server (address and one-time
code, the server's answer shown) or work on this PC alone; then site, counter and the
staff member the desk starts as.

A pure view: the caller gives the seed data, a runner and the enrolment to call (it runs
on the runner's worker, never on the GUI thread), and saves the choice afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.entities import Counter, Site, Staff
from ui.background import BackgroundRunner
from ui.failures import failure_text


@dataclass(frozen=True)
class EnrolAnswer:
    """What the server said when it took the workstation in."""

    server_url: str
    site_code: str
    counter_number: int


Enrol = Callable[[str, str], EnrolAnswer]  # (server address, code) → the server's answer


@dataclass(frozen=True)
class Preset:
    """What IT's configuration or the command line already decided."""

    server: str | None = None
    site: str | None = None
    counter: int | None = None


class ConnectionPage(QWizardPage):
    """Server or stand-alone. Next asks the server and waits for its answer."""

    def __init__(self, runner: BackgroundRunner, enrol: Enrol, preset: Preset) -> None:
        super().__init__()
        self._runner = runner
        self._enrol = enrol
        self.answer: EnrolAnswer | None = None
        self._asked_for: tuple[str, str] | None = None
        self._asking = False
        self.setTitle(self.tr("Forbindelse til den centrale server"))
        self.setSubTitle(
            self.tr(
                "Skranken arbejder altid lokalt og sender ændringerne til serveren, når der er "
                "forbindelse. Uden server arbejder den kun på denne pc."
            )
        )
        self.with_server = QRadioButton(self.tr("Tilmeld hos &serveren"))
        self.with_server.setAccessibleName(self.tr("Tilmeld hos serveren"))
        self.alone = QRadioButton(self.tr("Kun &denne pc (uden server)"))
        self.alone.setAccessibleName(self.tr("Kun denne pc"))
        choice = QButtonGroup(self)
        choice.addButton(self.with_server)
        choice.addButton(self.alone)
        self.server = QLineEdit(preset.server or "")
        self.server.setPlaceholderText("https://skranke.example")
        self.server.setAccessibleName(self.tr("Serverens adresse"))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Tilmeldingskode"))
        self.code.setPlaceholderText(self.tr("engangskode fra IT"))
        self.answer_label = QLabel()
        self.answer_label.setWordWrap(True)
        self.answer_label.setAccessibleName(self.tr("Serverens svar"))

        form = QFormLayout()
        address_label = QLabel(self.tr("Serverens &adresse:"))
        address_label.setBuddy(self.server)
        code_label = QLabel(self.tr("Tilmeldings&kode:"))
        code_label.setBuddy(self.code)
        form.addRow(address_label, self.server)
        form.addRow(code_label, self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.with_server)
        layout.addLayout(form)
        layout.addWidget(self.alone)
        layout.addWidget(self.answer_label)
        layout.addStretch(1)

        self.with_server.toggled.connect(self._on_choice)
        self.with_server.setChecked(True)
        self.server.textChanged.connect(self._forget_answer)
        self.code.textChanged.connect(self._forget_answer)

    def initializePage(self) -> None:
        # After QWizard has put focus on the page's first child (the radio button).
        first = self.code if self.server.text() else self.server
        QTimer.singleShot(0, first.setFocus)

    @property
    def standalone(self) -> bool:
        return self.alone.isChecked()

    def _on_choice(self, with_server: bool) -> None:
        self.server.setEnabled(with_server)
        self.code.setEnabled(with_server)
        self.answer_label.clear()

    def _forget_answer(self) -> None:
        if not self._asking:
            self.answer = None

    def validatePage(self) -> bool:
        if self.standalone:
            return True
        asked = (self.server.text().strip(), self.code.text().strip())
        if self.answer is not None and self._asked_for == asked:
            return True
        if self._asking:
            return False
        server, code = asked
        if not server.startswith(("http://", "https://")):
            self._say(self.tr("Skriv serverens adresse, fx https://skranke.example."), True)
            self.server.setFocus()
            return False
        if not code:
            self._say(self.tr("Skriv tilmeldingskoden fra IT."), True)
            self.code.setFocus()
            return False
        self._asking, self._asked_for = True, asked
        self._say(self.tr("Spørger serveren …"), False)
        self._runner.run(lambda: self._enrol(server, code), self._on_answer, self._on_refusal, self)
        return False

    def _on_answer(self, answer: EnrolAnswer) -> None:
        self._asking, self.answer = False, answer
        self._say(
            self.tr("Serveren svarede: arbejdsstationen er tilmeldt i %1, skranke %2.")
            .replace("%1", answer.site_code)
            .replace("%2", str(answer.counter_number)),
            False,
        )
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.next()

    def _on_refusal(self, error: BaseException) -> None:
        self._asking, self.answer = False, None
        self._say(
            self.tr(
                "Serveren svarede: %1 Ret adressen eller koden og prøv igen – eller vælg "
                "«Kun denne pc»."
            ).replace("%1", failure_text(error)),
            True,
        )
        self.code.setFocus()

    def _say(self, text: str, problem: bool) -> None:
        self.answer_label.setText(text)
        self.answer_label.setProperty("problem", problem)
        self.answer_label.setStyleSheet("color: #a00000;" if problem else "")


class PlacePage(QWizardPage):
    """Site, counter and staff member; what the server or IT decided is shown, not asked."""

    def __init__(
        self,
        sites: Sequence[Site],
        counters: Mapping[str, Sequence[Counter]],
        staff: Sequence[Staff],
        connection: ConnectionPage,
        preset: Preset,
    ) -> None:
        super().__init__()
        self._counters, self._staff, self._connection = counters, staff, connection
        self._preset = preset
        self.setTitle(self.tr("Arbejdsplads"))
        self.setSubTitle(
            self.tr("Vælg afdeling, skranke og medarbejder. Det huskes på denne computer.")
        )
        self.heard = QLabel()
        self.heard.setWordWrap(True)
        self.site_box = QComboBox()
        self.site_box.setAccessibleName(self.tr("Afdeling"))
        for site in sites:
            self.site_box.addItem(f"{site.name} ({site.code})", site.code)
        self.counter_box = QComboBox()
        self.counter_box.setAccessibleName(self.tr("Skranke"))
        self.staff_box = QComboBox()
        self.staff_box.setAccessibleName(self.tr("Medarbejder"))
        form = QFormLayout()
        form.addRow(self.tr("&Afdeling:"), self.site_box)
        form.addRow(self.tr("S&kranke:"), self.counter_box)
        form.addRow(self.tr("&Medarbejder:"), self.staff_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heard)
        layout.addLayout(form)
        self.site_box.currentIndexChanged.connect(self._fill_for_site)

    def initializePage(self) -> None:
        answer = None if self._connection.standalone else self._connection.answer
        site = answer.site_code if answer else self._preset.site
        counter = answer.counter_number if answer else self._preset.counter
        if site is not None:
            self.site_box.setCurrentIndex(max(0, self.site_box.findData(site)))
        self._fill_for_site()
        if counter is not None:
            self.counter_box.setCurrentIndex(max(0, self.counter_box.findData(counter)))
        self.site_box.setEnabled(site is None)
        self.counter_box.setEnabled(counter is None)
        if answer is not None:
            self.heard.setText(self._connection.answer_label.text())
        elif site is not None:
            self.heard.setText(self.tr("Afdelingen er fastlagt af IT."))
        else:
            self.heard.setText(self.tr("Skranken arbejder kun på denne pc."))
        first = next(
            box for box in (self.site_box, self.counter_box, self.staff_box) if box.isEnabled()
        )
        QTimer.singleShot(0, first.setFocus)

    def _fill_for_site(self) -> None:
        code = self.site_code
        self.counter_box.clear()
        for counter in self._counters.get(code, ()):
            self.counter_box.addItem(counter.name, counter.number)
        self.staff_box.clear()
        for member in self._staff:
            if member.site_code == code:
                self.staff_box.addItem(f"{member.name} ({member.initials})", member.id)

    @property
    def site_code(self) -> str:
        return str(self.site_box.currentData())


class FirstRunWizard(QWizard):
    """Two pages; Enter goes on, Esc cancels (the desk then does not start)."""

    def __init__(
        self,
        sites: Sequence[Site],
        counters: Mapping[str, Sequence[Counter]],
        staff: Sequence[Staff],
        runner: BackgroundRunner,
        enrol: Enrol,
        preset: Preset | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        preset = preset or Preset()
        self.setWindowTitle(self.tr("Skranke – opsætning af arbejdsstationen"))
        self.setAccessibleName(self.tr("Opsætning af arbejdsstationen"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.connection = ConnectionPage(runner, enrol, preset)
        self.place = PlacePage(sites, counters, staff, self.connection, preset)
        self.addPage(self.connection)
        self.addPage(self.place)
        for which, text in (
            (QWizard.WizardButton.NextButton, self.tr("&Næste >")),
            (QWizard.WizardButton.BackButton, self.tr("< &Tilbage")),
            (QWizard.WizardButton.FinishButton, self.tr("&Gem og start")),
            (QWizard.WizardButton.CancelButton, self.tr("Afbryd")),
        ):
            self.setButtonText(which, text)
            self.button(which).setAccessibleName(text.replace("&", "").strip("<> "))

    @property
    def standalone(self) -> bool:
        return self.connection.standalone

    @property
    def site_code(self) -> str:
        return self.place.site_code

    @property
    def counter_number(self) -> int:
        return int(self.place.counter_box.currentData())

    @property
    def staff_id(self) -> str:
        return str(self.place.staff_box.currentData())
