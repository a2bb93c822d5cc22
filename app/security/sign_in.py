"""Staff sign-in at a workstation: who is at the desk, in which role, at which site.

`SignInService` asks an `Authenticator` who the person is. Today that is
`LocalPasswordAuthenticator` (argon2id hashes in this workstation's store, with
lock-out); the municipality's single sign-on (OIDC) can be another
authenticator later without touching the service or the screens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from app.clock import COPENHAGEN
from app.commands.envelope import utc_now
from app.entities import Staff
from app.errors import KnownError, NotFoundError
from app.ports import UnitOfWork, UnitOfWorkFactory
from app.security.passwords import Passwords
from app.security.ports import Credential
from app.security.roles import Role, allowed, parse_role, works_at
from app.security.staff_proof import derive_key

WRONG_CREDENTIALS_MESSAGE = "Forkert brugernavn eller adgangskode."


class SignInError(KnownError):
    """Sign-in refused; the message never says whether the name or the secret was wrong."""


class AccountLockedError(SignInError):
    """Too many wrong attempts: the account waits until `until`."""

    def __init__(self, template: str, until: dt.datetime, **values: Any) -> None:
        super().__init__(template, **values)
        self.until = until


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    max_failures: int = 5
    lock_period: dt.timedelta = dt.timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class StaffSession:
    """The signed-in person. Envelopes of this desk carry `staff_id`."""

    staff_id: str
    name: str
    initials: str
    role: Role
    site_code: str  # the workstation's site: where the person works right now
    signed_in_at: dt.datetime
    # The staff key derived from what they typed (app/security/staff_proof.py): proves
    # their changes to the server. Empty for a session no secret was typed for.
    key: bytes = field(default=b"", repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Approver:
    """A second person who signed in for one decision (four eyes)."""

    staff_id: str
    name: str
    key: bytes = field(repr=False, compare=False)


class Authenticator(Protocol):
    def authenticate(self, user_name: str, secret: str) -> str:
        """The staff id of the person, or SignInError."""
        ...


def find_staff(uow: UnitOfWork, user_name: str) -> Staff | None:
    """A user name is the staff id or the initials (when no one else has them)."""
    wanted = user_name.strip().casefold()
    if not wanted:
        return None
    everyone = list(uow.reference.staff())
    by_id = [s for s in everyone if s.id.casefold() == wanted]
    by_initials = [s for s in everyone if s.initials.casefold() == wanted]
    if by_id:
        return by_id[0]
    return by_initials[0] if len(by_initials) == 1 else None


class LocalPasswordAuthenticator:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        passwords: Passwords,
        *,
        policy: LockoutPolicy | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._uow_factory = uow_factory
        self._passwords = passwords
        self._policy = policy or LockoutPolicy()
        self._clock = clock

    def authenticate(self, user_name: str, secret: str) -> str:
        now = self._clock()
        with self._uow_factory() as uow:
            uow.begin_write()  # two desks' attempts on one account are counted one by one
            staff = find_staff(uow, user_name)
            credential = uow.credentials.get(staff.id) if staff else None
            if staff is None or credential is None:
                self._passwords.burn(secret)
                raise SignInError(WRONG_CREDENTIALS_MESSAGE)
            if credential.locked_until is not None and now < credential.locked_until:
                raise self._locked(credential.locked_until)
            if self._passwords.verify(credential.secret_hash, secret):
                if self._passwords.needs_rehash(credential.secret_hash):
                    credential = replace(credential, secret_hash=self._passwords.hash(secret))
                uow.credentials.save(replace(credential, failed_count=0, locked_until=None))
                uow.commit()
                return staff.id
            failures = credential.failed_count + 1
            if failures >= self._policy.max_failures:
                until = now + self._policy.lock_period
                uow.credentials.save(replace(credential, failed_count=0, locked_until=until))
                uow.commit()
                raise self._locked(until)
            uow.credentials.save(replace(credential, failed_count=failures, locked_until=None))
            uow.commit()
        raise SignInError(WRONG_CREDENTIALS_MESSAGE)

    def _locked(self, until: dt.datetime) -> AccountLockedError:
        local = until.astimezone(COPENHAGEN)
        return AccountLockedError(
            "Kontoen er låst til kl. {time:%H:%M} efter {max_failures} forkerte forsøg.",
            until,
            time=local,
            max_failures=self._policy.max_failures,
        )


class SignInService:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        authenticator: Authenticator,
        *,
        site_code: str,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._uow_factory = uow_factory
        self._authenticator = authenticator
        self._site_code = site_code
        self._clock = clock

    def sign_in(self, user_name: str, secret: str) -> StaffSession:
        staff_id = self._authenticator.authenticate(user_name, secret)
        return self.session_for(staff_id, key=derive_key(staff_id, secret))

    def approver(self, user_name: str, secret: str, *, action: str, acting: str) -> Approver:
        """A second person signs in for one decision: who they are, with their key.

        Refused unless their role may do `action`, they work at this site, and they are
        not `acting` (the person making the change): four eyes are two people.
        """
        staff_id = self._authenticator.authenticate(user_name, secret)
        with self._uow_factory() as uow:
            staff = uow.reference.staff_member(staff_id)
        if staff is None or not allowed(staff.role, action):
            raise SignInError("Godkendelsen kræver en leder; den, der loggede ind, er ikke leder.")
        if staff.id == acting:
            raise SignInError(
                "Godkendelsen skal gives af en anden leder end den, der laver ændringen."
            )
        if not works_at(staff, self._site_code):
            raise SignInError(
                "{name} er leder i afdelingen {site_code}, ikke i {here}, og kan ikke godkende her.",
                name=staff.name,
                site_code=staff.site_code,
                here=self._site_code,
            )
        return Approver(staff.id, staff.name, derive_key(staff.id, secret))

    def session_for(self, staff_id: str, *, key: bytes = b"") -> StaffSession:
        """The session of someone already authenticated (by the authenticator, or SSO)."""
        with self._uow_factory() as uow:
            staff = uow.reference.staff_member(staff_id)
        role = parse_role(staff.role) if staff else None
        if staff is None or role is None:
            raise SignInError(
                "Medarbejderen «{staff_id}» har ingen gyldig rolle i Skranke.", staff_id=staff_id
            )
        if not works_at(staff, self._site_code):
            raise SignInError(
                "{name} arbejder i afdelingen {site_code} og kan ikke logge ind ved en skranke i {here}.",
                name=staff.name,
                site_code=staff.site_code,
                here=self._site_code,
            )
        return StaffSession(
            staff_id=staff.id,
            name=staff.name,
            initials=staff.initials,
            role=role,
            site_code=self._site_code,
            signed_in_at=self._clock(),
            key=key,
        )


def set_secret(
    uow_factory: UnitOfWorkFactory,
    passwords: Passwords,
    staff_id: str,
    secret: str,
    *,
    now: dt.datetime | None = None,
) -> None:
    """Give a staff member a new password or PIN on this workstation (and unlock)."""
    encoded = passwords.hash(secret)
    with uow_factory() as uow:
        uow.begin_write()
        if uow.reference.staff_member(staff_id) is None:
            raise NotFoundError("Medarbejderen kendes ikke.")
        uow.credentials.save(Credential(staff_id, encoded, 0, None, now or utc_now()))
        uow.commit()
