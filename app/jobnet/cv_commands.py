"""approve_cv, record_cv_status: the CV on Jobnet as the job shop and Jobnet's file see it.

Both handlers decide from their arguments, the envelope and the store only, so the
server re-runs them to the same result. The server cannot see Jobnet, so it refuses
what it can check: a date after the command's own day, a report older than what is
known (a stale file), an approval of a CV not on Jobnet or already approved.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, ValidationError
from app.jobnet.records import SOURCE_DESK, SOURCE_FILE, CvStatus, CvStatusKind
from app.ports import UnitOfWork
from app.visitation.handler_support import citizen_of, day_of


def approve_cv(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"approval_id", "citizen_id"})
    a.identifier(args, "approval_id")  # the command's own id: the bus makes it idempotent
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    day = day_of(cmd)
    current = uow.jobnet.cv_status(citizen.id)
    if current is None or current.status is CvStatusKind.NONE:
        raise ValidationError("Borgeren har intet CV på Jobnet, der kan godkendes.")
    if current.status is CvStatusKind.APPROVED and current.approved_on is not None:
        raise ConflictError(
            "CV'et er allerede godkendt den {day:%d.%m.%Y}.", day=current.approved_on
        )
    uow.jobnet.save_cv_status(
        CvStatus(
            citizen_id=citizen.id,
            status=CvStatusKind.APPROVED,
            cv_date=current.cv_date,
            approved_on=day,
            approved_by=cmd.staff_id,
            source=SOURCE_DESK,
            changed_at=cmd.issued_at_dt,
            changed_by=cmd.staff_id,
        )
    )
    return {"citizen_id": citizen.id, "approved_on": day.isoformat()}


def record_cv_status(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """A status reported by Jobnet (the import); the same report twice changes nothing."""
    args = cmd.args
    a.reject_unknown(args, {"report_id", "citizen_id", "status", "status_date"})
    a.identifier(args, "report_id")
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    status = a.choice(args, "status", "CV-status", CvStatusKind)
    day = a.date(args, "status_date", "Datoen for CV-status")
    if day > day_of(cmd):
        raise ValidationError(
            "Datoen {day:%d.%m.%Y} ligger i fremtiden.", day=day, field="status_date"
        )
    current = uow.jobnet.cv_status(citizen.id)
    if current is not None and _same(current, status, day):
        return {"citizen_id": citizen.id, "changed": False}
    latest = current.latest_date if current is not None else None
    if latest is not None and day < latest:
        raise ConflictError(
            "Der er en nyere CV-status fra {latest:%d.%m.%Y}; rækken fra {day:%d.%m.%Y} "
            "er ikke brugt.",
            latest=latest,
            day=day,
        )
    uow.jobnet.save_cv_status(_reported(citizen.id, status, day, current, cmd))
    return {"citizen_id": citizen.id, "changed": True}


def _same(current: CvStatus, status: CvStatusKind, day: dt.date) -> bool:
    if current.status is not status:
        return False
    if status is CvStatusKind.APPROVED:
        return current.approved_on == day
    if status is CvStatusKind.ON_JOBNET:
        return current.cv_date == day
    return True


def _reported(
    citizen_id: str,
    status: CvStatusKind,
    day: dt.date,
    current: CvStatus | None,
    cmd: CommandEnvelope,
) -> CvStatus:
    cv_date: dt.date | None = day
    approved_on: dt.date | None = None
    if status is CvStatusKind.NONE:
        cv_date = None
    elif status is CvStatusKind.APPROVED:
        # Jobnet approved it: the CV's own date stays when known (approval came later).
        cv_date = current.cv_date if current is not None and current.cv_date else day
        approved_on = day
    # A CV put on Jobnet again after an approval needs a new approval: approved_on clears.
    return CvStatus(
        citizen_id=citizen_id,
        status=status,
        cv_date=cv_date,
        approved_on=approved_on,
        approved_by="",
        source=SOURCE_FILE,
        changed_at=cmd.issued_at_dt,
        changed_by=cmd.staff_id,
    )
