"""Who is asking: a workstation by its bearer token, or an administrator.

A token is "<workstation id>.<secret>"; the server keeps only the SHA-256 of the
secret (a long random secret needs no slow hash) and compares in constant time.
An administrator can revoke a workstation (`revoke_workstation`); its token is
then refused with a reason of its own, so the workstation can tell its user.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.commands.envelope import utc_now
from server.errors import ApiError
from server.tables import WorkstationRow


@dataclass(frozen=True, slots=True)
class Caller:
    workstation_id: str
    site_code: str
    series: int
    token_hash: str  # as stored when the token was checked: a later re-check compares it
    first_use: bool = False  # the token had never been presented before (`mark_first_use`)


class CallerCache:
    """Recently authenticated tokens, for a few seconds: most requests skip the database.

    The instance that revokes a workstation forgets it at once (`forget`); other
    server instances on the same database, and a revocation made with the CLI,
    refuse it at the latest `ttl` seconds later — push and pull at once, as they
    check the token again in their own transaction (`still_valid`).
    """

    def __init__(self, ttl: float = 5.0, size: int = 10_000) -> None:
        self._ttl = ttl
        self._size = size
        self._known: dict[str, tuple[float, Caller]] = {}

    def get(self, authorization: str | None, *, stale_ok: bool = False) -> Caller | None:
        """A caller checked within `ttl` seconds; with `stale_ok` one checked at any time,
        for a request that checks it again itself (`still_valid`)."""
        hit = self._known.get(authorization or "")
        if hit is None or (hit[0] < time.monotonic() and not stale_ok):
            return None
        return hit[1]

    def put(self, authorization: str | None, caller: Caller) -> None:
        if len(self._known) >= self._size:
            self._known.clear()
        self._known[authorization or ""] = (time.monotonic() + self._ttl, caller)

    def drop(self, authorization: str | None) -> None:
        self._known.pop(authorization or "", None)

    def forget(self, workstation_id: str) -> None:
        for key, (_, caller) in list(self._known.items()):
            if caller.workstation_id == workstation_id:
                self._known.pop(key, None)


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def _refused() -> ApiError:
    return ApiError(
        401,
        "unauthorised",
        "Arbejdsstationen er ikke tilmeldt serveren, eller dens nøgle er ugyldig.",
        "The workstation is not enrolled, or its token is invalid.",
    )


def _revoked() -> ApiError:
    return ApiError(
        401,
        "workstation_revoked",
        "Arbejdsstationen er spærret af en administrator (eller afløst af en ny ved samme "
        "skranke). Ændringerne her er gemt, men sendes ikke; kontakt en administrator.",
        "The workstation was revoked by an administrator (or replaced by a new one at the "
        "same counter). Its changes are kept locally but not sent; contact an administrator.",
    )


def bearer(authorization: str | None) -> str:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise _refused()
    return authorization[7:].strip()


def authenticate(session: Session, authorization: str | None) -> Caller:
    token = bearer(authorization)
    ws_id, _, secret = token.partition(".")
    if not ws_id or not secret or len(token) > 200:
        raise _refused()
    row = session.scalar(select(WorkstationRow).where(WorkstationRow.id == ws_id))
    if row is None:
        hmac.compare_digest(hash_secret(secret), "0" * 64)  # same work either way
        raise _refused()
    if not hmac.compare_digest(hash_secret(secret), row.token_hash):
        raise _refused()
    if row.revoked_at is not None:  # only the token's holder learns that it was revoked
        raise _revoked()
    return Caller(row.id, row.site_code, row.series, row.token_hash, row.token_used_at is None)


def mark_first_use(session: Session, caller: Caller) -> None:
    """Remember that this token has been presented: from now on the enrolment code that
    gave it can no longer be presented again for a fresh token (`enrolment.enrol`).
    A token replaced in the meantime is left alone (its hash no longer matches)."""
    session.execute(
        update(WorkstationRow)
        .where(
            WorkstationRow.id == caller.workstation_id,
            WorkstationRow.token_hash == caller.token_hash,
            WorkstationRow.token_used_at.is_(None),
        )
        .values(token_used_at=utc_now())
    )


def still_valid(token_hash: str, revoked_at: dt.datetime | None, caller: Caller) -> None:
    """The check of `authenticate` again, on the workstation row a request reads anyway:
    a token replaced or revoked since the caller was cached is refused here at once."""
    if not hmac.compare_digest(token_hash, caller.token_hash):
        raise _refused()
    if revoked_at is not None:
        raise _revoked()


def revoke_workstation(session: Session, workstation_id: str) -> WorkstationRow:
    """Set `revoked_at` (kept if already set); the caller commits and forgets cached callers."""
    row = session.get(WorkstationRow, workstation_id)
    if row is None:
        raise ApiError(
            404,
            "unknown_workstation",
            f"Arbejdsstationen «{workstation_id}» er ikke tilmeldt denne server.",
            f"Workstation {workstation_id!r} is not enrolled on this server.",
        )
    if row.revoked_at is None:
        row.revoked_at = utc_now()
        session.flush()
    return row


def check_admin(expected: str | None, authorization: str | None) -> None:
    if not expected:
        raise ApiError(
            403,
            "admin_disabled",
            "Administration over HTTP er slået fra på denne server.",
            "Administration over HTTP is disabled on this server.",
        )
    if not hmac.compare_digest(bearer(authorization).encode(), expected.encode()):
        raise ApiError(
            401,
            "unauthorised",
            "Administratornøglen er ugyldig.",
            "The administrator token is invalid.",
        )
