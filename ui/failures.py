"""What the user reads when something failed: one translated line.

A refusal from the domain (`KnownError`) carries a Danish template and its values
(app/errors.py): the template is translated in the context «Fejl» (the catalogue
scripts/error_catalogue.py puts into the .ts), the values that are words (`Phrase`)
too, dates and times are written as ui/formats.py writes them, and then it is filled
in. The server's and the sync client's Danish text (`SyncError`) is translated when the
catalogue knows it. A file that cannot be written says which and why; anything else is
a fault the user cannot act on, so it gets one line saying that nothing typed was lost
(the background runner has logged the traceback).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import Alternatives, KnownError, Phrase
from app.sync.errors import SyncError  # not the client: the sign-in page needs no HTTP stack
from ui.formats import format_date, format_datetime, format_time


def is_expected(error: BaseException) -> bool:
    """A refusal or a known condition (busy store, no network, a file that cannot be
    written), not a defect."""
    return isinstance(error, KnownError | SyncError | OSError)


def failure_text(error: BaseException) -> str:
    if isinstance(error, KnownError):
        return known_text(error)
    if isinstance(error, SyncError):
        return QCoreApplication.translate("Fejl", error.message_da)
    if isinstance(error, OSError):  # a file the user chose: say which and why
        return (
            QCoreApplication.translate("Failures", "Filen kunne ikke gemmes eller læses: %1 (%2)")
            .replace("%1", error.strerror or type(error).__name__)
            .replace("%2", str(error.filename or ""))
        )
    return QCoreApplication.translate(
        "Failures", "Der skete en uventet fejl. Det indtastede er bevaret – prøv igen."
    )


def known_text(error: KnownError) -> str:
    """The refusal in the desk's language; the Danish message if the translation
    does not fit its values (a placeholder the template does not have)."""
    template = QCoreApplication.translate("Fejl", error.template)
    if not error.values:
        return template
    try:
        return template.format(**{key: _shown(value) for key, value in error.values.items()})
    except (KeyError, IndexError, ValueError):
        return error.message


class _Moment:
    """A date or time in a template: written by ui/formats.py whatever the template's
    own format (a Danish «{day:%d.%m.%Y}» becomes 05/12/2026 in English)."""

    def __init__(self, value: dt.date) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        value = self.value
        has_day, has_time = "%d" in spec or not spec, "%H" in spec or not spec
        if not isinstance(value, dt.datetime) or not has_time:
            return format_date(value)
        if not has_day:
            return format_time(value, seconds="%S" in spec)
        return format_datetime(value, seconds="%S" in spec)


def _shown(value: Any) -> Any:
    if isinstance(value, KnownError):  # a refusal inside another one
        return known_text(value)
    if isinstance(value, Phrase):
        return QCoreApplication.translate("Fejl", value)
    if isinstance(value, Alternatives):  # «receptionist, rådgiver eller leder»
        words = Alternatives(QCoreApplication.translate("Fejl", word) for word in value)
        return words.joined(QCoreApplication.translate("Fejl", " eller "))
    if isinstance(value, dt.date):
        return _Moment(value)
    return value
