"""A hybrid logical clock: wall time in milliseconds plus a counter, never going backwards.

Stamps sort as text. A workstation ticks it for every command it makes and
merges the server's stamp from every reply, so causally later commands carry
larger stamps even when the machine's clock is wrong.
"""

from __future__ import annotations

import time

_WIDTH_MS = 13
_WIDTH_COUNTER = 5


def format_hlc(ms: int, counter: int) -> str:
    return f"{ms:0{_WIDTH_MS}d}.{counter:0{_WIDTH_COUNTER}d}"


def parse_hlc(stamp: str | None) -> tuple[int, int]:
    if not stamp:
        return (0, 0)
    try:
        ms, counter = stamp.split(".", 1)
        return (int(ms), int(counter))
    except ValueError:
        return (0, 0)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def tick(last: str | None, wall_ms: int | None = None) -> str:
    """The stamp for a new local event after `last`."""
    last_ms, last_counter = parse_hlc(last)
    wall = now_ms() if wall_ms is None else wall_ms
    if wall > last_ms:
        return format_hlc(wall, 0)
    return format_hlc(last_ms, last_counter + 1)


def merge(local: str | None, remote: str | None) -> str:
    """The larger of two stamps: what a receiver keeps after hearing from another clock."""
    return max(local or format_hlc(0, 0), remote or format_hlc(0, 0))
