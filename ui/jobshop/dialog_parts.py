"""The parts every job-shop dialog has: a Danish error line, OK/Annullér buttons, and what
a failed save shows — and what a job-shop page's message line shows when an action fails."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from app.errors import KnownError

log = logging.getLogger(__name__)


def error_label(accessible_name: str) -> QLabel:
    """Where a refusal is shown (in the theme's error style); the input stays as typed."""
    label = QLabel()
    label.setAccessibleName(accessible_name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    return label


def ok_cancel(
    dialog: QDialog, on_ok: Callable[[], None], ok_name: str, ok_text: str | None = None
) -> tuple[QDialogButtonBox, QPushButton]:
    """Enter runs `on_ok` (which closes the dialog itself when it succeeds), Esc cancels."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text is not None:
        ok.setText(ok_text)
    ok.setAccessibleName(ok_name)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("DialogParts", "Annullér (Esc)"))
    cancel.setAccessibleName(QCoreApplication.translate("DialogParts", "Annullér"))
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def show_failure(
    label: QLabel, ok: QPushButton, error: BaseException, doing: str
) -> KnownError | None:
    """A save that failed: OK works again and the error line says why; the input stays.
    Returns the domain's refusal (its `field` tells which input to focus), or None for an
    unexpected error, which is logged (`doing`: what the dialog was saving, for the log)."""
    ok.setEnabled(True)
    return _explain(
        label,
        error,
        doing,
        QT_TRANSLATE_NOOP(
            "DialogParts", "Der skete en uventet fejl. Det indtastede er bevaret – prøv igen."
        ),
    )


def show_error(label: QLabel, error: BaseException, doing: str) -> KnownError | None:
    """A page's action or load that failed: its message line says why (the domain's
    refusal, or — logged, `doing` says where — one translated line for anything else)."""
    return _explain(
        label,
        error,
        doing,
        QT_TRANSLATE_NOOP("DialogParts", "Der skete en uventet fejl. Prøv igen."),
    )


def _explain(
    label: QLabel, error: BaseException, doing: str, unexpected: object
) -> KnownError | None:
    """`unexpected`: a text marked for lupdate in the DialogParts context."""
    if isinstance(error, KnownError):
        label.setText(error.message)
        return error
    log.error("unexpected error while %s", doing, exc_info=error)
    label.setText(QCoreApplication.translate("DialogParts", str(unexpected)))
    return None
