"""Staff sessions on the desk: proof to the server of who is signed in, for reads.

A read that depends on the person (a supervisor sees every site) carries a session
the server signed after the person's key answered its challenge. Sessions are kept
per person until shortly before they lapse; a refused one is dropped and asked for
again once.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypeVar

from app.security import staff_proof
from app.sync.client import SyncApi, Unauthorised

T = TypeVar("T")
LIFETIME = 12 * 60.0  # seconds a session is used; the server's last 15 minutes


@dataclass(frozen=True, slots=True)
class ProvenStaff:
    """The person signed in at this desk, with the key their secret yields."""

    staff_id: str
    key: bytes = field(repr=False)


class StaffSessions:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._kept: dict[tuple[str, str], tuple[str, float]] = {}

    async def session(self, api: SyncApi, workstation_id: str, staff: ProvenStaff) -> str:
        """A session for `staff`; Unauthorised (staff_session_invalid) when the server does
        not recognise their key."""
        return await self._session(api, workstation_id, staff)

    async def _session(self, api: SyncApi, workstation_id: str, staff: ProvenStaff) -> str:
        kept = self._kept.get((workstation_id, staff.staff_id))
        if kept is not None and kept[1] > self._clock():
            return kept[0]
        challenge = await api.staff_challenge()
        proof = staff_proof.prove(
            staff.key,
            staff_proof.SESSION,
            staff_proof.session_message(workstation_id, staff.staff_id, challenge),
        )
        token = await api.open_staff_session(staff.staff_id, challenge, proof)
        self._kept[(workstation_id, staff.staff_id)] = (token, self._clock() + LIFETIME)
        return token

    async def read(
        self,
        api: SyncApi,
        workstation_id: str,
        staff: ProvenStaff | None,
        read: Callable[[str | None], Awaitable[T]],
    ) -> T:
        """`read` with the person's session (none for nobody signed in, or no key)."""
        if staff is None or not staff.key:
            return await read(None)
        token = await self._session(api, workstation_id, staff)
        try:
            return await read(token)
        except Unauthorised as exc:
            if exc.code != "staff_session_invalid":
                raise
            self._kept.pop((workstation_id, staff.staff_id), None)
            return await read(await self._session(api, workstation_id, staff))
