"""Reading a command's arguments: every field checked, each failure named in Danish."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from app.errors import ValidationError

E = TypeVar("E", bound=Enum)


def text(
    args: Mapping[str, Any], key: str, label: str, *, required: bool = True, max_length: int = 200
) -> str:
    value = args.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{label} skal være tekst.", field=key)
    value = " ".join(value.split())
    if required and not value:
        raise ValidationError(f"{label} skal udfyldes.", field=key)
    if len(value) > max_length:
        raise ValidationError(f"{label} er for lang (højst {max_length} tegn).", field=key)
    return value


def identifier(args: Mapping[str, Any], key: str) -> str:
    value = args.get(key)
    try:
        return str(uuid.UUID(str(value)))
    except (ValueError, TypeError):
        raise ValidationError(f"Feltet «{key}» skal være et gyldigt id.", field=key) from None


def integer(
    args: Mapping[str, Any], key: str, label: str, *, minimum: int = 0, maximum: int = 10**9
) -> int:
    value = args.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(f"{label} skal være et helt tal.", field=key)
    if not minimum <= value <= maximum:
        raise ValidationError(f"{label} skal ligge mellem {minimum} og {maximum}.", field=key)
    return value


def date(args: Mapping[str, Any], key: str, label: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(args.get(key)))
    except ValueError:
        raise ValidationError(f"{label} skal være en dato (ÅÅÅÅ-MM-DD).", field=key) from None


def moment(args: Mapping[str, Any], key: str, label: str) -> dt.datetime:
    """An ISO time with its zone, returned in UTC."""
    try:
        value = dt.datetime.fromisoformat(str(args.get(key)))
    except ValueError:
        raise ValidationError(f"{label} skal være et tidspunkt.", field=key) from None
    if value.tzinfo is None:
        raise ValidationError(f"{label} skal have en tidszone.", field=key)
    return value.astimezone(dt.UTC)


def optional_identifier(args: Mapping[str, Any], key: str) -> str | None:
    return identifier(args, key) if args.get(key) not in (None, "") else None


def choice(args: Mapping[str, Any], key: str, label: str, kind: type[E]) -> E:
    value = args.get(key)
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(f"{label} «{value}» kendes ikke.", field=key) from None


def reject_unknown(args: Mapping[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(args) - allowed)
    if unknown:
        raise ValidationError(f"Ukendte felter i kommandoen: {', '.join(unknown)}.")
