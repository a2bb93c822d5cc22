"""Staff sessions: who is signed in at a desk, for reads that depend on the person.

A desk that wants to read as a person (a supervisor's overview of every site, the
statistics of every site) asks for a challenge, answers it with the person's staff
key (app/security/staff_proof.py, label SESSION) and gets a session the server
signs: workstation, staff member and expiry under an HMAC of a secret every instance
shares (server_meta). The read names the person only through that session; the
role is the reference data's at the time of the read, never the desk's word.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import secrets

from sqlalchemy.orm import Session

from app.commands.envelope import utc_now
from app.entities import Staff
from app.security import staff_proof
from app.security.roles import works_at
from server.auth import Caller
from server.errors import ApiError
from server.schemas import StaffSessionIn, StaffSessionOut
from server.staff_keys import StaffKeys
from shared_store.registration.repositories import SqlReferenceData

CHALLENGE_AGE = dt.timedelta(minutes=2)
SESSION_LIFETIME = dt.timedelta(minutes=15)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _mac(secret: bytes, label: str, text: str) -> str:
    return _b64(hmac.new(secret, f"{label}\x00{text}".encode(), hashlib.sha256).digest())


def _same(expected: str, given: str) -> bool:
    """Constant-time equality of a MAC we made and one a desk sent (which may be any text:
    `hmac.compare_digest` refuses non-ASCII str, so that is a plain mismatch here)."""
    return given.isascii() and hmac.compare_digest(expected, given)


def new_challenge(secret: bytes, caller: Caller, now: dt.datetime | None = None) -> str:
    """A fresh challenge for this workstation, which the server can recognise unstored."""
    moment = int((now or utc_now()).timestamp())
    body = f"{moment}.{secrets.token_urlsafe(12)}"
    return f"{body}.{_mac(secret, 'challenge', caller.workstation_id + '|' + body)}"


def _challenge_ok(secret: bytes, caller: Caller, challenge: str, now: dt.datetime) -> bool:
    moment, _, rest = challenge.partition(".")
    nonce, _, mac = rest.partition(".")
    if not moment.isascii() or not moment.isdigit() or len(moment) > 12 or not nonce:
        return False
    body = f"{moment}.{nonce}"
    expected = _mac(secret, "challenge", caller.workstation_id + "|" + body)
    if not _same(expected, mac):
        return False
    age = now - dt.datetime.fromtimestamp(int(moment), dt.UTC)
    return dt.timedelta(seconds=-5) <= age <= CHALLENGE_AGE


def _refused(reason_da: str, reason_en: str) -> ApiError:
    return ApiError(401, "staff_session_invalid", reason_da, reason_en)


def open_session(
    session: Session,
    keys: StaffKeys,
    secret: bytes,
    caller: Caller,
    request: StaffSessionIn,
    now: dt.datetime | None = None,
) -> StaffSessionOut:
    now = now or utc_now()
    if not _challenge_ok(secret, caller, request.challenge, now):
        raise _refused(
            "Udfordringen er ukendt eller for gammel; bed om en ny.",
            "The challenge is unknown or too old; ask for a new one.",
        )
    staff = SqlReferenceData(session).staff_member(request.staff_id)
    message = staff_proof.session_message(
        caller.workstation_id, request.staff_id, request.challenge
    )
    if (
        staff is None
        or not works_at(staff, caller.site_code)
        or not keys.verify(session, staff.id, staff_proof.SESSION, message, request.proof)
    ):
        raise _refused(
            "Serveren kan ikke bekræfte, at medarbejderen er logget ind ved denne "
            "arbejdsstation (ukendt, fra en anden afdeling, eller adgangskoden er skiftet).",
            "The server cannot confirm that this staff member is signed in at this "
            "workstation (unknown, from another site, or the secret has changed).",
        )
    expires = now + SESSION_LIFETIME
    payload = _b64(
        json.dumps(
            {"ws": caller.workstation_id, "staff": staff.id, "exp": int(expires.timestamp())},
            separators=(",", ":"),
        ).encode()
    )
    return StaffSessionOut(
        session=f"{payload}.{_mac(secret, 'session', payload)}",
        staff_id=staff.id,
        role=staff.role,
        expires_at=expires.isoformat(),
    )


def session_staff(
    session: Session, secret: bytes, caller: Caller, token: str, now: dt.datetime | None = None
) -> Staff:
    """The staff member a session names, checked: signed by us, this workstation, not
    expired, and still someone who works at the workstation's site."""
    payload, _, mac = token.partition(".")
    invalid = _refused(
        "Medarbejdersessionen er ugyldig eller udløbet; log ind igen.",
        "The staff session is invalid or expired; sign in again.",
    )
    if len(token) > 1000 or not _same(_mac(secret, "session", payload), mac):
        raise invalid
    try:
        claims = json.loads(_unb64(payload))
    except (ValueError, binascii.Error):
        raise invalid from None
    if not isinstance(claims, dict) or claims.get("ws") != caller.workstation_id:
        raise invalid
    expiry = claims.get("exp")
    if not isinstance(expiry, int) or expiry < int((now or utc_now()).timestamp()):
        raise invalid
    staff = SqlReferenceData(session).staff_member(str(claims.get("staff")))
    if staff is None or not works_at(staff, caller.site_code):
        raise invalid
    return staff
