"""The server's production figures across the reform's start on its own database,
SQLite and a real PostgreSQL: generated activity applied through the commands as the
server applies them, then every registration's target group and the contact course
per site read back equal to the generator's count and the course rule's own reading.

(Through the HTTP endpoint the server would refuse clock stamps from 2027 as being in
the future; tests/server/test_production_figures.py covers the endpoint itself.)"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import apply_command
from app.commands.envelope import CommandEnvelope
from app.management_info.figures import FiguresOrigin, Measure, Section
from app.management_info.month_generator import generate_month
from app.visitation.contact_course import site_course_share
from server.db import Database, open_database, prepare
from shared_store.management_info import SqlProductionFigures
from tests.server.harness import PgCluster

FIRST = dt.date(2026, 12, 29)
DAYS = 8  # to Tuesday 5 January 2027
LAST = FIRST + dt.timedelta(days=DAYS - 1)
NOW = dt.datetime(2027, 1, 5, 15, tzinfo=dt.UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.sqlite3'}"
    else:
        cluster: PgCluster = request.getfixturevalue("pg_cluster")
        url = cluster.new_database()
    db = open_database(url)
    prepare(db)
    try:
        yield db
    finally:
        db.dispose()


def test_target_groups_and_the_course_on_the_servers_database(database: Database) -> None:
    def execute(envelopes: Sequence[CommandEnvelope]) -> None:
        with database.unit_of_work() as uow:
            uow.begin_write()
            for env in envelopes:
                apply_command(uow, env, CATALOGUE, to_outbox=False)
            uow.commit()

    expected = generate_month(
        database.unit_of_work,
        execute,
        first_day=FIRST,
        days=DAYS,
        visits_per_day=10,
        seed=8,
        now=NOW,
    )
    source = SqlProductionFigures(database.reads, FiguresOrigin.SERVER, clock=lambda: NOW)
    figures = source.production_figures(FIRST, LAST, (), True)
    got = {
        (r.section, r.measure, r.day, r.site_code, r.unit, r.staff_id, r.group, r.breakdown): (
            r.value
        )
        for r in figures.rows
        if r.section is not Section.CONTACT_COURSE
    }
    assert got == expected.rows(FIRST, LAST, per_staff=True)
    groups = {r.group for r in figures.of(Section.REGISTRATION) if r.day >= dt.date(2027, 1, 1)}
    assert "" not in groups and len(groups) >= 3
    with database.unit_of_work() as uow:
        for site in figures.sites:
            share = site_course_share(uow, site, NOW.date())
            assert share is not None
            key = {"site_code": site, "day": NOW.date()}
            assert figures.total(Section.CONTACT_COURSE, Measure.IN_COURSE, **key) == (
                share.in_course
            )
            assert figures.total(Section.CONTACT_COURSE, Measure.ON_TRACK, **key) == share.on_track
    assert figures.total(Section.CONTACT_COURSE, Measure.IN_COURSE) > 0
