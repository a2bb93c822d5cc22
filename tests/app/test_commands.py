"""Commands: validated in app/, applied with the outbox in one transaction, harmless twice."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import text

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus, apply_command
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, NotFoundError, UnknownCommandError, ValidationError
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore, open_store
from shared_store.unit_of_work import SqlUnitOfWork, unit_of_work_factory


def register(
    ws: WorkstationConfig, cpr: str = "2110625629", **overrides: object
) -> CommandEnvelope:
    args: dict[str, object] = {
        "citizen_id": str(uuid.uuid4()),
        "cpr": cpr,
        "given_name": "Søren",
        "family_name": "Ågård",
        "support_basis": "kontanthjaelp",
    }
    args.update(overrides)
    return ws.envelope("register_citizen", 1, args)


def counts(store: LocalStore) -> tuple[int, int]:
    with store.unit_of_work() as uow:
        citizens = uow.session.execute(text("SELECT count(*) FROM citizen")).scalar_one()
        return int(citizens), uow.outbox.pending_count()


def test_applying_the_same_command_twice_changes_nothing(
    store: LocalStore, bus: CommandBus, workstation: WorkstationConfig
) -> None:
    env = register(workstation)
    first = bus.execute_one(env)
    second = bus.execute_one(env)
    assert first == second == {"citizen_id": env.args["citizen_id"]}
    assert counts(store) == (1, 1)


def test_a_command_survives_the_round_trip_through_json(workstation: WorkstationConfig) -> None:
    env = register(workstation)
    assert CommandEnvelope.from_json(env.to_json()) == env


def test_the_outbox_holds_the_command_exactly_as_issued(
    store: LocalStore, bus: CommandBus, workstation: WorkstationConfig
) -> None:
    env = register(workstation)
    bus.execute_one(env)
    with store.unit_of_work() as uow:
        [(seq, queued)] = uow.outbox.pending()
    assert seq == 1
    assert queued == env


def test_rerun_on_another_store_gives_the_same_result(
    store: LocalStore, bus: CommandBus, workstation: WorkstationConfig, tmp_path: object
) -> None:
    """What the central server will do: re-run the envelopes, without an outbox."""
    from pathlib import Path

    env = register(workstation)
    local = bus.execute_one(env)
    other = open_store(Path(str(tmp_path)) / "server")
    try:
        with other.unit_of_work() as uow:
            remote = apply_command(uow, env, CATALOGUE, to_outbox=False)
            again = apply_command(uow, env, CATALOGUE, to_outbox=False)
            uow.commit()
        assert local == remote == again
        assert counts(other) == (1, 0)
    finally:
        other.close()


def test_a_failure_mid_command_leaves_neither_state_nor_outbox(
    store: LocalStore, bus: CommandBus, workstation: WorkstationConfig
) -> None:
    ok = register(workstation)
    broken = register(workstation, cpr="2110625629")  # same CPR: the 2nd command fails
    with pytest.raises(ConflictError):
        bus.execute(ok, broken)
    assert counts(store) == (0, 0)


class FailingOutbox:
    def append(self, envelope: CommandEnvelope) -> int:
        raise OSError("disk full")


class FailingOutboxUnitOfWork(SqlUnitOfWork):
    def __enter__(self) -> SqlUnitOfWork:
        entered = super().__enter__()
        entered.outbox = FailingOutbox()  # type: ignore[assignment]
        return entered


def test_a_crash_while_writing_the_outbox_rolls_back_the_effect(
    store: LocalStore, workstation: WorkstationConfig
) -> None:
    """The effect and its outbox entry are one transaction: if the outbox write fails, no citizen."""
    sessions = unit_of_work_factory(store.engine)
    with pytest.raises(OSError):
        CommandBus(lambda: FailingOutboxUnitOfWork(sessions), CATALOGUE).execute_one(
            register(workstation)
        )
    assert counts(store) == (0, 0)


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"given_name": "  "}, "Fornavn skal udfyldes"),
        ({"family_name": ""}, "Efternavn skal udfyldes"),
        ({"cpr": "3213621234"}, "Måneden i CPR-nummeret"),
        ({"support_basis": "millionaer"}, "Forsørgelsesgrundlaget «millionaer» kendes ikke"),
        ({"support_basis": "uddannelseshjaelp"}, "kan ikke vælges for nye registreringer"),
        ({"email": "ikke-en-mail"}, "E-mailadressen ser ikke rigtig ud"),
        ({"phone": "12ab"}, "Telefonnummeret skal have 8–15 cifre"),
        ({"citizen_id": "nope"}, "gyldigt id"),
        ({"given_name": 42}, "Fornavn skal være tekst"),
        ({"hacked": True}, "Ukendte felter i kommandoen: hacked"),
    ],
)
def test_invalid_registrations_are_refused_with_a_reason(
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    overrides: dict[str, object],
    fragment: str,
) -> None:
    with pytest.raises(ValidationError) as caught:
        bus.execute_one(register(workstation, **overrides))
    assert fragment in caught.value.message
    assert counts(store) == (0, 0)


def test_update_changes_only_the_named_fields(
    store: LocalStore, bus: CommandBus, workstation: WorkstationConfig
) -> None:
    env = register(workstation, phone="12345678")
    bus.execute_one(env)
    citizen_id = env.args["citizen_id"]
    bus.execute_one(
        workstation.envelope(
            "update_citizen", 1, {"citizen_id": citizen_id, "changes": {"email": "s@a.dk"}}
        )
    )
    with store.unit_of_work() as uow:
        citizen = uow.citizens.get(str(citizen_id))
    assert citizen is not None
    assert (citizen.email, citizen.phone, citizen.given_name) == ("s@a.dk", "12345678", "Søren")


def test_updating_an_unknown_citizen_is_refused(
    bus: CommandBus, workstation: WorkstationConfig
) -> None:
    with pytest.raises(NotFoundError):
        bus.execute_one(
            workstation.envelope(
                "update_citizen",
                1,
                {"citizen_id": str(uuid.uuid4()), "changes": {"email": "a@b.dk"}},
            )
        )


def test_unknown_command_name_or_version_is_refused(
    bus: CommandBus, workstation: WorkstationConfig
) -> None:
    with pytest.raises(UnknownCommandError):
        bus.execute_one(workstation.envelope("register_citizen", 99, {}))
    with pytest.raises(UnknownCommandError):
        bus.execute_one(workstation.envelope("delete_everything", 1, {}))


@pytest.mark.parametrize(
    "payload",
    [
        "{not json",
        "[]",
        json.dumps({"name": "x"}),
        json.dumps(
            {
                "name": "register_citizen",
                "version": "1",
                "args": {},
                "workstation_id": "w",
                "site_code": "MUS",
                "staff_id": "s",
                "command_id": "c",
                "issued_at": "2026-01-01T00:00:00+00:00",
            }
        ),
        json.dumps(
            {
                "name": "register_citizen",
                "version": 1,
                "args": {},
                "workstation_id": "w",
                "site_code": "MUS",
                "staff_id": "s",
                "command_id": "c",
                "issued_at": "i går",
            }
        ),
    ],
)
def test_broken_payloads_get_a_clear_error(payload: str) -> None:
    with pytest.raises(ValidationError) as caught:
        CommandEnvelope.from_json(payload)
    assert caught.value.message.startswith("Kommando")
