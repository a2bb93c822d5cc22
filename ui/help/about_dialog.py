"""Hjælp → Om Skranke: the version, Python's and Qt's versions, the data folder and the
log folder — what a supporter asks for first."""

from __future__ import annotations

import platform
import tomllib
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.help.focus_back import give_focus_back_on_close

DISTRIBUTION = "skranke"
LOG_FOLDER = "logs"  # <data folder>/logs
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def skranke_version() -> str | None:
    """The installed package's version; from a source tree's pyproject.toml when the
    package's metadata is missing (a bundle built without `copy_metadata("skranke")`)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    try:
        with PYPROJECT.open("rb") as file:
            version = tomllib.load(file)["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return None
    return str(version)


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_focus_back_on_close(self)
        self.setWindowTitle(self.tr("Om Skranke"))
        self.setAccessibleName(self.tr("Om Skranke"))
        version = skranke_version()
        heading = QLabel(self.tr("Skranke – modtagelsen i Jobcenter København"))
        heading.setProperty("role", "heading")
        intro = QLabel(self.tr("Virker også uden netværk."))
        self.version_label = self._value(version or self.tr("ukendt"), self.tr("Version"))
        self.python_label = self._value(platform.python_version(), self.tr("Python-version"))
        self.qt_label = self._value(
            self.tr("%1 (PySide6 %2)").replace("%1", qVersion()).replace("%2", PySide6.__version__),
            self.tr("Qt-version"),
        )
        unknown = self.tr("ukendt")
        self.data_label = self._value(str(data_dir) if data_dir else unknown, self.tr("Datamappe"))
        self.log_label = self._value(
            str(data_dir / LOG_FOLDER) if data_dir else unknown, self.tr("Logmappe")
        )
        form = QFormLayout()
        form.addRow(self.tr("Version:"), self.version_label)
        form.addRow(self.tr("Python:"), self.python_label)
        form.addRow(self.tr("Qt:"), self.qt_label)
        form.addRow(self.tr("Datamappe:"), self.data_label)
        form.addRow(self.tr("Logmappe:"), self.log_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def _value(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
