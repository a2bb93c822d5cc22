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
import functools
import re
from string import Formatter
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.errors import Alternatives, Fragment, KnownError, Phrase
from app.sync.errors import SyncError  # not the client: the sign-in page needs no HTTP stack
from ui.formats import format_date, format_datetime, format_time
from ui.i18n import current_language


def is_expected(error: BaseException) -> bool:
    """A refusal or a known condition (busy store, no network, a file that cannot be
    written), not a defect."""
    return isinstance(error, KnownError | SyncError | OSError)


def failure_text(error: BaseException) -> str:
    if isinstance(error, KnownError):
        return known_text(error)
    if isinstance(error, SyncError):
        return danish_text(error.message_da)
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
    return _translated(error.template, error.values, error.message)


def _translated(template: str, values: dict[str, Any], danish: str) -> str:
    translated = QCoreApplication.translate("Fejl", template)
    if not values:
        return translated
    try:
        return translated.format(**{key: _shown(value) for key, value in values.items()})
    except (KeyError, IndexError, ValueError):
        return danish


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
    if isinstance(value, KnownError | Fragment):  # a refusal or a piece with its own values
        return _translated(value.template, value.values, str(value))
    if isinstance(value, Phrase):
        return QCoreApplication.translate("Fejl", value)
    if isinstance(value, Alternatives):  # «receptionist, rådgiver eller leder»
        words = Alternatives(QCoreApplication.translate("Fejl", word) for word in value)
        return words.joined(QCoreApplication.translate("Fejl", " eller "))
    if isinstance(value, dt.date):
        return _Moment(value)
    return value


def danish_text(text: str) -> str:
    """A Danish message that arrives as finished text (the server's reason for refusing
    a change, the sync client's status) in the desk's language: the catalogue's
    translation of the text itself, or of the catalogue template it was filled from
    (the values, kept as they came, translated when they are catalogue words); the
    Danish text when neither is known."""
    translated = QCoreApplication.translate("Fejl", text)
    if translated != text or current_language() == "da":
        return translated
    best: tuple[int, str, dict[str, str]] | None = None
    for template, pattern, literal in _patterns():
        found = pattern.fullmatch(text)
        if found is not None and (best is None or literal > best[0]):
            best = (literal, template, found.groupdict())
    if best is None:
        return text
    _, template, values = best
    english = QCoreApplication.translate("Fejl", template)
    parts = []
    for literal_text, name, _spec, _conversion in Formatter().parse(english):
        parts.append(literal_text)
        if name is not None:
            if _group(name) not in values:
                return text  # the translation names a value the template does not have
            parts.append(QCoreApplication.translate("Fejl", values[_group(name)]))
    return "".join(parts)


def _group(name: str) -> str:
    return "v_" + re.sub(r"\W", "_", name)


@functools.cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], int], ...]:
    """(template, a pattern matching the texts filled from it, its literal length)."""
    from ui._error_catalogue_tr import MESSAGES

    patterns: list[tuple[str, re.Pattern[str], int]] = []
    for marked in MESSAGES:
        template = str(marked)
        pieces: list[str] = []
        names: set[str] = set()
        literal = 0
        try:
            parsed = list(Formatter().parse(template))
        except ValueError:
            continue
        if all(name is None for _, name, _, _ in parsed):
            continue  # no values: the text itself is in the catalogue
        for literal_text, name, _spec, _conversion in parsed:
            pieces.append(re.escape(literal_text))
            literal += len(literal_text)
            if name is not None:
                group = _group(name)
                pieces.append(f"(?P={group})" if group in names else f"(?P<{group}>.+?)")
                names.add(group)
        patterns.append((template, re.compile("".join(pieces), re.DOTALL), literal))
    return tuple(patterns)
