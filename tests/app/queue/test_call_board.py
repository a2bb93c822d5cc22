"""The waiting room's board lists the last six calls, newest first, served ones included."""

from __future__ import annotations

from dataclasses import replace

from app.entities import TicketStatus
from app.queue.call_board import recent_calls
from tests.app.queue.test_figures import at, ticket


def test_the_last_six_calls_newest_first_whatever_happened_after_the_call() -> None:
    done = [
        ticket(n, TicketStatus.DONE, -60, -50 + n, -49 + n, -45 + n, counter=n) for n in (1, 2, 3)
    ]
    missed = ticket(4, TicketStatus.NO_SHOW, -40, -30, counter=2)
    serving = ticket(5, TicketStatus.SERVING, -30, -20, -19, counter=1)
    called = [ticket(n, TicketStatus.CALLED, -20, n - 20, counter=3) for n in (6, 7)]
    waiting = ticket(8, TicketStatus.WAITING, -5)
    sent_back = replace(
        ticket(9, TicketStatus.CALLED, -25, -2, counter=4), status=TicketStatus.WAITING
    )
    board = recent_calls([*done, missed, serving, *called, waiting, sent_back])
    assert [t.number for t in board] == ["J1-007", "J1-006", "J1-005", "J1-004", "J1-003", "J1-002"]


def test_a_recalled_number_moves_back_to_the_top() -> None:
    first = ticket(1, TicketStatus.CALLED, -30, -20, counter=1)
    second = ticket(2, TicketStatus.CALLED, -25, -10, counter=2)
    recalled = replace(first, called_at=at(-1))
    assert [t.number for t in recent_calls([first, second])] == ["J1-002", "J1-001"]
    assert [t.number for t in recent_calls([recalled, second])] == ["J1-001", "J1-002"]
