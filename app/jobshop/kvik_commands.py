"""open_kvik_request, mark_kvik_candidate_sent, close_kvik_request, set_job_wishes.

The due time is computed from the command's own time, so the server re-running
the command reaches the same due time as the desk that took the call.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, Phrase, ValidationError
from app.jobshop.handler_support import (
    company_of,
    kvik_request_of,
    trade_area_of,
)
from app.jobshop.records import KvikCandidate, KvikRequest, KvikStatus
from app.jobshop.working_days import kvik_due
from app.ports import UnitOfWork
from app.visitation.handler_support import citizen_of

# a request's state in a sentence («Forespørgslen er allerede opfyldt.»)
_STATUS_WORD = {
    KvikStatus.OPEN: Phrase("åben"),
    KvikStatus.FULFILLED: Phrase("opfyldt"),
    KvikStatus.CANCELLED: Phrase("annulleret"),
}


def open_kvik_request(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(
        args, {"request_id", "company_id", "trade_area", "positions", "description", "due_at"}
    )
    request_id = a.identifier(args, "request_id")
    if uow.jobshop.kvik_request(request_id) is not None:
        raise ConflictError("Forespørgslen findes allerede med dette id.")
    received = cmd.issued_at_dt
    if args.get("due_at") in (None, ""):
        due = kvik_due(received, uow.jobshop.rules().closed_days)
    else:
        due = a.moment(args, "due_at", "Svarfristen")
        if due <= received:
            raise ValidationError("Svarfristen skal ligge efter modtagelsen.", field="due_at")
    request = KvikRequest(
        id=request_id,
        company_id=company_of(uow, a.identifier(args, "company_id")).id,
        trade_area=trade_area_of(uow, a.text(args, "trade_area", "Branchen", max_length=40)).code,
        positions=a.integer(args, "positions", "Antal kandidater", minimum=1, maximum=100),
        description=a.text(args, "description", "Beskrivelsen", max_length=2000),
        received_at=received,
        due_at=due,
        staff_id=cmd.staff_id,
        site_code=cmd.site_code,
    )
    uow.jobshop.add_kvik_request(request)
    return {"request_id": request.id, "due_at": due.isoformat()}


def mark_kvik_candidate_sent(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"candidate_id", "request_id", "citizen_id", "note"})
    request = kvik_request_of(uow, a.identifier(args, "request_id"))
    if request.status is not KvikStatus.OPEN:
        raise ValidationError("Forespørgslen er {status}.", status=_STATUS_WORD[request.status])
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    if any(c.citizen_id == citizen.id for c in uow.jobshop.kvik_candidates(request.id)):
        raise ConflictError(
            "{full_name} er allerede sendt til denne forespørgsel.", full_name=citizen.full_name
        )
    candidate = KvikCandidate(
        id=a.identifier(args, "candidate_id"),
        request_id=request.id,
        citizen_id=citizen.id,
        sent_at=cmd.issued_at_dt,
        staff_id=cmd.staff_id,
        site_code=cmd.site_code,
        note=a.text(args, "note", "Bemærkningen", required=False, max_length=500),
    )
    uow.jobshop.add_kvik_candidate(candidate)
    return {"candidate_id": candidate.id, "sent": len(uow.jobshop.kvik_candidates(request.id))}


def close_kvik_request(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"request_id", "status"})
    request = kvik_request_of(uow, a.identifier(args, "request_id"))
    status = a.choice(args, "status", "Status", KvikStatus)
    if status is KvikStatus.OPEN:
        raise ValidationError("Vælg opfyldt eller annulleret.", field="status")
    if request.status is not KvikStatus.OPEN:
        raise ValidationError(
            "Forespørgslen er allerede {status}.", status=_STATUS_WORD[request.status]
        )
    uow.jobshop.update_kvik_request(
        replace(request, status=status, closed_at=cmd.issued_at_dt, closed_by=cmd.staff_id)
    )
    return {"request_id": request.id, "status": status.value}


def set_job_wishes(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """The trade areas a citizen wants work in: what kvikservice matches on."""
    args = cmd.args
    a.reject_unknown(args, {"citizen_id", "trade_areas"})
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    codes = args.get("trade_areas")
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise ValidationError("Brancherne skal være en liste.", field="trade_areas")
    chosen = sorted({trade_area_of(uow, code).code for code in codes})
    uow.jobshop.set_job_wishes(citizen.id, chosen)
    return {"citizen_id": citizen.id, "trade_areas": chosen}
