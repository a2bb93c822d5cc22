"""log_advice_session: one open-advice conversation (åben rådgivning)."""

from __future__ import annotations

from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, NotFoundError
from app.jobshop.records import AdviceSession, AdviceTopic
from app.ports import UnitOfWork
from app.visitation.handler_support import citizen_of


def log_advice_session(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(
        args,
        {"session_id", "citizen_id", "topic", "minutes", "outcome", "referred_to", "ticket_id"},
    )
    session_id = a.identifier(args, "session_id")
    if uow.jobshop.advice_session(session_id) is not None:
        raise ConflictError("Samtalen er allerede registreret.")
    citizen_id = a.optional_identifier(args, "citizen_id")  # None: an anonymous question
    if citizen_id is not None:
        citizen_of(uow, citizen_id)
    ticket_id = a.optional_identifier(args, "ticket_id")
    if ticket_id is not None and uow.tickets.get(ticket_id) is None:
        raise NotFoundError("Kønummeret findes ikke.")
    session = AdviceSession(
        id=session_id,
        citizen_id=citizen_id,
        topic=a.choice(args, "topic", "Emnet", AdviceTopic),
        minutes=a.integer(args, "minutes", "Varigheden (minutter)", minimum=1, maximum=480),
        outcome=a.text(args, "outcome", "Resultatet", required=False, max_length=2000),
        referred_to=a.text(args, "referred_to", "Henvist til", required=False, max_length=200),
        ticket_id=ticket_id,
        staff_id=cmd.staff_id,
        site_code=cmd.site_code,
        held_at=cmd.issued_at_dt,
    )
    uow.jobshop.add_advice_session(session)
    return {"session_id": session.id}
