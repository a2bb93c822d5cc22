"""What a failed action shows on a job-shop page or dialog (ui/jobshop/dialog_parts.py)."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.errors import ValidationError
from ui.jobshop.dialog_parts import show_error, show_failure


def test_a_refusal_is_shown_in_the_domains_words_and_handed_back(qtbot: QtBot) -> None:
    label = QLabel()
    refusal = ValidationError("Titlen mangler.", field="title")
    assert show_error(label, refusal, "testing") is refusal
    assert label.text() == "Titlen mangler."


@pytest.mark.expect_error_log(logger="ui.jobshop.dialog_parts", match="^unexpected error while")
def test_an_unexpected_error_is_logged_and_shown_as_one_danish_line(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    label, ok = QLabel(), QPushButton()
    ok.setEnabled(False)
    with caplog.at_level(logging.ERROR):
        assert show_error(label, RuntimeError("disk"), "loading the page") is None
        assert label.text() == "Der skete en uventet fejl. Prøv igen."
        assert show_failure(label, ok, RuntimeError("disk"), "saving a company") is None
    assert label.text() == "Der skete en uventet fejl. Det indtastede er bevaret – prøv igen."
    assert ok.isEnabled()  # the user can try again
    assert [r.getMessage() for r in caplog.records] == [
        "unexpected error while loading the page",
        "unexpected error while saving a company",
    ]
