"""What the user reads when something failed: one translated line.

A refusal from the domain (`KnownError`) or the server (`SyncError`) carries its own
Danish text, a file that cannot be written says which and why; anything else is a fault the user cannot act on, so it gets one line
saying that nothing typed was lost (the background runner has logged the traceback).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import KnownError
from app.sync.client import SyncError


def is_expected(error: BaseException) -> bool:
    """A refusal or a known condition (busy store, no network, a file that cannot be
    written), not a defect."""
    return isinstance(error, KnownError | SyncError | OSError)


def failure_text(error: BaseException) -> str:
    if isinstance(error, KnownError):
        return error.message
    if isinstance(error, SyncError):
        return error.message_da
    if isinstance(error, OSError):  # a file the user chose: say which and why
        return (
            QCoreApplication.translate("Failures", "Filen kunne ikke gemmes eller læses: %1 (%2)")
            .replace("%1", error.strerror or type(error).__name__)
            .replace("%2", str(error.filename or ""))
        )
    return QCoreApplication.translate(
        "Failures", "Der skete en uventet fejl. Det indtastede er bevaret – prøv igen."
    )
