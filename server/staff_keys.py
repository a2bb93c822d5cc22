"""The staff keys the server checks proofs with: set by IT, read once per process.

Keys are read as one map and kept for `KEY_TTL` seconds; a proof that fails with a
kept key is checked once more against a fresh read, so a secret IT has just set
counts at once on every instance (`StaffKeys.verify`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.commands.envelope import utc_now
from app.security import staff_proof
from app.security.demo_credentials import demo_key
from local_cache.repositories import SqlReferenceData
from server.errors import ApiError
from server.tables import StaffKeyRow

KEY_TTL = 30.0


class StaffKeys:
    """Every staff member's key, as this process last read them."""

    def __init__(self, ttl: float = KEY_TTL, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._keys: dict[str, bytes] = {}
        self._read_at = float("-inf")

    def _read(self, session: Session) -> dict[str, bytes]:
        rows = session.execute(select(StaffKeyRow.staff_id, StaffKeyRow.key)).all()
        keys = {staff_id: staff_proof.decode_key(key) for staff_id, key in rows}
        with self._lock:
            self._keys, self._read_at = keys, self._clock()
        return keys

    def _current(self, session: Session) -> tuple[dict[str, bytes], bool]:
        with self._lock:
            keys, fresh = self._keys, self._clock() - self._read_at < self._ttl
        if fresh:
            return keys, False
        return self._read(session), True

    def verify(self, session: Session, staff_id: str, label: str, message: bytes, proof: str) -> bool:
        """Whether `proof` is `staff_id`'s for `message`; False when no key is set."""
        if not proof:
            return False
        keys, just_read = self._current(session)
        key = keys.get(staff_id)
        if key is not None and staff_proof.verify(key, label, message, proof):
            return True
        if just_read:
            return False
        key = self._read(session).get(staff_id)
        return key is not None and staff_proof.verify(key, label, message, proof)

    def forget(self) -> None:
        with self._lock:
            self._read_at = float("-inf")


def set_secret(session: Session, staff_id: str, secret: str) -> None:
    """Give `staff_id` the key of `secret` (IT's command; the caller commits)."""
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
    session.merge(StaffKeyRow(staff_id=staff_id, key=key, set_at=utc_now()))


def give_demo_keys(session: Session) -> list[str]:
    """FOR DEMONSTRATION ONLY (`serve --demo`): every staff member without a key gets the
    demo PIN's, as `skranke --demo` gives them the PIN on a desk. Returns whose were set."""
    have = set(session.scalars(select(StaffKeyRow.staff_id)))
    missing = [s.id for s in SqlReferenceData(session).staff() if s.id not in have]
    for staff_id in missing:
        key = staff_proof.encode_key(demo_key(staff_id))
        session.add(StaffKeyRow(staff_id=staff_id, key=key, set_at=utc_now()))
    return missing
