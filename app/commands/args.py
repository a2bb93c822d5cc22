"""Reading a command's arguments: every field checked, each failure named in Danish."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from app.commands.text_rules import payload_problem, shown, text_problem
from app.errors import Phrase, ValidationError

E = TypeVar("E", bound=Enum)

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.ASCII)
# Dates and times a command may name: wide enough for any birth date or plan, narrow
# enough that no arithmetic on them (a deadline, a time zone) leaves Python's range.
FIRST_YEAR, LAST_YEAR = 1900, 2200


def check_payload(args: Mapping[str, Any]) -> None:
    """Every string, key and number in the arguments may be stored (app/commands/text_rules.py):
    run for every command, before its handler, on the desk and on the server."""
    problem = payload_problem(dict(args))
    if problem is not None:
        field = re.split(r"[.\[]", problem.where, maxsplit=1)[0] or None
        if problem.where:
            raise ValidationError(
                "Kommandoen indeholder {problem} i feltet «{where}», som ikke kan gemmes.",
                problem=problem.da,
                where=problem.where,
                field=field,
            )
        raise ValidationError(
            "Kommandoen indeholder {problem}, som ikke kan gemmes.", problem=problem.da, field=field
        )


def text(
    args: Mapping[str, Any], key: str, label: str, *, required: bool = True, max_length: int = 200
) -> str:
    value = args.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError("{label} skal være tekst.", label=Phrase(label), field=key)
    problem = text_problem(value)
    if problem is not None:
        raise ValidationError(
            "{label} indeholder {problem}, som ikke må bruges.",
            label=Phrase(label),
            problem=problem.da,
            field=key,
        )
    value = " ".join(value.split())
    if required and not value:
        raise ValidationError("{label} skal udfyldes.", label=Phrase(label), field=key)
    if len(value) > max_length:
        raise ValidationError(
            "{label} er for lang (højst {max_length} tegn).",
            label=Phrase(label),
            max_length=max_length,
            field=key,
        )
    return value


def identifier(args: Mapping[str, Any], key: str) -> str:
    """A UUID in its usual form (hex digits and hyphens), returned in lower case."""
    value = args.get(key)
    if not isinstance(value, str) or not _UUID.fullmatch(value.lower()):
        raise ValidationError("Feltet «{key}» skal være et gyldigt id.", key=shown(key), field=key)
    return value.lower()


def integer(
    args: Mapping[str, Any], key: str, label: str, *, minimum: int = 0, maximum: int = 10**9
) -> int:
    value = args.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError("{label} skal være et helt tal.", label=Phrase(label), field=key)
    if not minimum <= value <= maximum:
        raise ValidationError(
            "{label} skal ligge mellem {minimum} og {maximum}.",
            label=Phrase(label),
            minimum=minimum,
            maximum=maximum,
            field=key,
        )
    return value


def _in_range(value: dt.date, label: str, key: str) -> None:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            "{label} skal ligge mellem år {first} og {last}.",
            label=Phrase(label),
            first=FIRST_YEAR,
            last=LAST_YEAR,
            field=key,
        )


def date(args: Mapping[str, Any], key: str, label: str) -> dt.date:
    value = args.get(key)
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(
            "{label} skal være en dato (ÅÅÅÅ-MM-DD).", label=Phrase(label), field=key
        ) from None
    _in_range(day, label, key)
    return day


def moment(args: Mapping[str, Any], key: str, label: str) -> dt.datetime:
    """An ISO time with its zone, returned in UTC."""
    raw = args.get(key)
    try:
        if not isinstance(raw, str):
            raise ValueError(raw)
        value = dt.datetime.fromisoformat(raw)
    except ValueError:
        raise ValidationError(
            "{label} skal være et tidspunkt.", label=Phrase(label), field=key
        ) from None
    if value.tzinfo is None:
        raise ValidationError("{label} skal have en tidszone.", label=Phrase(label), field=key)
    _in_range(value, label, key)  # a year inside the range converts without overflow
    return value.astimezone(dt.UTC)


def optional_identifier(args: Mapping[str, Any], key: str) -> str | None:
    return identifier(args, key) if args.get(key) not in (None, "") else None


def choice(args: Mapping[str, Any], key: str, label: str, kind: type[E]) -> E:
    value = args.get(key)
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(
            "{label} «{value}» kendes ikke.", label=Phrase(label), value=shown(value), field=key
        ) from None


def reject_unknown(args: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = sorted(str(k) for k in set(args) - allowed)
    if unknown:
        names = ", ".join(shown(name) for name in unknown[:5])
        raise ValidationError("Ukendte felter i kommandoen: {names}.", names=names)
