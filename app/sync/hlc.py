"""A hybrid logical clock: wall time in milliseconds plus a counter, never going backwards.

Stamps sort as text. A workstation ticks it for every command it makes and
merges the server's stamp from every reply, so causally later commands carry
larger stamps even when the machine's clock is wrong.

A stamp is exactly 13 digits of milliseconds, a dot and 5 digits of counter
(`format_hlc`). Neither side adopts a stamp that is malformed or more than
`MAX_AHEAD_MS` ahead of its own wall clock: one such stamp, merged and then
ticked, would otherwise carry every later stamp of that clock with it (past the
width the other side accepts, or days ahead of every honest clock), and a desk
could never push again. The server clamps such a stamp at the door
(`clamped`); the desk ignores one it pulls (`merge`) and forgets one its own
store already holds (`tick`).
"""

from __future__ import annotations

import re
import time

_WIDTH_MS = 13
_WIDTH_COUNTER = 5
_MAX_MS = 10**_WIDTH_MS - 1
_MAX_COUNTER = 10**_WIDTH_COUNTER - 1
_STAMP = re.compile(rf"[0-9]{{{_WIDTH_MS}}}\.[0-9]{{{_WIDTH_COUNTER}}}", re.ASCII)
MAX_AHEAD_MS = 5 * 60 * 1000  # how far ahead of a clock a stamp it accepts may be
ZERO = f"{0:0{_WIDTH_MS}d}.{0:0{_WIDTH_COUNTER}d}"


def format_hlc(ms: int, counter: int) -> str:
    return f"{ms:0{_WIDTH_MS}d}.{counter:0{_WIDTH_COUNTER}d}"


def well_formed(stamp: str) -> bool:
    return _STAMP.fullmatch(stamp) is not None


def parse_hlc(stamp: str | None) -> tuple[int, int]:
    """Milliseconds and counter; (0, 0) for an empty or malformed stamp."""
    if not stamp or not well_formed(stamp):
        return (0, 0)
    ms, counter = stamp.split(".", 1)
    return (int(ms), int(counter))


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def usable(stamp: str | None, wall_ms: int | None = None) -> str | None:
    """The stamp if a clock reading `wall_ms` may adopt it, else None."""
    if not stamp or not well_formed(stamp):
        return None
    wall = now_ms() if wall_ms is None else wall_ms
    return stamp if parse_hlc(stamp)[0] <= wall + MAX_AHEAD_MS else None


def clamped(stamp: str, wall_ms: int | None = None) -> str:
    """A well-formed stamp no further ahead than `MAX_AHEAD_MS` of `wall_ms` ("" stays "")."""
    if not stamp:
        return stamp
    wall = now_ms() if wall_ms is None else wall_ms
    ceiling = format_hlc(min(wall + MAX_AHEAD_MS, _MAX_MS), 0)
    return min(stamp, ceiling)


def tick(last: str | None, wall_ms: int | None = None) -> str:
    """The stamp for a new local event after `last` (forgotten if not `usable`)."""
    wall = now_ms() if wall_ms is None else wall_ms
    last_ms, last_counter = parse_hlc(usable(last, wall))
    if wall > last_ms:
        return format_hlc(min(wall, _MAX_MS), 0)
    if last_counter >= _MAX_COUNTER:  # the counter is full: borrow the next millisecond
        return format_hlc(min(last_ms + 1, _MAX_MS), 0)
    return format_hlc(last_ms, last_counter + 1)


def merge(local: str | None, remote: str | None, wall_ms: int | None = None) -> str:
    """The larger of two stamps: what a receiver keeps after hearing from another clock.
    A stamp this clock may not adopt (`usable`) is ignored, on either side."""
    return max(usable(local, wall_ms) or ZERO, usable(remote, wall_ms) or ZERO)
