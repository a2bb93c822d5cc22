"""Self-service PCs: a citizen is given a free PC for a slot, the PC is released, an
occupied PC is refused, the same command twice takes effect once, and the PCs are the
reference data's (an administrator's version changes them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import Citizen, SupportBasis
from app.errors import ConflictError, ValidationError
from app.reference_data.model import Kind
from app.reference_data.service import ReferenceDataService
from app.registration import NewCitizen, RegistrationService
from app.security.roles import allowed
from app.selfservice.service import SelfServiceService
from local_cache.store import LocalStore
from tests.app.conftest import Clock
from tests.conftest import configure


class PcDesk:
    def __init__(
        self, store: LocalStore, clock: Clock, *, site: str = "MUS", staff: str = "mus-bbj"
    ) -> None:
        ws = configure(store, site=site, counter=2 if site == "NYR" else 1, staff=staff)
        self.bus = CommandBus(store.unit_of_work, CATALOGUE)
        self.workstation = ws
        self.registration = RegistrationService(store.unit_of_work, self.bus, ws)
        self.pcs = SelfServiceService(store.unit_of_work, self.bus, ws, clock=clock)

    def citizen(self, serial: int, name: str = "Ali") -> Citizen:
        return self.registration.register_citizen(
            NewCitizen(f"0{serial}0190{serial:04d}", name, "Østergård", SupportBasis.CASH_BENEFIT)
        )


@pytest.fixture
def desk(store: LocalStore, clock: Clock) -> PcDesk:
    return PcDesk(store, clock)


def taken(desk: PcDesk) -> dict[str, str]:
    return {ln.pc.code: ln.citizen_name for ln in desk.pcs.board() if ln.slot}


def test_the_board_lists_the_sites_pcs_free_until_a_citizen_is_given_one(
    desk: PcDesk, clock: Clock
) -> None:
    board = desk.pcs.board()
    assert [ln.pc.label for ln in board] == ["PC 1", "PC 2", "PC 3", "PC 4"]  # the seed's MUS
    assert all(ln.is_free for ln in board)
    ali = desk.citizen(1)
    desk.pcs.assign(ali.id, "pc2")
    assert taken(desk) == {"pc2": "Ali Østergård"}
    line = desk.pcs.slot_of(ali.id)
    assert line is not None and line.slot is not None
    assert line.slot.ends_at - line.slot.starts_at == dt.timedelta(minutes=30)  # the default
    assert not line.slot.overdue(clock())
    clock.advance(minutes=31)
    assert line.slot.overdue(clock())  # not released after its slot: the board marks it

    desk.pcs.release(line.slot.id)
    assert taken(desk) == {}
    assert desk.pcs.slot_of(ali.id) is None


def test_an_occupied_pc_is_refused_until_released_even_after_its_slot(
    desk: PcDesk, clock: Clock
) -> None:
    ali, bo = desk.citizen(1), desk.citizen(2, "Bo")
    slot_id = desk.pcs.assign(ali.id, "pc1", minutes=15)
    with pytest.raises(ConflictError, match="PC 1 er optaget"):
        desk.pcs.assign(bo.id, "pc1")
    clock.advance(minutes=20)  # overdue, but Ali may still be sitting there
    with pytest.raises(ConflictError, match="PC 1 er optaget"):
        desk.pcs.assign(bo.id, "pc1")
    with pytest.raises(ConflictError, match="allerede ved PC 1"):
        desk.pcs.assign(ali.id, "pc3")  # one PC per citizen
    desk.pcs.release(slot_id)
    desk.pcs.assign(bo.id, "pc1")
    assert taken(desk) == {"pc1": "Bo Østergård"}


def test_the_same_command_twice_takes_effect_once_and_a_second_release_is_no_error(
    desk: PcDesk,
) -> None:
    ali = desk.citizen(1)
    envelope = desk.workstation.envelope(
        "assign_selfservice_pc",
        1,
        {
            "slot_id": "5f0c3c4e-8c1a-4f7e-9d55-2b1e6f1d7a10",
            "citizen_id": ali.id,
            "pc_code": "pc3",
            "minutes": 45,
        },
    )
    first = desk.bus.execute_one(envelope)
    assert desk.bus.execute_one(envelope) == first  # answered from its first result
    assert taken(desk) == {"pc3": "Ali Østergård"}
    desk.pcs.release("5f0c3c4e-8c1a-4f7e-9d55-2b1e6f1d7a10")
    desk.pcs.release("5f0c3c4e-8c1a-4f7e-9d55-2b1e6f1d7a10")  # another desk freed it too
    assert taken(desk) == {}
    again = replace(envelope, command_id="0d7c1f0e-5b7a-4c5e-8f0a-1a2b3c4d5e6f")
    with pytest.raises(ConflictError, match="findes allerede"):
        desk.bus.execute_one(again)  # a new command reusing the slot's id


def test_unknown_pcs_and_slot_lengths_are_refused(desk: PcDesk) -> None:
    ali = desk.citizen(1)
    with pytest.raises(ValidationError, match="«pc9» findes ikke"):
        desk.pcs.assign(ali.id, "pc9")
    with pytest.raises(ValidationError, match="Tiden skal ligge mellem 5 og 240"):
        desk.pcs.assign(ali.id, "pc1", minutes=0)
    assert taken(desk) == {}


def test_receptionists_and_counsellors_assign_but_an_administrator_does_not() -> None:
    assert allowed("receptionist", "assign_selfservice_pc")
    assert allowed("counsellor", "release_selfservice_pc")
    assert not allowed("administrator", "assign_selfservice_pc")


def test_an_administrators_version_of_the_pcs_changes_the_board(
    store: LocalStore, clock: Clock, desk: PcDesk
) -> None:
    admin = PcDesk(store, clock, site="NYR", staff="nyr-ihc")
    references = ReferenceDataService(store.unit_of_work, admin.bus, admin.workstation, clock=clock)
    today = desk.pcs.today()
    rows = [
        {"site_code": "MUS", "code": "pc1", "label_da": "PC 1", "in_use": False},
        {"site_code": "MUS", "code": "vindue", "label_da": "Pc'en ved vinduet", "in_use": True},
    ]
    references.publish(Kind.SELFSERVICE_PCS, rows, today, 1, "Ny pc ved vinduet")
    assert [ln.pc.label for ln in desk.pcs.board()] == ["Pc'en ved vinduet"]
    with pytest.raises(ValidationError, match="«pc1» findes ikke"):
        desk.pcs.assign(desk.citizen(1).id, "pc1")  # taken out of use
