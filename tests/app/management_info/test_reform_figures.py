"""Production figures across the reform's start (1 January 2027): registrations by target
group and the contact course per site, checked against generated activity made through
the real commands in a real SQLite store."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterator

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.management_info.figures import (
    FiguresOrigin,
    Measure,
    ProductionFigures,
    Section,
)
from app.management_info.month_generator import Expected, generate_month
from app.management_info.wire import from_wire, to_wire
from app.visitation.contact_course import site_course_share
from local_cache.store import LocalStore, open_store
from shared_store.management_info import SqlProductionFigures
from shared_store.unit_of_work import unit_of_work_factory

FIRST = dt.date(2026, 12, 28)  # Monday; 1 January 2027 is a Friday and a holiday
DAYS = 9  # to Tuesday 5 January 2027
LAST = FIRST + dt.timedelta(days=DAYS - 1)
NOW = dt.datetime(2027, 1, 5, 14, tzinfo=dt.UTC)  # the period still runs: today counts
REFORM = dt.date(2027, 1, 1)
GROUPS = {
    "dagpengeindsats",
    "jobsoegningsindsats",
    "jobhjaelpsindsats",
    "sygedagpengeindsats",
    "oevrige",
}


@dataclasses.dataclass
class Generated:
    store: LocalStore
    expected: Expected
    figures: ProductionFigures


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    store = open_store(tmp_path_factory.mktemp("reform"))
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    expected = generate_month(
        store.unit_of_work,
        lambda envelopes: bus.execute(*envelopes),
        first_day=FIRST,
        days=DAYS,
        visits_per_day=16,
        seed=27,
        now=NOW,
    )
    source = SqlProductionFigures(
        unit_of_work_factory(store.engine), FiguresOrigin.LOCAL, clock=lambda: NOW
    )
    yield Generated(store, expected, source.production_figures(FIRST, LAST, (), False))
    store.close()


def test_registrations_carry_the_target_group_of_their_day(generated: Generated) -> None:
    figures = generated.figures
    counted = Counter[tuple[dt.date, str, str, str, str]]()
    for r in figures.of(Section.REGISTRATION, Measure.VISITS):
        counted[(r.day, r.site_code, r.unit, r.group, r.breakdown)] += r.value
    wanted = Counter[tuple[dt.date, str, str, str, str]]()
    for key, n in generated.expected.rows(FIRST, LAST).items():
        section, measure, day, site, unit, _staff, group, breakdown = key
        if section is Section.REGISTRATION and measure is Measure.VISITS:
            wanted[(day, site, unit, group, breakdown)] += n
    assert counted == wanted
    before = {k[3] for k in counted if k[0] < REFORM}
    after = {k[3] for k in counted if k[0] >= REFORM}
    assert before == {""}  # no target groups before the reform
    assert after <= GROUPS and len(after) >= 3
    # A cash-benefit recipient not (yet) categorised as not job-ready seeks jobs.
    assert any(k[3] == "jobsoegningsindsats" and k[4] == "kontanthjaelp" for k in counted)
    assert all(k[3] == "dagpengeindsats" for k in counted if k[0] >= REFORM and k[4] == "forsikret")


def test_every_other_figure_still_equals_the_generated_count(generated: Generated) -> None:
    got = {
        (r.section, r.measure, r.day, r.site_code, r.unit, r.staff_id, r.group, r.breakdown): (
            r.value
        )
        for r in generated.figures.rows
        if r.section is not Section.CONTACT_COURSE
    }
    assert got == generated.expected.rows(FIRST, LAST)


def test_the_contact_course_stands_per_site_on_today(generated: Generated) -> None:
    figures = generated.figures
    today = NOW.date()
    course = figures.of(Section.CONTACT_COURSE)
    assert {r.day for r in course} == {today}
    with generated.store.unit_of_work() as uow:
        for site in figures.sites:
            share = site_course_share(uow, site, today)
            assert share is not None
            on = figures.total(Section.CONTACT_COURSE, Measure.ON_TRACK, site_code=site)
            assert figures.total(Section.CONTACT_COURSE, Measure.IN_COURSE, site_code=site) == (
                share.in_course
            )
            assert on == share.on_track
            assert figures.total(Section.CONTACT_COURSE, Measure.EXEMPTED, site_code=site) == (
                share.exempted
            )
    # The generated January decisions began courses: jobparat citizens are in one.
    assert figures.total(Section.CONTACT_COURSE, Measure.IN_COURSE) > 0
    assert figures.targets.contact_course_share == pytest.approx(0.75)
    travelled = from_wire(to_wire(figures))
    assert travelled.targets.contact_course_share == figures.targets.contact_course_share
    assert travelled.of(Section.CONTACT_COURSE) == course


def test_before_the_reform_there_is_no_course_to_count(generated: Generated) -> None:
    source = SqlProductionFigures(
        unit_of_work_factory(generated.store.engine),
        FiguresOrigin.LOCAL,
        clock=lambda: NOW,
    )
    december = source.production_figures(FIRST, dt.date(2026, 12, 31), (), True)
    assert december.of(Section.CONTACT_COURSE) == ()
    assert december.total(Section.REGISTRATION, Measure.VISITS) > 0
