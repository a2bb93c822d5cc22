"""publish_reference_data: an administrator's dated version of one kind of reference data.

The same handler runs on the desk and, as the authority, on the server: the kind's
rules, the version number's order and the date are checked again there."""

from __future__ import annotations

from typing import Any

from app.clock import service_day
from app.commands import args as a
from app.commands.catalogue import Handlers
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, ValidationError
from app.ports import UnitOfWork
from app.reference_data.kinds import SPECS
from app.reference_data.model import Kind, ReferenceVersion, next_version
from app.reference_data.readers import context_for
from app.reference_data.validators import validate

PUBLISH = "publish_reference_data"


def publish_reference_data(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(args, {"kind", "version", "valid_from", "rows", "note"})
    kind = a.choice(args, "kind", "Slags referencedata", Kind)
    version = a.integer(args, "version", "Versionen", minimum=1)
    valid_from = a.date(args, "valid_from", "Gælder fra")
    note = a.text(args, "note", "Bemærkningen", required=False, max_length=500)
    today = service_day(cmd.issued_at_dt)
    if valid_from < today:
        raise ValidationError(
            "«Gælder fra» ({valid_from:%d.%m.%Y}) ligger før i dag ({today:%d.%m.%Y}); "
            "en version kan ikke gælde bagud.",
            valid_from=valid_from,
            today=today,
            field="valid_from",
        )
    rows = validate(kind, args.get("rows"), context_for(uow, kind))
    versions = uow.reference_versions.versions(kind)
    same = next((v for v in versions if v.version == version), None)
    if same is not None:
        if same.valid_from == valid_from and [dict(r) for r in same.rows] == [
            dict(r) for r in rows
        ]:
            return {"kind": kind.value, "version": version}  # the same version again: done
        raise ConflictError(
            "{kind} version {version} er allerede udgivet af en anden; hent den nyeste "
            "version og udgiv igen.",
            kind=SPECS[kind].label_da,
            version=version,
            field="version",
        )
    expected = next_version(versions)
    if version != expected:
        raise ConflictError(
            "{kind} skal udgives som version {expected}, ikke {version}.",
            kind=SPECS[kind].label_da,
            expected=expected,
            version=version,
            field="version",
        )
    uow.reference_versions.add(
        ReferenceVersion(
            kind,
            version,
            valid_from,
            rows,
            staff_id=cmd.staff_id,
            published_at=cmd.issued_at_dt,
            note=note,
        )
    )
    return {"kind": kind.value, "version": version, "valid_from": valid_from.isoformat()}


HANDLERS: Handlers = {(PUBLISH, 1): publish_reference_data}
