"""Who is at the desk right now. Empty while the desk is locked or nobody signed in.

The workstation's envelopes ask it for the acting staff member, so a change is
always recorded under the person signed in — and refused while nobody is.
"""

from __future__ import annotations

from collections.abc import Callable

from app.commands.envelope import CommandEnvelope
from app.errors import KnownError
from app.security.sign_in import StaffSession
from app.security.staff_proof import signed_by_staff


class NotSignedInError(KnownError):
    """A change was attempted while the desk is locked."""


class CurrentStaff:
    def __init__(self, session: StaffSession | None = None) -> None:
        self._session = session
        self._listeners: list[Callable[[StaffSession | None], None]] = []

    @property
    def session(self) -> StaffSession | None:
        return self._session

    def require(self) -> StaffSession:
        if self._session is None:
            raise NotSignedInError("Ingen medarbejder er logget ind. Log ind for at fortsætte.")
        return self._session

    def sign(self, envelope: CommandEnvelope) -> CommandEnvelope:
        """The store's signer: the proof of the person signed in, on their own changes."""
        session = self._session
        if session is None or not session.key or envelope.staff_id != session.staff_id:
            return envelope
        return signed_by_staff(envelope, session.key)

    def sign_in(self, session: StaffSession) -> None:
        self._session = session
        self._notify()

    def sign_out(self) -> None:
        self._session = None
        self._notify()

    def subscribe(self, listener: Callable[[StaffSession | None], None]) -> None:
        self._listeners.append(listener)

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener(self._session)
