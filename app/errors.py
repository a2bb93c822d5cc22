"""Expected failures, split from bugs.

Every `KnownError` carries a Danish message meant for the user; `ui/` shows it
as it is (through its translation table), anything else is a bug.
"""

from __future__ import annotations


class KnownError(Exception):
    """An expected failure with a message the user can act on (Danish)."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(KnownError):
    """Input that breaks a rule: wrong CPR, missing name, unknown service …"""


class NotFoundError(KnownError):
    """Something the command refers to does not exist."""


class ConflictError(KnownError):
    """The command collides with data that already exists (e.g. a CPR registered twice)."""


class UnknownCommandError(ValidationError):
    """A command name/version this build does not know."""


class TicketNumberTakenError(ConflictError):
    """The ticket number was handed out already today at this site."""


STORE_BUSY_MESSAGE = (
    "Databasen på arbejdsstationen er optaget lige nu (synkronisering). "
    "Prøv igen om et øjeblik — det indtastede er bevaret."
)


class StoreBusyError(KnownError):
    """The workstation's store stayed locked by another writer for too long (or is held
    by another program). Nothing was written: the same action can be tried again."""
