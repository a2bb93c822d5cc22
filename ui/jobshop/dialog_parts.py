"""The parts every job-shop dialog has: a Danish error line, OK/Annullér buttons, and what
a failed save shows — and what a job-shop page's message line shows when an action fails."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from app.errors import KnownError
from ui.failures import failure_text


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


def show_failure(label: QLabel, ok: QPushButton, error: BaseException) -> KnownError | None:
    """A save that failed: OK works again and the error line says why; the input stays.
    Returns the domain's refusal (its `field` tells which input to focus), or None for an
    unexpected error (the background runner has logged it)."""
    ok.setEnabled(True)
    return show_error(label, error)


def show_error(label: QLabel, error: BaseException) -> KnownError | None:
    """A page's action or load that failed: its message line says why, in the desk's one
    wording for failures (ui/failures.py)."""
    label.setText(failure_text(error))
    return error if isinstance(error, KnownError) else None
