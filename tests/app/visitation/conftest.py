"""Visitation fixtures: a seeded store, services on a clock the test controls, citizens."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import Citizen, SupportBasis
from app.registration import NewCitizen, RegistrationService
from app.visitation.follow_up_service import FollowUpService
from app.visitation.referral_service import ReferralService
from app.visitation.visitation_service import OrientationAnswer, VisitationPlan, VisitationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from shared_store.visitation.seeding import ensure_visitation_seed
from tests.app.conftest import Clock
from tests.conftest import configure

_serials = itertools.count(1000)


@dataclass
class VisitationDesk:
    """Everything a visitation test needs at one workstation: the store, the workstation,
    the bus, a controllable clock and the visitation services on it."""

    store: LocalStore
    workstation: WorkstationConfig
    bus: CommandBus
    clock: Clock
    registration: RegistrationService
    visitation: VisitationService
    referrals: ReferralService
    follow_ups: FollowUpService

    def citizen(
        self, basis: SupportBasis = SupportBasis.CASH_BENEFIT, name: str = "Ali"
    ) -> Citizen:
        serial = next(_serials)
        cpr = f"{(serial % 28) + 1:02d}0190{serial:04d}"
        return self.registration.register_citizen(NewCitizen(cpr, name, "Østergård", basis))


def make_desk(
    store: LocalStore, clock: Clock, *, site: str = "MUS", staff: str = "mus-bbj", counter: int = 1
) -> VisitationDesk:
    ws = configure(store, site=site, counter=counter, staff=staff)
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    return VisitationDesk(
        store,
        ws,
        bus,
        clock,
        RegistrationService(store.unit_of_work, bus, ws),
        VisitationService(store.unit_of_work, bus, ws, clock=clock),
        ReferralService(store.unit_of_work, bus, ws, clock=clock),
        FollowUpService(store.unit_of_work, bus, ws, clock=clock),
    )


@pytest.fixture
def desk(store: LocalStore, clock: Clock) -> Iterator[VisitationDesk]:
    ensure_visitation_seed(store.engine, store.settings)
    yield make_desk(store, clock)


def plan_for(
    desk: VisitationDesk,
    citizen: Citizen,
    *,
    answers: dict[str, str] | None = None,
    category: str | None = None,
    reason: str = "",
    orientation: dict[str, OrientationAnswer] | None = None,
    target: str | None = None,
    move_anchor: bool | None = None,
    session_id: str | None = None,
) -> VisitationPlan:
    """The plan a receptionist makes by accepting the scheme's suggestions."""
    scheme = desk.visitation.scheme_on(desk.visitation.today())
    given = scheme.default_answers() | {
        q.key: q.options[0].value for q in scheme.questions if q.default is None
    }
    given |= answers or {}
    chosen = category or scheme.suggest(given) or scheme.categories[0].code
    step = scheme.next_step(chosen, given)
    return VisitationPlan(
        citizen_id=citizen.id,
        scheme_code=scheme.code,
        scheme_version=scheme.version,
        answers=given,
        category=chosen,
        reason=reason,
        orientation=orientation
        if orientation is not None
        else {item.key: OrientationAnswer(True) for item in scheme.orientation},
        target=target or step.target,
        move_anchor=step.move_anchor if move_anchor is None else move_anchor,
        session_id=session_id,
        ticket_service=step.ticket_service,
    )
