"""Ticket numbers: unique per site and day, even when workstations never talk to each other."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus, apply_command
from app.commands.envelope import CommandEnvelope
from app.entities import SupportBasis
from app.errors import TicketNumberTakenError
from app.registration import NewCitizen, RegistrationService
from local_cache.store import open_store
from tests.conftest import configure

SERVICES = ["jobbutik", "aaben_raadgivning", "primaervisitation", "aftale"]


def test_two_offline_workstations_of_one_site_never_collide(tmp_path: Path) -> None:
    issued: list[CommandEnvelope] = []
    numbers: list[str] = []
    for counter in (1, 2):
        store = open_store(tmp_path / f"ws{counter}")
        ws = configure(store, site="SKB", counter=counter, staff="skb-mhl")
        service = RegistrationService(
            store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws
        )
        citizen = service.register_citizen(
            NewCitizen(f"01019{counter}1234", "Mette", "Kræmer", SupportBasis.EMPLOYED)
        )
        for i in range(40):
            numbers.append(service.issue_ticket(citizen.id, SERVICES[i % len(SERVICES)]).number)
        with store.unit_of_work() as uow:
            issued += [env for _seq, env in uow.outbox.pending(limit=1000)]
        store.close()

    assert len(numbers) == len(set(numbers)) == 80
    assert {n.split("-")[0][1:] for n in numbers} == {"1", "2"}  # each workstation its own series

    # Replaying both outboxes into one store (what the server will do) raises no collision.
    central = open_store(tmp_path / "central")
    with central.unit_of_work() as uow:
        for env in issued:
            apply_command(uow, env, CATALOGUE, to_outbox=False)
        uow.commit()
    central.close()


def test_sequence_counts_up_within_a_day(registration: RegistrationService) -> None:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ali", "Hansen", SupportBasis.CASH_BENEFIT)
    )
    first = registration.issue_ticket(citizen.id, "jobbutik").number
    second = registration.issue_ticket(citizen.id, "primaervisitation").number
    assert (first, second) == ("J1-001", "V1-002")
    assert registration.preview_ticket_number("jobbutik") == "J1-003"


def test_numbering_restarts_on_a_new_day(
    bus: CommandBus, registration: RegistrationService
) -> None:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ali", "Hansen", SupportBasis.CASH_BENEFIT)
    )
    ws = registration._ws  # noqa: SLF001 - the test plays a workstation on two dates
    numbers = []
    for day in (dt.date(2026, 3, 1), dt.date(2026, 3, 2)):
        visit_id = str(uuid.uuid4())
        moment = dt.datetime.combine(day, dt.time(9, 0), tzinfo=dt.UTC).isoformat()
        start = ws.envelope(
            "start_visit",
            1,
            {"visit_id": visit_id, "citizen_id": citizen.id, "service_code": "jobbutik"},
        )
        ticket = ws.envelope(
            "issue_ticket",
            1,
            {"ticket_id": str(uuid.uuid4()), "visit_id": visit_id, "series": 1, "sequence": 1},
        )
        results = bus.execute(
            CommandEnvelope(**{**_as_dict(start), "issued_at": moment}),
            CommandEnvelope(**{**_as_dict(ticket), "issued_at": moment}),
        )
        numbers.append(results[1]["number"])
    assert numbers == ["J1-001", "J1-001"]


def test_a_number_taken_today_is_refused(
    bus: CommandBus, registration: RegistrationService
) -> None:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ali", "Hansen", SupportBasis.CASH_BENEFIT)
    )
    registration.issue_ticket(citizen.id, "jobbutik")  # J1-001
    ws = registration._ws  # noqa: SLF001
    visit_id = str(uuid.uuid4())
    with pytest.raises(TicketNumberTakenError) as caught:
        bus.execute(
            ws.envelope(
                "start_visit",
                1,
                {"visit_id": visit_id, "citizen_id": citizen.id, "service_code": "jobbutik"},
            ),
            ws.envelope(
                "issue_ticket",
                1,
                {"ticket_id": str(uuid.uuid4()), "visit_id": visit_id, "series": 1, "sequence": 1},
            ),
        )
    assert "J1-001 er allerede udstedt i dag" in caught.value.message


def _as_dict(env: CommandEnvelope) -> dict[str, object]:
    from dataclasses import asdict

    return asdict(env)
