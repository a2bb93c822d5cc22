"""Enrolment: an administrator makes a one-time code; the workstation trades it for a token.

Each workstation of a site issues tickets from its own series (its counter
number), so the server refuses a second active workstation with the same series
at a site, unless the code says it replaces the old one (which is then revoked).
A lost reply is healed by presenting the same code again (see `enrol`).
"""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.commands.envelope import utc_now
from server.auth import hash_secret, new_secret
from server.db import server_epoch
from server.errors import ApiError
from server.schemas import EnrolIn, EnrolmentCodeIn, EnrolmentCodeOut, EnrolOut
from server.tables import EnrolmentCodeRow, MutationResultRow, WorkstationRow
from shared_store.registration.repositories import SqlReferenceData
from shared_store.sync.tables import streams_for_site

CODE_LIFETIME = dt.timedelta(days=7)
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def _series_taken(session: Session, site_code: str, series: int) -> WorkstationRow | None:
    return session.scalar(
        select(WorkstationRow).where(
            WorkstationRow.site_code == site_code,
            WorkstationRow.series == series,
            WorkstationRow.revoked_at.is_(None),
        )
    )


def _series_conflict(site_code: str, series: int) -> ApiError:
    return ApiError(
        409,
        "series_taken",
        f"Skranke {series} i {site_code} har allerede en aktiv arbejdsstation; "
        "brug en erstatningskode, hvis den skal afløses.",
        f"Counter {series} at {site_code} already has an active workstation; "
        "use a replacement code to take over.",
    )


def create_code(session: Session, request: EnrolmentCodeIn) -> EnrolmentCodeOut:
    reference = SqlReferenceData(session)
    if request.counter_number not in {c.number for c in reference.counters(request.site_code)}:
        raise ApiError(
            422,
            "unknown_counter",
            f"Skranke {request.counter_number} findes ikke i afdelingen «{request.site_code}».",
            f"Counter {request.counter_number} does not exist at site {request.site_code!r}.",
        )
    if not request.replace and _series_taken(session, request.site_code, request.counter_number):
        raise _series_conflict(request.site_code, request.counter_number)
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    code = "-".join(raw[i : i + 4] for i in range(0, 12, 4))
    now = utc_now()
    session.add(
        EnrolmentCodeRow(
            code_hash=hash_secret(code),
            site_code=request.site_code,
            counter_number=request.counter_number,
            replace=request.replace,
            created_at=now,
            expires_at=now + CODE_LIFETIME,
        )
    )
    return EnrolmentCodeOut(
        code=code,
        site_code=request.site_code,
        counter_number=request.counter_number,
        expires_at=(now + CODE_LIFETIME).isoformat(),
    )


def _invalid_code() -> ApiError:
    return ApiError(
        403,
        "invalid_enrolment_code",
        "Tilmeldingskoden er ukendt, brugt eller udløbet.",
        "The enrolment code is unknown, used or expired.",
    )


def _reply_lost(code: EnrolmentCodeRow, row: WorkstationRow | None, workstation_id: str) -> bool:
    """A used code presented again by the workstation that used it, whose token has never
    been presented: the desk never got (or never kept) the reply."""
    return (
        row is not None
        and code.used_by == workstation_id
        and row.revoked_at is None
        and row.token_used_at is None
    )


def _has_pushed(session: Session, workstation_id: str) -> bool:
    found = session.scalar(
        select(MutationResultRow.mutation)
        .where(MutationResultRow.workstation_id == workstation_id)
        .limit(1)
    )
    return found is not None


def enrol(session: Session, request: EnrolIn) -> EnrolOut:
    """A token for the workstation, in one transaction (the code row locked).

    The same code and workstation id again get a fresh token in place of the first
    (its reply was lost, or the desk crashed before storing it), but only until the
    code expires and only while that first token has never been presented: a code
    seen by someone else cannot take over a workstation that is in use. A
    replacement code re-enrols a workstation the server already knows in place,
    keeping its mutation numbers (and revoking another holder of the counter).
    """
    now = utc_now()
    code = session.get(
        EnrolmentCodeRow, hash_secret(request.code.strip().upper()), with_for_update=True
    )
    if code is None or code.expires_at < now:
        raise _invalid_code()
    row = session.get(WorkstationRow, request.workstation_id, with_for_update=True)
    if code.used_at is not None and not _reply_lost(code, row, request.workstation_id):
        raise _invalid_code()
    if code.used_at is None and row is not None and not code.replace:
        raise ApiError(
            409,
            "already_enrolled",
            "Denne arbejdsstation er allerede tilmeldt; tilmeld den igen med en "
            "erstatningskode, eller som en ny arbejdsstation (nyt id).",
            "This workstation is already enrolled; enrol it again with a replacement "
            "code, or as a new workstation (a new id).",
        )
    holder = _series_taken(session, code.site_code, code.counter_number)
    if holder is not None and holder.id != request.workstation_id:
        if not code.replace:
            raise _series_conflict(code.site_code, code.counter_number)
        holder.revoked_at = now
        session.flush()
    secret = new_secret()
    # Numbers the server applied stay applied (a resend gets their stored outcomes).
    pushed = row is not None and _has_pushed(session, row.id)
    if row is None:
        row = WorkstationRow(id=request.workstation_id)
        session.add(row)
    if not pushed:
        row.last_mutation = request.first_mutation - 1
    row.site_code = code.site_code
    row.counter_number = row.series = code.counter_number
    row.token_hash = hash_secret(secret)
    row.enrolled_at = now
    row.revoked_at = row.token_used_at = None
    if code.used_at is None:
        code.used_at, code.used_by = now, request.workstation_id
    session.flush()
    return EnrolOut(
        workstation_id=request.workstation_id,
        token=f"{request.workstation_id}.{secret}",
        site_code=code.site_code,
        counter_number=code.counter_number,
        series=code.counter_number,
        server_epoch=server_epoch(session),
        streams=list(streams_for_site(code.site_code)),
    )
