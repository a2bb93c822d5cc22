"""Indstillinger (Ctrl+,): the language for the person at the desk; the idle lock and the
ticket printer for a supervisor; what IT fixed shown as fixed, with the file it came from;
and where this workstation keeps its data and logs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import MachineConfig
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.settings.language_choice import remember_language


@dataclass(frozen=True)
class DeskFacts:
    """What the dialog shows; read by the caller (the store's part on the runner)."""

    language: str  # in effect now
    idle_minutes: float
    printer: str  # the chosen ticket printer, in words
    place: str  # "Musvågevej (MUS), skranke 1"
    server: str  # the server's address, or that the desk works alone
    data_dir: PurePath
    config: MachineConfig


class SettingsDialog(QDialog):
    idle_changed = Signal(float)  # saved: the idle lock's new minutes
    language_changed = Signal(str)  # remembered: takes effect at the next start

    def __init__(
        self,
        facts: DeskFacts,
        runner: BackgroundRunner,
        save_idle: Callable[[float], None],
        *,
        may_change: bool,
        open_printer: Callable[[QWidget], None] | None = None,
        language_settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._facts, self._runner, self._save_idle = facts, runner, save_idle
        self._language_settings = language_settings
        self.setWindowTitle(self.tr("Indstillinger"))
        self.setAccessibleName(self.tr("Indstillinger"))
        config = facts.config
        it_says = self.tr("Fastlagt af IT i %1").replace("%1", str(config.path))
        supervisor_only = self.tr("Kun en leder kan ændre dette.")

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Sprog"))
        self.language.addItem("Dansk", "da")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(facts.language)))
        language_note = QLabel(self.tr("Sproget huskes for dig og gælder fra næste start."))
        language_note.setWordWrap(True)

        self.idle = QSpinBox()
        self.idle.setRange(1, 120)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(max(1, round(facts.idle_minutes)))
        self.idle.setAccessibleName(self.tr("Lås skærmen efter minutter uden brug"))
        self._explain(self.idle, may_change, config.fixed("idle_minutes"), it_says, supervisor_only)

        self.printer = QLabel(facts.printer)
        self.printer.setAccessibleName(self.tr("Billetprinter"))
        self.choose_printer = QPushButton(self.tr("&Vælg billetprinter …"))
        self.choose_printer.setAccessibleName(self.tr("Vælg billetprinter"))
        self._explain(
            self.choose_printer,
            may_change and open_printer is not None,
            config.fixed("printer"),
            it_says,
            supervisor_only,
        )
        if open_printer is not None:
            self.choose_printer.clicked.connect(lambda: open_printer(self))
        printer_row = QHBoxLayout()
        printer_row.addWidget(self.printer, 1)
        printer_row.addWidget(self.choose_printer)

        form = QFormLayout()
        language_label = QLabel(self.tr("&Sprog:"))
        language_label.setBuddy(self.language)
        idle_label = QLabel(self.tr("&Lås skærmen efter:"))
        idle_label.setBuddy(self.idle)
        form.addRow(language_label, self.language)
        form.addRow("", language_note)
        form.addRow(idle_label, self.idle)
        form.addRow(self.tr("Billetprinter:"), printer_row)

        about = QGroupBox(self.tr("Arbejdsstationen"))
        facts_form = QFormLayout(about)
        for label, value in (
            (self.tr("Afdeling og skranke:"), facts.place),
            (self.tr("Server:"), facts.server),
            (self.tr("Datamappe:"), str(facts.data_dir)),
            (self.tr("Logfiler:"), str(facts.data_dir / "logs")),
            (
                self.tr("Konfigurationsfil fra IT:"),
                str(config.path) if config.path else self.tr("ingen"),
            ),
        ):
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(label.rstrip(":"))
            shown.setWordWrap(True)
            facts_form.addRow(label, shown)

        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("Fejl"))
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Gem"))
        self.save_button.setAccessibleName(self.tr("Gem"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annullér"))
        cancel.setAccessibleName(self.tr("Annullér"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(about)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.language.setFocus()

    @staticmethod
    def _explain(
        widget: QWidget, may_change: bool, fixed: bool, it_says: str, supervisor_only: str
    ) -> None:
        widget.setEnabled(may_change and not fixed)
        if fixed:
            widget.setToolTip(it_says)
        elif not may_change:
            widget.setToolTip(supervisor_only)

    def save(self) -> None:
        """The language at once (it is the user's own); the idle lock on the store's
        worker, closing when it is kept — an error keeps the dialog and what was set."""
        lang = str(self.language.currentData())
        if lang != self._facts.language:
            remember_language(lang, self._language_settings)
            self.language_changed.emit(lang)
        minutes = float(self.idle.value())
        if not self.idle.isEnabled() or minutes == round(self._facts.idle_minutes):
            self.accept()
            return
        self.save_button.setEnabled(False)
        self._runner.run(
            lambda: self._save_idle(minutes),
            lambda _none: self._saved(minutes),
            self._refused,
            owner=self,
        )

    def _saved(self, minutes: float) -> None:
        self.idle_changed.emit(minutes)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.problem.setText(failure_text(error))
        self.idle.setFocus()
