"""Production figures checked against generated activity whose counts are known by
construction: a slice of the generated month (days across the change to winter time),
made through the real commands in a real SQLite store, then computed by the store's
aggregate SQL and exported — every number equal to the generator's own count."""

from __future__ import annotations

import asyncio
import csv
import dataclasses
import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.errors import KnownError
from app.management_info.export import STAFF_HEADERS, write_csv, write_figures, write_xlsx
from app.management_info.figures import (
    MEASURES,
    FiguresOrigin,
    Measure,
    ProductionFigures,
    Section,
)
from app.management_info.month_generator import Expected, generate_month
from app.management_info.service import ProductionFiguresService
from app.management_info.wire import from_wire, to_wire
from app.sync.client import Offline, Refused
from local_cache.store import LocalStore, open_store
from shared_store.management_info import SqlProductionFigures
from shared_store.unit_of_work import unit_of_work_factory

FIRST = dt.date(2026, 10, 22)  # Thursday; winter time begins Sunday 25 October
DAYS = 6  # Thu, Fri, (Sat, Sun), Mon, Tue: four working days
LAST = FIRST + dt.timedelta(days=DAYS - 1)
UNTIL = LAST + dt.timedelta(days=40)  # hearings are concluded weeks after the absence
NOW = dt.datetime(2026, 12, 15, 9, tzinfo=dt.UTC)

Key = tuple[Section, Measure, dt.date, str, str, str | None, str, str]


@dataclasses.dataclass
class Generated:
    store: LocalStore
    expected: Expected
    source: SqlProductionFigures


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    store = open_store(tmp_path_factory.mktemp("figures"))
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    expected = generate_month(
        store.unit_of_work,
        lambda envelopes: bus.execute(*envelopes),
        first_day=FIRST,
        days=DAYS,
        visits_per_day=14,
        seed=21,
        now=NOW,
    )
    source = SqlProductionFigures(
        unit_of_work_factory(store.engine), FiguresOrigin.LOCAL, clock=lambda: NOW
    )
    yield Generated(store, expected, source)
    store.close()


def keyed(figures: ProductionFigures) -> dict[Key, int]:
    out: dict[Key, int] = {}
    for r in figures.rows:
        key = (r.section, r.measure, r.day, r.site_code, r.unit, r.staff_id, r.group, r.breakdown)
        assert key not in out, f"two rows for {key}"
        out[key] = r.value
    return out


@pytest.mark.parametrize("per_staff", [False, True])
def test_every_figure_equals_the_generated_count(generated: Generated, per_staff: bool) -> None:
    figures = generated.source.production_figures(FIRST, UNTIL, (), per_staff)
    assert keyed(figures) == generated.expected.rows(FIRST, UNTIL, per_staff=per_staff)
    assert figures.sites == ("MUS", "NYR", "SKB")
    assert figures.origin is FiguresOrigin.LOCAL and figures.computed_at == NOW
    visits = figures.total(Section.REGISTRATION, Measure.VISITS)
    assert visits == generated.expected.visits == 4 * 3 * 14
    assert figures.total(Section.QUEUE, Measure.ARRIVALS) == visits
    if per_staff:
        assert {s.staff_id for s in figures.staff} == {r.staff_id for r in figures.rows} - {""}
        assert all(r.staff_id is not None for r in figures.rows)
    else:
        assert figures.staff == () and all(r.staff_id is None for r in figures.rows)


def test_the_generated_slice_counts_in_every_section(generated: Generated) -> None:
    totals = generated.expected.rows(FIRST, UNTIL)
    for section, measures in MEASURES.items():
        if section is Section.CONTACT_COURSE:
            continue  # the course begins in 2027: tests/app/management_info/test_reform_figures.py
        for measure in measures:
            counted = sum(n for k, n in totals.items() if k[0] is section and k[1] is measure)
            assert counted > 0, f"{section} {measure} never counted"


@pytest.mark.parametrize(
    ("first", "last", "sites"),
    [
        (dt.date(2026, 10, 26), dt.date(2026, 10, 26), ("SKB",)),  # the first winter-time Monday
        (FIRST, dt.date(2026, 10, 23), ("MUS", "NYR")),  # the summer-time days
    ],
)
def test_a_period_and_sites_are_cut_out_exactly(
    generated: Generated, first: dt.date, last: dt.date, sites: Sequence[str]
) -> None:
    for per_staff in (False, True):
        figures = generated.source.production_figures(first, last, sites, per_staff)
        want = generated.expected.rows(first, last, sites=sites, per_staff=per_staff)
        assert keyed(figures) == want and want
        assert figures.sites == tuple(sites)


def test_the_desk_computes_its_own_site_when_the_server_cannot_be_reached(
    generated: Generated,
) -> None:
    class Unreachable:
        async def production_figures(
            self, first: dt.date, last: dt.date, sites: Sequence[str], per_staff: bool
        ) -> ProductionFigures:
            raise Offline("Serveren kan ikke nås.", "ConnectError")

    service = ProductionFiguresService(own_site="NYR", local=generated.source, server=Unreachable())
    figures = asyncio.run(service.production_figures(FIRST, LAST, per_staff=True))
    assert figures.origin is FiguresOrigin.LOCAL and figures.sites == ("NYR",)
    assert keyed(figures) == generated.expected.rows(FIRST, LAST, sites=["NYR"], per_staff=True)


def test_the_servers_figures_are_used_when_it_answers_and_its_refusal_is_not_hidden(
    generated: Generated,
) -> None:
    everything = generated.source.production_figures(FIRST, LAST, (), False)
    from_server = dataclasses.replace(everything, origin=FiguresOrigin.SERVER)
    asked: list[tuple[object, ...]] = []

    class Server:
        def __init__(self, refuse: bool) -> None:
            self.refuse = refuse

        async def production_figures(
            self, first: dt.date, last: dt.date, sites: Sequence[str], per_staff: bool
        ) -> ProductionFigures:
            asked.append((first, last, tuple(sites), per_staff))
            if self.refuse:
                raise Refused("Kun ledere kan se ledelsesinformation.", "not_a_supervisor")
            return from_wire(to_wire(from_server))

    service = ProductionFiguresService(own_site="MUS", local=generated.source, server=Server(False))
    figures = asyncio.run(service.production_figures(FIRST, LAST))
    assert figures == from_server and asked == [(FIRST, LAST, (), False)]
    refusing = ProductionFiguresService(own_site="MUS", local=generated.source, server=Server(True))
    with pytest.raises(Refused):
        asyncio.run(refusing.production_figures(FIRST, LAST, sites=["MUS"], per_staff=True))


def test_the_figures_travel_as_json_unchanged(generated: Generated) -> None:
    figures = generated.source.production_figures(FIRST, UNTIL, (), True)
    assert from_wire(to_wire(figures)) == figures
    with pytest.raises(ValueError):
        from_wire({**to_wire(figures), "rows": [["koe", "ankomster", "2026-10-22"]]})


def _exported_key(cells: Sequence[object], per_staff: bool) -> tuple[Key, int]:
    sections = {s.label_da: s for s in Section}
    measures = {m.label_da: m for m in Measure}
    values = list(cells)
    staff: str | None = None
    if per_staff:
        staff = str(values[4] or "")
        del values[4:6]
    section, measure, day, site, unit, group, breakdown, value = values
    key = (
        sections[str(section)],
        measures[str(measure)],
        dt.date.fromisoformat(str(day)),
        str(site),
        str(unit or ""),
        staff,
        str(group or ""),
        str(breakdown or ""),
    )
    return key, int(str(value))


@pytest.mark.parametrize("per_staff", [False, True])
def test_every_number_in_the_export_equals_the_generated_count(
    generated: Generated, tmp_path: Path, per_staff: bool
) -> None:
    figures = generated.source.production_figures(FIRST, UNTIL, (), per_staff)
    want = generated.expected.rows(FIRST, UNTIL, per_staff=per_staff)
    csv_path, xlsx_path = tmp_path / "tal.csv", tmp_path / "tal.xlsx"
    assert write_csv(csv_path, figures) == len(want)
    assert write_xlsx(xlsx_path, figures) == len(want)
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Danish Excel reads UTF-8 by
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert (STAFF_HEADERS[0] in lines[0]) is per_staff
    assert dict(_exported_key(line, per_staff) for line in lines[1:]) == want
    sheet = load_workbook(xlsx_path)["Tal"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(row[-1], int) for row in rows)  # numbers, not text
    assert dict(_exported_key(row, per_staff) for row in rows) == want
    targets = {r[0].value: r[1].value for r in load_workbook(xlsx_path)["Mål"].iter_rows(min_row=2)}
    assert 15 in targets.values() and 10 in targets.values()


def test_an_export_of_chosen_sites_and_a_refused_folder(
    generated: Generated, tmp_path: Path
) -> None:
    figures = generated.source.production_figures(FIRST, LAST, (), False)
    path = tmp_path / "skb.csv"
    written = write_figures(path, figures, ["SKB"])
    lines = path.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert written == len(lines) == sum(1 for r in figures.rows if r.site_code == "SKB")
    assert all(";SKB;" in line for line in lines)
    with pytest.raises(KnownError):
        write_figures(tmp_path / "missing" / "tal.xlsx", figures)
