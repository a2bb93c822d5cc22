"""What the waiting room's call board lists: the last numbers called, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from app.entities import Ticket, TicketStatus

# A number that was called stays on the board after it was served or missed: the citizen
# who looks up a minute late still finds their counter. One sent back to a queue waits
# for a new call, and the board would point to a counter that no longer expects it.
ON_THE_BOARD = frozenset(
    {TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.DONE, TicketStatus.NO_SHOW}
)


def recent_calls(tickets: Sequence[Ticket], limit: int = 6) -> list[Ticket]:
    """The `limit` latest calls by the time of their (latest) call: a recall moves a
    number back to the top."""
    called = [
        t
        for t in tickets
        if t.status in ON_THE_BOARD and t.called_at is not None and t.counter_number
    ]
    return sorted(called, key=lambda t: t.called_at or t.issued_at, reverse=True)[:limit]
