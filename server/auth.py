"""Who is asking: a workstation by its bearer token, or an administrator.

A token is "<workstation id>.<secret>"; the server keeps only the SHA-256 of the
secret (a long random secret needs no slow hash) and compares in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.errors import ApiError
from server.tables import WorkstationRow


@dataclass(frozen=True, slots=True)
class Caller:
    workstation_id: str
    site_code: str
    series: int


class CallerCache:
    """Recently authenticated tokens, for a few seconds: most requests skip the database.

    A revoked workstation is refused at the latest `ttl` seconds later.
    """

    def __init__(self, ttl: float = 5.0, size: int = 10_000) -> None:
        self._ttl = ttl
        self._size = size
        self._known: dict[str, tuple[float, Caller]] = {}

    def get(self, authorization: str | None) -> Caller | None:
        hit = self._known.get(authorization or "")
        if hit is None or hit[0] < time.monotonic():
            return None
        return hit[1]

    def put(self, authorization: str | None, caller: Caller) -> None:
        if len(self._known) >= self._size:
            self._known.clear()
        self._known[authorization or ""] = (time.monotonic() + self._ttl, caller)


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
    if row is None or row.revoked_at is not None:
        hmac.compare_digest(hash_secret(secret), "0" * 64)  # same work either way
        raise _refused()
    if not hmac.compare_digest(hash_secret(secret), row.token_hash):
        raise _refused()
    return Caller(row.id, row.site_code, row.series)


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
