"""What a failed action shows on a job-shop page or dialog (ui/jobshop/dialog_parts.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.errors import ValidationError
from ui.jobshop.dialog_parts import show_error, show_failure


def test_a_refusal_is_shown_in_the_domains_words_and_handed_back(qtbot: QtBot) -> None:
    label = QLabel()
    refusal = ValidationError("Titlen mangler.", field="title")
    assert show_error(label, refusal) is refusal
    assert label.text() == "Titlen mangler."


def test_an_unexpected_error_is_shown_as_the_desks_one_danish_line(qtbot: QtBot) -> None:
    label, ok = QLabel(), QPushButton()
    ok.setEnabled(False)
    assert show_error(label, RuntimeError("disk")) is None
    assert label.text() == "Der skete en uventet fejl. Det indtastede er bevaret – prøv igen."
    label.clear()
    assert show_failure(label, ok, RuntimeError("disk")) is None
    assert label.text() == "Der skete en uventet fejl. Det indtastede er bevaret – prøv igen."
    assert ok.isEnabled()  # the user can try again


def test_a_file_that_cannot_be_written_says_which_and_why(qtbot: QtBot) -> None:
    label = QLabel()
    show_error(label, PermissionError(13, "Permission denied", "/root/liste.csv"))
    assert (
        label.text() == "Filen kunne ikke gemmes eller læses: Permission denied (/root/liste.csv)"
    )
