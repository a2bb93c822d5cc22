"""start_visit: a citizen has come to the desk for a reason (service)."""

from __future__ import annotations

from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.entities import Visit
from app.errors import ConflictError, NotFoundError, ValidationError
from app.ports import UnitOfWork


def start_visit(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"visit_id", "citizen_id", "service_code", "note"})
    visit_id = a.identifier(args, "visit_id")
    citizen_id = a.identifier(args, "citizen_id")
    service_code = a.text(args, "service_code", "Henvendelsesårsagen", max_length=40)
    if uow.citizens.get(citizen_id) is None:
        raise NotFoundError("Borgeren findes ikke.")
    if uow.reference.service(service_code) is None:
        raise ValidationError(
            "Henvendelsesårsagen «{service_code}» kendes ikke.",
            service_code=service_code,
            field="service_code",
        )
    if uow.reference.site(cmd.site_code) is None:
        raise ValidationError("Afdelingen «{site_code}» kendes ikke.", site_code=cmd.site_code)
    if uow.visits.get(visit_id) is not None:
        raise ConflictError("Besøget findes allerede med dette id.")
    uow.visits.add(
        Visit(
            id=visit_id,
            citizen_id=citizen_id,
            site_code=cmd.site_code,
            service_code=service_code,
            started_at=cmd.issued_at_dt,
            workstation_id=cmd.workstation_id,
            staff_id=cmd.staff_id,
            note=a.text(args, "note", "Bemærkningen", required=False, max_length=500),
        )
    )
    return {"visit_id": visit_id}
