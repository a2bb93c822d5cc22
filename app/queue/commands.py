"""Queue commands. "Call next" is decided on the workstation and sent as "call ticket X at
counter C", so the server re-runs exactly that and the first call to reach it wins.
Transfers are in transfer_commands.py, a counter's services in counter_commands.py."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from app.clock import service_day
from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.entities import Ticket, TicketStatus
from app.errors import ConflictError, NotFoundError, ValidationError
from app.ports import UnitOfWork
from app.queue.callbacks import is_callback
from app.queue.lifecycle import QueueAction, next_status

MAX_RECALLS = 3  # after this many recalls the counter marks a no-show
# A no-show pressed by mistake can be taken back this long after (the citizen was there).
UNDO_NO_SHOW_WINDOW = dt.timedelta(seconds=30)


def _ticket(uow: UnitOfWork, cmd: CommandEnvelope) -> Ticket:
    ticket = uow.tickets.get_for_update(a.identifier(cmd.args, "ticket_id"))
    if ticket is None:
        raise NotFoundError("Billetten findes ikke.")
    if ticket.site_code != cmd.site_code:
        raise ValidationError("Billet {number} hører til en anden afdeling.", number=ticket.number)
    return ticket


def _move(
    uow: UnitOfWork, cmd: CommandEnvelope, action: QueueAction, **changes: Any
) -> dict[str, Any]:
    ticket = _ticket(uow, cmd)
    status = next_status(ticket.number, ticket.status, action)
    uow.tickets.save(dataclasses.replace(ticket, status=status, **changes))
    return {"ticket_id": ticket.id, "number": ticket.number, "status": status.value}


def _refuse_a_second_counter(uow: UnitOfWork, cmd: CommandEnvelope, counter: int) -> None:
    """One person, one counter: a staff member still holding a citizen at another counter
    must finish, transfer or park that one first (otherwise the statistics and the
    waiting-room display would place them at two counters at once)."""
    busy = uow.tickets.in_queue(
        cmd.site_code,
        service_day(cmd.issued_at_dt),
        [TicketStatus.CALLED.value, TicketStatus.SERVING.value],
    )
    for held in busy:
        if held.called_by == cmd.staff_id and held.counter_number not in (None, counter):
            raise StaffBusyElsewhereError(
                "Du har stadig billet {number} ved skranke {counter_number}. Afslut, overfør eller parkér den, før du kalder ved skranke {counter}.",
                number=held.number,
                counter_number=held.counter_number,
                counter=counter,
            )


class StaffBusyElsewhereError(ConflictError):
    """The staff member is still serving (or has called) someone at another counter."""


class CounterBusyError(ConflictError):
    """The counter already holds a called or served citizen."""


def held_at_counter(
    uow: UnitOfWork, cmd: CommandEnvelope, counter: int, *, besides: str
) -> Ticket | None:
    """The ticket (other than `besides`) called or served at this counter today, if any."""
    busy = uow.tickets.in_queue(
        cmd.site_code,
        service_day(cmd.issued_at_dt),
        [TicketStatus.CALLED.value, TicketStatus.SERVING.value],
    )
    return next((t for t in busy if t.counter_number == counter and t.id != besides), None)


def refuse_a_second_citizen(uow: UnitOfWork, cmd: CommandEnvelope, counter: int) -> None:
    """One counter, one citizen: the rule lives in the command, so two calls pressed a
    moment apart (or made at two desks of one counter) are refused here and again on the
    server, whatever order they arrive in."""
    held = held_at_counter(uow, cmd, counter, besides=a.identifier(cmd.args, "ticket_id"))
    if held is not None:
        raise CounterBusyError(
            "Skranke {counter} har allerede billet {number}. Afslut, overfør eller meld den udeblevet, før du kalder den næste.",
            counter=counter,
            number=held.number,
        )


def call_ticket(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    a.reject_unknown(cmd.args, {"ticket_id", "counter_number"})
    counter = a.integer(cmd.args, "counter_number", "Skranken", minimum=1, maximum=99)
    _refuse_a_second_counter(uow, cmd, counter)
    refuse_a_second_citizen(uow, cmd, counter)
    ticket = _ticket(uow, cmd)
    # A callback rung again after no answer keeps its first ring: its wait ended there.
    again = is_callback(ticket) and ticket.first_called_at is not None
    return _move(
        uow,
        cmd,
        QueueAction.CALL,
        counter_number=counter,
        called_at=cmd.issued_at_dt,
        first_called_at=ticket.first_called_at if again else cmd.issued_at_dt,
        called_by=cmd.staff_id,
        recall_count=0,
    )


def recall_ticket(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    a.reject_unknown(cmd.args, {"ticket_id"})
    ticket = _ticket(uow, cmd)
    if ticket.recall_count >= MAX_RECALLS:
        raise ValidationError(
            "Billet {number} er kaldt {value} gange – meld den udeblevet.",
            number=ticket.number,
            value=MAX_RECALLS + 1,
        )
    return _move(
        uow,
        cmd,
        QueueAction.RECALL,
        called_at=cmd.issued_at_dt,
        recall_count=ticket.recall_count + 1,
    )


def start_serving(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    a.reject_unknown(cmd.args, {"ticket_id"})
    return _move(uow, cmd, QueueAction.START, serving_at=cmd.issued_at_dt)


def finish_ticket(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    a.reject_unknown(cmd.args, {"ticket_id"})
    return _move(uow, cmd, QueueAction.FINISH, finished_at=cmd.issued_at_dt)


def finish_ticket_v2(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """Done from called or serving: a citizen who came to the counter was being served
    from the (last) call, so the service time starts there rather than at zero."""
    a.reject_unknown(cmd.args, {"ticket_id"})
    ticket = _ticket(uow, cmd)
    status, serving_at = ticket.status, ticket.serving_at
    if status is TicketStatus.CALLED:
        status = next_status(ticket.number, status, QueueAction.START)
        serving_at = ticket.called_at
    done = next_status(ticket.number, status, QueueAction.FINISH)
    uow.tickets.save(
        dataclasses.replace(
            ticket, status=done, serving_at=serving_at, finished_at=cmd.issued_at_dt
        )
    )
    return {"ticket_id": ticket.id, "number": ticket.number, "status": done.value}


def mark_no_show(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    a.reject_unknown(cmd.args, {"ticket_id"})
    return _move(uow, cmd, QueueAction.NO_SHOW, finished_at=cmd.issued_at_dt)


def undo_no_show(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """Take a mistaken no-show back: the ticket is called again at the counter it was
    called to, if that counter has not called someone else meanwhile."""
    a.reject_unknown(cmd.args, {"ticket_id"})
    ticket = _ticket(uow, cmd)
    if (
        ticket.status is TicketStatus.NO_SHOW
        and ticket.finished_at is not None
        and cmd.issued_at_dt - ticket.finished_at > UNDO_NO_SHOW_WINDOW
    ):
        seconds = int(UNDO_NO_SHOW_WINDOW.total_seconds())
        raise ValidationError(
            "Billet {number} blev meldt udeblevet for mere end {seconds} sekunder siden og kan ikke fortrydes.",
            number=ticket.number,
            seconds=seconds,
        )
    if ticket.counter_number is not None:
        refuse_a_second_citizen(uow, cmd, ticket.counter_number)
    return _move(uow, cmd, QueueAction.UNDO_NO_SHOW, finished_at=None)


def park_ticket(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    a.reject_unknown(cmd.args, {"ticket_id"})
    return _move(uow, cmd, QueueAction.PARK, counter_number=None)


def return_ticket(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    a.reject_unknown(cmd.args, {"ticket_id"})
    return _move(uow, cmd, QueueAction.RETURN)


def cancel_ticket(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    a.reject_unknown(cmd.args, {"ticket_id"})
    return _move(uow, cmd, QueueAction.CANCEL, finished_at=cmd.issued_at_dt)
