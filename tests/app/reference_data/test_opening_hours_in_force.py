"""Opening hours as published reference data: the phone entrance has hours of its own, and
the version in force changes the queue's expected waiting time."""

from __future__ import annotations

import datetime as dt

import pytest

from app.entities import TicketStatus
from app.errors import ValidationError
from app.opening_hours import OpeningHours
from app.ports import UnitOfWork
from app.queue.service import QueueService
from app.reference_data.base import seed_version
from app.reference_data.kinds import PHONE_ENTRANCE
from app.reference_data.model import Kind, Row
from app.reference_data.readers import entrance_hours
from app.registration import RegistrationService
from tests.app.queue.test_figures import ticket
from tests.app.reference_data.test_versions import admin_of
from tests.app.visitation.conftest import VisitationDesk

THURSDAY = dt.date(2026, 11, 26)


def hours_with(site: str, weekday: str, closes: str) -> list[Row]:
    """The seed's opening hours with one day's closing time changed."""
    return [
        {**r, "closes": closes} if (r["site_code"], r["weekday"]) == (site, weekday) else dict(r)
        for r in seed_version(Kind.OPENING_HOURS).rows
    ]


def test_the_phone_entrance_opens_longer_than_every_site(desk: VisitationDesk) -> None:
    with desk.store.unit_of_work() as uow:
        phone = entrance_hours(uow, PHONE_ENTRANCE, THURSDAY)
        sites = {code: entrance_hours(uow, code, THURSDAY) for code in ("MUS", "SKB", "NYR")}
    monday = THURSDAY - dt.timedelta(days=3)
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        call_center = phone.on(day)
        for site in sites.values():
            reception = site.on(day)
            if reception is not None:
                assert call_center is not None
                assert call_center.opens <= reception.opens
                assert call_center.closes >= reception.closes
    assert phone.on(dt.date(2026, 12, 25)) is None  # a holiday closes the phone too


def test_the_phone_entrance_is_a_known_code_and_other_codes_are_not(desk: VisitationDesk) -> None:
    desk.clock.set(2026, 11, 25)
    admin = admin_of(desk)
    rows = hours_with(PHONE_ENTRANCE, "fredag", "15:00")
    admin.publish(Kind.OPENING_HOURS, rows, THURSDAY, 1)
    assert admin.opening_week(PHONE_ENTRANCE, THURSDAY)[4].closes == dt.time(15, 0)
    unknown = [
        *rows,
        {"site_code": "XYZ", "weekday": "mandag", "opens": "09:00", "closes": "10:00"},
    ]
    with pytest.raises(ValidationError, match="XYZ"):
        admin.publish(Kind.OPENING_HOURS, unknown, THURSDAY, 2)


def test_opening_hours_change_the_expected_waiting_time(desk: VisitationDesk) -> None:
    """Two waiting, no counter open, 8 minutes a citizen: a newcomer waits 24 minutes. At
    14:30 on a Thursday that ends before closing at 16:00, but not before 14:45."""
    desk.clock.set(2026, 11, 25)
    admin = admin_of(desk)
    queue = QueueService(
        desk.store.unit_of_work, desk.bus, desk.workstation, ["jobbutik"], hours=entrance_hours
    )
    waiting = [ticket(n, TicketStatus.WAITING, 0) for n in (1, 2)]
    desk.clock.set(2026, 11, 26, 14, 30)

    def figures_now() -> tuple[dt.timedelta, bool]:
        [jobbutik] = queue.figures(["jobbutik"], tickets=waiting, now=desk.clock())
        return jobbutik.expected_wait, jobbutik.after_closing

    admin.publish(Kind.OPENING_HOURS, hours_with("MUS", "torsdag", "16:00"), THURSDAY, 1)
    assert figures_now() == (dt.timedelta(minutes=24), False)
    admin.publish(Kind.OPENING_HOURS, hours_with("MUS", "torsdag", "14:45"), THURSDAY, 2)
    assert figures_now() == (dt.timedelta(minutes=24), True)  # not today: «efter lukketid»
    # Another site's hours are not this counter's.
    with desk.store.unit_of_work() as uow:
        assert entrance_hours(uow, "SKB", THURSDAY).closes_today(desk.clock()) == (
            dt.datetime(2026, 11, 26, 16, 0, tzinfo=dt.UTC)
        )


def test_a_ticket_drawn_when_the_site_does_not_open_today_promises_no_minutes(
    desk: VisitationDesk,
) -> None:
    def never_open(_uow: UnitOfWork, _site: str, _day: dt.date) -> OpeningHours:
        return OpeningHours({})

    registration = RegistrationService(
        desk.store.unit_of_work, desk.bus, desk.workstation, hours=never_open
    )
    citizen = desk.citizen()
    receipt = registration.issue_ticket(citizen.id, "jobbutik")
    assert receipt.expected_wait_min is not None and receipt.after_closing
    at_once = registration.issue_ticket(citizen.id, "jobbutik", serve_at_counter=3)
    assert at_once.expected_wait_min is None and not at_once.after_closing  # served at once
