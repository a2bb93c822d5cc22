"""Transfer: to another queue (v1), or to a queue reserved for one counter or one staff
member (v2). Both keep the original arrival unless told otherwise, so a transferred
citizen does not start queueing again.

v1 keeps its meaning for old outboxes: "to this queue, for anyone there" — which now
also clears a reservation an earlier v2 transfer made.
"""

from __future__ import annotations

from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ValidationError
from app.ports import UnitOfWork
from app.queue.commands import _move, _ticket
from app.queue.lifecycle import QueueAction


def _service(uow: UnitOfWork, cmd: CommandEnvelope) -> str:
    service_code = a.text(cmd.args, "service_code", "Køen", max_length=40)
    if uow.reference.service(service_code) is None:
        raise ValidationError(
            "Køen «{service_code}» kendes ikke.", service_code=service_code, field="service_code"
        )
    return service_code


def _keep_arrival(cmd: CommandEnvelope) -> bool:
    keep = cmd.args.get("keep_arrival", True)
    if not isinstance(keep, bool):
        raise ValidationError("«keep_arrival» skal være sand eller falsk.")
    return keep


def _transfer(
    uow: UnitOfWork,
    cmd: CommandEnvelope,
    service_code: str,
    target_counter: int | None,
    target_staff: str | None,
) -> dict[str, Any]:
    ticket = _ticket(uow, cmd)
    queued_at = ticket.arrival if _keep_arrival(cmd) else cmd.issued_at_dt
    result = _move(
        uow,
        cmd,
        QueueAction.TRANSFER,
        service_code=service_code,
        queued_at=queued_at,
        counter_number=None,
        called_at=None,
        first_called_at=None,  # the wait in the new queue ends at its first call there
        called_by=None,
        recall_count=0,
        serving_at=None,
        target_counter=target_counter,
        target_staff=target_staff,
    )
    return {**result, "target_counter": target_counter, "target_staff": target_staff}


def transfer_ticket(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """To another service's queue; keeps the original arrival unless `keep_arrival` is false."""
    a.reject_unknown(cmd.args, {"ticket_id", "service_code", "keep_arrival"})
    return _transfer(uow, cmd, _service(uow, cmd), None, None)


def transfer_ticket_v2(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """As v1, and optionally reserved: `to_counter` (its number at this site) or `to_staff`
    (a staff member of this site, at whatever counter they sit). Only that counter or
    person calls it next; it keeps its place by arrival among their queues."""
    a.reject_unknown(
        cmd.args, {"ticket_id", "service_code", "keep_arrival", "to_counter", "to_staff"}
    )
    service_code = _service(uow, cmd)
    to_counter = cmd.args.get("to_counter")
    to_staff = cmd.args.get("to_staff")
    if to_counter is not None and to_staff is not None:
        raise ValidationError("Overfør til en skranke eller til en medarbejder, ikke begge.")
    if to_counter is not None:
        number = a.integer(cmd.args, "to_counter", "Skranken", minimum=1, maximum=99)
        if number not in {c.number for c in uow.reference.counters(cmd.site_code)}:
            raise ValidationError(
                "Skranke {number} findes ikke i denne afdeling.", number=number, field="to_counter"
            )
        return _transfer(uow, cmd, service_code, number, None)
    if to_staff is not None:
        staff_id = a.text(cmd.args, "to_staff", "Medarbejderen", max_length=40)
        member = uow.reference.staff_member(staff_id)
        if member is None or member.site_code != cmd.site_code:
            raise ValidationError(
                "Medarbejderen «{staff_id}» arbejder ikke i denne afdeling.",
                staff_id=staff_id,
                field="to_staff",
            )
        return _transfer(uow, cmd, service_code, None, member.id)
    return _transfer(uow, cmd, service_code, None, None)
