"""Expected failures, split from bugs.

Every `KnownError` carries a Danish message template for the user, the catalogue of
such texts (scripts/error_catalogue.py collects them for the translation): the template
with `{name}` placeholders and the values to put in them. `message` is the Danish text
(logs, the server, tests); `ui/failures.py` translates the template (context «Fejl»)
and then fills it in. Values that are themselves words to translate (a field's label)
are `Phrase`s; anything else is a bug.
"""

from __future__ import annotations

from typing import Any


class Phrase(str):
    """A Danish word or phrase put into a message that the desk translates as well (a
    field's label such as «Bemærkningen»). Only literal phrases are collected for the
    translation: `Phrase("…")`, or the label argument of app/commands/args.py's readers."""

    __slots__ = ()


class Alternatives(tuple[str, ...]):
    """Words to choose between, written «receptionist, rådgiver eller leder» (the desk
    translates each word and the «eller»)."""

    def __format__(self, spec: str) -> str:
        return self.joined(" eller ")

    def __str__(self) -> str:
        return self.joined(" eller ")

    def joined(self, last: str) -> str:
        words = list(self)
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + last + words[-1]


class Fragment:
    """A piece of a message with values of its own, translated as a template too:
    «Jobmøde tirsdag 08.12.2026 kl. 09:00 (Musvågevej, Lokale 1)»."""

    __slots__ = ("template", "values")

    def __init__(self, template: str, **values: Any) -> None:
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return fill(self.template, self.values)

    def __format__(self, spec: str) -> str:
        return str(self)


def fill(template: str, args: dict[str, Any]) -> str:
    """The template with its values; a template without values is the text itself."""
    return template.format(**args) if args else template


class KnownError(Exception):
    """An expected failure with a message the user can act on (a Danish template)."""

    def __init__(self, template: str, *, field: str | None = None, **args: Any) -> None:
        message = fill(template, args)
        super().__init__(message)
        self.template = template
        self.values = args
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
