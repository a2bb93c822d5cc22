"""The phone entrance's hours at the phone desk: whether it is open (it opens longer than
the sites), and a callback placed at a site that has closed says when it can be rung."""

from __future__ import annotations

import datetime as dt

import pytest

from app.catalogue import CATALOGUE
from app.clock import COPENHAGEN
from app.commands.bus import CommandBus
from app.commands.envelope import utc_now
from app.entities import SupportBasis
from app.opening_hours import OpeningHours
from app.phone.records import CallerKind, CallOutcome, CallTopic
from app.phone.service import CallDraft, EntranceNow, PhoneDeskService
from app.ports import UnitOfWork
from app.reference_data.readers import entrance_hours
from app.registration import NewCitizen, RegistrationService
from local_cache.store import LocalStore
from tests.conftest import configure

CPR = "0101901235"


def local(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=COPENHAGEN)


@pytest.fixture
def phone(store: LocalStore) -> PhoneDeskService:
    ws = configure(store, site="NYR", counter=1, staff="nyr-tlf")
    return PhoneDeskService(
        store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws, hours=entrance_hours
    )


def test_the_phone_is_open_before_the_sites_and_says_when_it_opens(
    phone: PhoneDeskService,
) -> None:
    monday_0830 = local(2026, 12, 7, 8, 30)
    assert phone.entrance_now(now=monday_0830) == EntranceNow(
        True, local(2026, 12, 7, 17, 0).astimezone(dt.UTC), None
    )
    assert phone.entrance_now("MUS", monday_0830) == EntranceNow(
        False, None, local(2026, 12, 7, 9, 0).astimezone(dt.UTC)
    )
    friday_1630 = local(2026, 12, 11, 16, 30)  # the phone closes at 16 on Fridays
    assert phone.entrance_now(now=friday_1630) == EntranceNow(
        False, None, local(2026, 12, 14, 8, 0).astimezone(dt.UTC)
    )
    christmas_eve = local(2026, 12, 24, 10, 0)  # closed; 25, 26 Dec and a Sunday follow
    assert phone.entrance_now(now=christmas_eve) == EntranceNow(
        False, None, local(2026, 12, 28, 8, 0).astimezone(dt.UTC)
    )


def test_without_hours_in_use_nothing_is_said(store: LocalStore) -> None:
    ws = configure(store, site="NYR", counter=1, staff="nyr-tlf")
    plain = PhoneDeskService(store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws)
    assert plain.entrance_now() is None


def test_a_callback_placed_at_a_closed_site_says_when_it_can_be_rung(store: LocalStore) -> None:
    """Musvågevej opens only on tomorrow's weekday (published hours as the service reads them);
    Skelbækgade is open round the clock."""
    tomorrow = (utc_now().astimezone(COPENHAGEN) + dt.timedelta(days=1)).date()
    only_tomorrow = OpeningHours({tomorrow.weekday(): (dt.time(9), dt.time(15))})
    always = OpeningHours({d: (dt.time(0), dt.time(23, 59, 59, 999999)) for d in range(7)}, ())

    def hours(_uow: UnitOfWork, entrance: str, _day: dt.date) -> OpeningHours:
        return only_tomorrow if entrance == "MUS" else always

    bus = CommandBus(store.unit_of_work, CATALOGUE)
    reception = configure(store, site="MUS", counter=1, staff="mus-bbj")
    RegistrationService(store.unit_of_work, bus, reception).register_citizen(
        NewCitizen(CPR, "Ida", "Bøgh", SupportBasis.CASH_BENEFIT, phone="22334455")
    )
    ws = configure(store, site="NYR", counter=1, staff="nyr-tlf")
    phone = PhoneDeskService(store.unit_of_work, bus, ws, hours=hours)

    def callback_to(site: str) -> CallDraft:
        return CallDraft(
            CallerKind.CITIZEN, CPR, CallTopic.JOB_SEARCH, "", CallOutcome.CALLBACK,
            to_site=site, service_code="jobbutik",
        )  # fmt: skip

    before = utc_now()
    closed = phone.log(callback_to("MUS"))
    assert closed.rings_from is not None
    assert closed.rings_from == only_tomorrow.next_opening(before)
    assert closed.rings_from.astimezone(COPENHAGEN).time() == dt.time(9)
    assert closed.callback_number  # placed all the same: it waits for the opening
    assert phone.log(callback_to("SKB")).rings_from is None
