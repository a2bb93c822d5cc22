"""The staff keys the server checks proofs with: set by IT, read once per process.

Keys are read as one map and kept for `KEY_TTL` seconds; a proof that fails with a
kept key is checked once more against a fresh read, so a secret IT has just set
counts at once on every instance (`StaffKeys.verify`).

When a secret is replaced, the old key still proves changes made before the new one
was set — a desk may have been offline with them — for `OLD_KEY_GRACE`, unless IT
replaced it because it was known to others (`forget_old`): then only the new counts.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.commands.envelope import utc_now
from app.security import staff_proof
from app.security.demo_credentials import demo_key
from server.errors import ApiError
from server.tables import StaffKeyRow
from shared_store.registration.repositories import SqlReferenceData

KEY_TTL = 5.0  # as the callers cache: a replaced secret stops counting within seconds
OLD_KEY_GRACE = dt.timedelta(days=14)  # longer than any desk is expected to stay offline


@dataclass(frozen=True, slots=True)
class KnownKey:
    key: bytes
    set_at: dt.datetime
    previous: bytes | None

    def proves(self, label: str, message: bytes, proof: str, made_at: dt.datetime | None) -> bool:
        if staff_proof.verify(self.key, label, message, proof):
            return True
        return (
            self.previous is not None
            and made_at is not None
            and made_at < self.set_at
            and utc_now() < self.set_at + OLD_KEY_GRACE
            and staff_proof.verify(self.previous, label, message, proof)
        )


class StaffKeys:
    """Every staff member's key, as this process last read them."""

    def __init__(self, ttl: float = KEY_TTL, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._keys: dict[str, KnownKey] = {}
        self._read_at = float("-inf")

    def _read(self, session: Session) -> dict[str, KnownKey]:
        keys = {
            row.staff_id: KnownKey(
                staff_proof.decode_key(row.key),
                row.set_at,
                staff_proof.decode_key(row.previous_key) if row.previous_key else None,
            )
            for row in session.scalars(select(StaffKeyRow))
        }
        with self._lock:
            self._keys, self._read_at = keys, self._clock()
        return keys

    def _current(self, session: Session) -> tuple[dict[str, KnownKey], bool]:
        with self._lock:
            keys, fresh = self._keys, self._clock() - self._read_at < self._ttl
        if fresh:
            return keys, False
        return self._read(session), True

    def verify(
        self,
        session: Session,
        staff_id: str,
        label: str,
        message: bytes,
        proof: str,
        made_at: dt.datetime | None = None,
    ) -> bool:
        """Whether `proof` is `staff_id`'s for `message`, made at `made_at` (a change's
        issue time: the old key counts for changes made before it was replaced; None
        for a proof made now). False when no key is set."""
        if not proof:
            return False
        keys, just_read = self._current(session)
        known = keys.get(staff_id)
        if known is not None and known.proves(label, message, proof, made_at):
            return True
        if just_read:
            return False
        known = self._read(session).get(staff_id)
        return known is not None and known.proves(label, message, proof, made_at)

    def forget(self) -> None:
        with self._lock:
            self._read_at = float("-inf")


def set_secret(session: Session, staff_id: str, secret: str, *, forget_old: bool = False) -> None:
    """Give `staff_id` the key of `secret` (IT's command; the caller commits). The old key
    still proves changes made before now, unless `forget_old` (it was known to others)."""
    if SqlReferenceData(session).staff_member(staff_id) is None:
        raise ApiError(
            404,
            "unknown_staff",
            f"Medarbejderen «{staff_id}» kendes ikke af serveren.",
            f"Staff member {staff_id!r} is not known to the server.",
        )
    if len(secret) < 4:
        raise ApiError(
            422,
            "secret_too_short",
            "Adgangskoden eller PIN-koden skal have mindst 4 tegn.",
            "The password or PIN needs at least 4 characters.",
        )
    key = staff_proof.encode_key(staff_proof.derive_key(staff_id, secret))
    row = session.get(StaffKeyRow, staff_id)
    if row is None:
        session.add(StaffKeyRow(staff_id=staff_id, key=key, set_at=utc_now()))
        return
    row.previous_key = None if forget_old else row.key
    row.key, row.set_at = key, utc_now()


def give_demo_keys(session: Session) -> list[str]:
    """FOR DEMONSTRATION ONLY (`serve --demo`): every staff member without a key gets the
    demo PIN's, as `skranke --demo` gives them the PIN on a desk. Returns whose were set."""
    have = set(session.scalars(select(StaffKeyRow.staff_id)))
    missing = [s.id for s in SqlReferenceData(session).staff() if s.id not in have]
    for staff_id in missing:
        key = staff_proof.encode_key(demo_key(staff_id))
        session.add(StaffKeyRow(staff_id=staff_id, key=key, set_at=utc_now()))
    return missing
