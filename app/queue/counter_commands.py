"""set_counter_service: a supervisor opens or closes one service at one counter for today."""

from __future__ import annotations

from typing import Any

from app.clock import service_day
from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ValidationError
from app.ports import UnitOfWork
from app.queue.counter_services import CounterServiceSetting


def set_counter_service(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    a.reject_unknown(cmd.args, {"counter_number", "service_code", "open"})
    counter = a.integer(cmd.args, "counter_number", "Skranken", minimum=1, maximum=99)
    if counter not in {c.number for c in uow.reference.counters(cmd.site_code)}:
        raise ValidationError(
            "Skranke {counter} findes ikke i denne afdeling.",
            counter=counter,
            field="counter_number",
        )
    service_code = a.text(cmd.args, "service_code", "Køen", max_length=40)
    if uow.reference.service(service_code) is None:
        raise ValidationError(
            "Køen «{service_code}» kendes ikke.", service_code=service_code, field="service_code"
        )
    is_open = cmd.args.get("open")
    if not isinstance(is_open, bool):
        raise ValidationError("«open» skal være sand eller falsk.", field="open")
    day = service_day(cmd.issued_at_dt)
    uow.counter_services.put(
        CounterServiceSetting(
            site_code=cmd.site_code,
            service_day=day,
            counter_number=counter,
            service_code=service_code,
            is_open=is_open,
            changed_at=cmd.issued_at_dt,
            changed_by=cmd.staff_id,
        )
    )
    return {
        "counter_number": counter,
        "service_code": service_code,
        "open": is_open,
        "service_day": day.isoformat(),
    }
