"""The rules for every field the server stores or sends on, as types for its schemas.

A request that breaks one is refused at the door (422, `invalid_request`), before
anything runs, so nothing of it can reach a database that would refuse it (a
PostgreSQL text column takes no NUL) or a desk that would be harmed by it. The
text of a command's arguments follows `app/commands/text_rules.py`, the rule the
desk's handlers apply as well: here only what cannot be stored at all (NUL, lone
surrogates, deep nesting, bad keys, non-finite numbers); the handlers reject the
rest (controls, bidi overrides) per mutation, with a reason.

Clock stamps must have the exact form of `app/sync/hlc.py`; one further ahead of
the server's clock than `hlc.MAX_AHEAD_MS` is clamped to that bound rather than
refused (a desk whose clock runs fast must not be locked out), so the server
never adopts, stores or sends it. `issued_at` is the time a command was made: an
ISO-8601 time with a zone at the door; any time back to 2000 (a desk may have been
offline for days), at most `ISSUED_AHEAD` ahead of the server's clock, or the
mutation is rejected with a reason (`issued_in_range`).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

from pydantic import AfterValidator, Field

from app.commands.text_rules import payload_problem, text_problem
from app.sync import hlc

MAX_NUMBER = 2**31 - 1  # mutation numbers and cursors live in INTEGER columns
MAX_ARGS_BYTES = 16 * 1024
ISSUED_AHEAD = dt.timedelta(days=1)
ISSUED_FIRST = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _issued_at(value: str) -> str:
    if not value.isascii() or not value.isprintable() or " " in value:
        raise ValueError("issued_at must be an ISO-8601 time in ASCII, without spaces")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError("issued_at must be an ISO-8601 time") from None
    if moment.tzinfo is None:
        raise ValueError("issued_at must carry a time zone")
    try:
        moment = moment.astimezone(dt.UTC)
    except OverflowError:
        raise ValueError("issued_at is out of range") from None
    return value


def issued_in_range(moment: dt.datetime, now: dt.datetime) -> bool:
    """Whether a command's issue time can be true. One that cannot (a desk whose clock
    was reset or runs days ahead) is rejected on its own with a reason
    (server/permissions.py) — refused at the door it would block that desk's outbox."""
    return ISSUED_FIRST <= moment <= now + ISSUED_AHEAD


def _stamp(value: str) -> str:
    if value and not hlc.well_formed(value):
        raise ValueError("hlc must be 13 digits, a dot and 5 digits (or empty)")
    return hlc.clamped(value)


def _args(value: dict[str, Any]) -> dict[str, Any]:
    problem = payload_problem(value, storable_only=True)
    if problem is not None:
        where = f" at {problem.where}" if problem.where else ""
        raise ValueError(f"args hold {problem.en}{where}")
    if len(json.dumps(value, ensure_ascii=False).encode()) > MAX_ARGS_BYTES:
        raise ValueError(f"args larger than {MAX_ARGS_BYTES} bytes")
    return value


def _printable(value: str) -> str:
    problem = text_problem(value, line_breaks=False)
    if problem is not None:
        raise ValueError(f"holds {problem.en}")
    return value


IssuedAt = Annotated[str, Field(min_length=10, max_length=40), AfterValidator(_issued_at)]
Stamp = Annotated[str, Field(max_length=19), AfterValidator(_stamp)]
Args = Annotated[dict[str, Any], AfterValidator(_args)]
SiteCode = Annotated[str, Field(pattern=r"^[\w-]{1,8}$")]
StaffId = Annotated[str, Field(pattern=r"^[\w.@-]{1,40}$")]
StreamName = Annotated[str, Field(pattern=r"^[\w:-]{1,40}$")]
Number = Annotated[int, Field(ge=1, le=MAX_NUMBER)]
Position = Annotated[int, Field(ge=0, le=MAX_NUMBER)]
Printable = Annotated[str, AfterValidator(_printable)]
