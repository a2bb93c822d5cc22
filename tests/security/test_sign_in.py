"""Staff sign-in: argon2id hashes, one message for every wrong guess, lock-out and its end."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher, Type

from app.errors import ValidationError
from app.security.passwords import Passwords
from app.security.roles import Role
from app.security.session import CurrentStaff, NotSignedInError
from app.security.sign_in import (
    AccountLockedError,
    LocalPasswordAuthenticator,
    LockoutPolicy,
    SignInError,
    SignInService,
    set_secret,
)
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.security.conftest import Clock


def service(store: LocalStore, passwords: Passwords, clock: Clock) -> SignInService:
    auth = LocalPasswordAuthenticator(
        store.unit_of_work,
        passwords,
        policy=LockoutPolicy(3, dt.timedelta(minutes=15)),
        clock=clock,
    )
    return SignInService(store.unit_of_work, auth, site_code="MUS", clock=clock)


def test_a_secret_is_stored_only_as_an_argon2id_hash(
    store: LocalStore, passwords: Passwords
) -> None:
    set_secret(store.unit_of_work, passwords, "mus-bbj", "4711")
    with store.unit_of_work() as uow:
        credential = uow.credentials.get("mus-bbj")
    assert credential is not None
    assert credential.secret_hash.startswith("$argon2id$") and "4711" not in credential.secret_hash
    assert passwords.verify(credential.secret_hash, "4711")
    assert not passwords.verify(credential.secret_hash, "4712")
    with pytest.raises(ValidationError, match="mindst 4 tegn"):
        set_secret(store.unit_of_work, passwords, "mus-bbj", "123")


def test_sign_in_by_initials_gives_the_staff_members_role_and_site(
    store: LocalStore, passwords: Passwords, clock: Clock
) -> None:
    set_secret(store.unit_of_work, passwords, "mus-ljp", "hemmelig-kode")
    session = service(store, passwords, clock).sign_in("ljp", "hemmelig-kode")
    assert (session.staff_id, session.role, session.site_code) == (
        "mus-ljp",
        Role.SUPERVISOR,
        "MUS",
    )
    assert session.signed_in_at == clock.now


def test_a_wrong_secret_and_an_unknown_name_get_the_same_message(
    store: LocalStore, passwords: Passwords, clock: Clock
) -> None:
    set_secret(store.unit_of_work, passwords, "mus-bbj", "4711")
    signer = service(store, passwords, clock)
    with pytest.raises(SignInError) as wrong:
        signer.sign_in("BBJ", "0000")
    with pytest.raises(SignInError) as unknown:
        signer.sign_in("nogen", "4711")
    assert wrong.value.message == unknown.value.message == "Forkert brugernavn eller adgangskode."


def test_repeated_failures_lock_the_account_until_the_period_is_over(
    store: LocalStore, passwords: Passwords, clock: Clock
) -> None:
    set_secret(store.unit_of_work, passwords, "mus-bbj", "4711")
    signer = service(store, passwords, clock)
    for _ in range(2):
        with pytest.raises(SignInError, match="Forkert"):
            signer.sign_in("BBJ", "0000")
    with pytest.raises(AccountLockedError, match="låst til kl. 10:15 efter 3 forkerte forsøg"):
        signer.sign_in("BBJ", "0000")  # 09:00 UTC is 10:00 in Copenhagen
    with pytest.raises(AccountLockedError):
        signer.sign_in("BBJ", "4711")  # even the right PIN waits
    clock.now += dt.timedelta(minutes=15)
    assert signer.sign_in("BBJ", "4711").staff_id == "mus-bbj"
    with store.unit_of_work() as uow:
        credential = uow.credentials.get("mus-bbj")
    assert credential is not None and (credential.failed_count, credential.locked_until) == (
        0,
        None,
    )


def test_a_success_forgets_earlier_failures(
    store: LocalStore, passwords: Passwords, clock: Clock
) -> None:
    set_secret(store.unit_of_work, passwords, "mus-bbj", "4711")
    signer = service(store, passwords, clock)
    for _ in range(2):
        with pytest.raises(SignInError):
            signer.sign_in("BBJ", "0000")
    signer.sign_in("BBJ", "4711")
    for _ in range(2):  # two more wrong ones do not lock: the count started again
        with pytest.raises(SignInError, match="Forkert"):
            signer.sign_in("BBJ", "0000")


def test_a_hash_with_old_parameters_is_renewed_at_the_next_sign_in(
    store: LocalStore, clock: Clock
) -> None:
    old = Passwords(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID))
    set_secret(store.unit_of_work, old, "mus-bbj", "4711")
    stronger = Passwords(PasswordHasher(time_cost=2, memory_cost=16, parallelism=1, type=Type.ID))
    service(store, stronger, clock).sign_in("BBJ", "4711")
    with store.unit_of_work() as uow:
        credential = uow.credentials.get("mus-bbj")
    assert credential is not None and "m=16,t=2" in credential.secret_hash


def test_changes_go_under_the_person_signed_in_and_are_refused_while_locked(
    workstation: WorkstationConfig, store: LocalStore, passwords: Passwords, clock: Clock
) -> None:
    from dataclasses import replace

    current = CurrentStaff()
    desk = replace(workstation, signed_in=current)
    with pytest.raises(NotSignedInError, match="Ingen medarbejder er logget ind"):
        desk.envelope("register_citizen", 1, {})
    current.sign_in(service(store, passwords, clock).session_for("mus-aan"))
    assert desk.envelope("register_citizen", 1, {}).staff_id == "mus-aan"
    current.sign_out()
    with pytest.raises(NotSignedInError):
        desk.envelope("register_citizen", 1, {})
