"""Statistics of a hand-computed small day, and the CSV/XLSX files that carry them."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.commands.bus import CommandBus
from app.entities import SupportBasis, Ticket, TicketStatus
from app.file_export import ExportError
from app.queue.day_statistics import by_counter, by_service
from app.queue.service import QueueService
from app.queue.statistics_files import HEADERS, csv_text, write_csv, write_xlsx
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore

DAY = dt.date(2026, 11, 24)
T0 = dt.datetime(2026, 11, 24, 8, 0, tzinfo=dt.UTC)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def ticket(
    n: int,
    service: str,
    status: TicketStatus,
    counter: int | None = None,
    *,
    called: float | None = None,
    serving: float | None = None,
    finished: float | None = None,
    arrived: float = 0,
) -> Ticket:
    return Ticket(
        id=f"t{n}",
        visit_id=f"v{n}",
        site_code="MUS",
        service_code=service,
        service_day=DAY,
        series=1,
        sequence=n,
        number=f"X1-{n:03d}",
        issued_at=at(arrived),
        workstation_id="ws",
        status=status,
        counter_number=counter,
        called_at=None if called is None else at(called),
        serving_at=None if serving is None else at(serving),
        finished_at=None if finished is None else at(finished),
    )


DONE, NO_SHOW, WAITING = TicketStatus.DONE, TicketStatus.NO_SHOW, TicketStatus.WAITING
SMALL_DAY = [
    # jobbutik at counter 1: waits 5, 10, 20 min; service 4, 6, 8 min
    ticket(1, "jobbutik", DONE, 1, called=5, serving=5, finished=9),
    ticket(2, "jobbutik", DONE, 1, arrived=0, called=10, serving=11, finished=17),
    ticket(3, "jobbutik", DONE, 1, arrived=10, called=30, serving=30, finished=38),
    # jobbutik at counter 2: a no-show after a 15-minute wait
    ticket(4, "jobbutik", NO_SHOW, 2, arrived=5, called=20, finished=25),
    # aftale: never called yet, and one served at counter 2 with no wait (walk-in)
    ticket(5, "aftale", WAITING, arrived=40),
    ticket(6, "aftale", DONE, 2, arrived=50, called=50, serving=50, finished=53),
]


def test_per_counter_and_per_service_figures_of_a_small_day() -> None:
    rows = {(r.service_code, r.counter_number): r for r in by_counter(SMALL_DAY)}
    shop1 = rows[("jobbutik", 1)]
    assert (shop1.arrivals, shop1.served, shop1.no_shows) == (3, 3, 0)
    assert (shop1.wait_p50_min, shop1.wait_p90_min) == (10.0, 20.0)
    assert (shop1.service_mean_min, shop1.service_p90_min) == (6.0, 8.0)
    shop2 = rows[("jobbutik", 2)]
    assert (shop2.arrivals, shop2.served, shop2.no_shows, shop2.wait_p50_min) == (1, 0, 1, 15.0)
    assert shop2.service_mean_min is None
    never = rows[("aftale", None)]  # arrived, not called: counted without a counter
    assert (never.arrivals, never.served, never.wait_p50_min) == (1, 0, None)
    assert rows[("aftale", 2)].wait_p50_min == 0.0

    totals = {r.service_code: r for r in by_service(SMALL_DAY)}
    shop = totals["jobbutik"]
    assert (shop.arrivals, shop.served, shop.no_shows) == (4, 3, 1)
    assert (shop.wait_p50_min, shop.wait_p90_min) == (10.0, 20.0)  # 5, 10, 15, 20
    assert (totals["aftale"].arrivals, totals["aftale"].served) == (2, 1)


def test_csv_opens_in_danish_excel_bom_semicolons_decimal_comma(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "statistik.csv", by_counter(SMALL_DAY))
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == HEADERS
    shop1 = next(r for r in rows if r[2] == "jobbutik" and r[4] == "1")
    assert shop1[:9] == ["2026-11-24", "MUS", "jobbutik", "fremmøde", "1", "3", "3", "0", "0"]
    assert shop1[9:] == ["10,0", "20,0", "6,0", "8,0"]
    never = next(r for r in rows if r[2] == "aftale" and r[4] == "")
    assert never[9] == ""  # no wait known: an empty cell, not 0


def test_xlsx_has_both_tables_with_numbers_as_numbers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "statistik.xlsx", by_counter(SMALL_DAY), by_service(SMALL_DAY))
    book = load_workbook(path)
    assert book.sheetnames == ["Pr. skranke", "Pr. kø"]
    per_service = book["Pr. kø"]
    assert [c.value for c in per_service[1]] == list(HEADERS)
    assert per_service.freeze_panes == "A2"
    shop = next(r for r in per_service.iter_rows(min_row=2, values_only=True) if r[2] == "jobbutik")
    assert shop[3] == "fremmøde" and shop[5:9] == (4, 3, 1, 0) and shop[9] == 10.0


def test_an_unwritable_folder_gives_a_danish_error_and_no_file(tmp_path: Path) -> None:
    missing = tmp_path / "findes-ikke" / "statistik.csv"
    with pytest.raises(ExportError, match="kunne ikke gemmes"):
        write_csv(missing, by_counter(SMALL_DAY))
    assert not missing.parent.exists()
    target = tmp_path / "optaget"
    target.mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(ExportError, match="kunne ikke gemmes"):
        write_xlsx(target, [], [])
    assert [p.name for p in tmp_path.iterdir()] == ["optaget"]  # no temporary file left


def test_statistics_from_a_real_store_by_date_range_and_site(
    store: LocalStore,
    bus: CommandBus,
    workstation: WorkstationConfig,
    registration: RegistrationService,
) -> None:
    citizen = registration.register_citizen(
        NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.OTHER)
    )
    first = registration.issue_ticket(citizen.id, "jobbutik")
    registration.issue_ticket(citizen.id, "jobbutik", serve_at_counter=1)  # walk-in
    queue = QueueService(store.unit_of_work, bus, workstation, ["jobbutik"])
    with store.unit_of_work() as uow:  # the service day the tickets got
        old = uow.tickets.get(first.ticket_id)
        assert old is not None
    today = old.service_day
    per_counter, per_service = queue.statistics(today, today)
    [total] = per_service
    assert (total.arrivals, total.served) == (2, 0)
    assert {r.counter_number for r in per_counter} == {None, 1}
    assert queue.statistics(today - dt.timedelta(days=7), today - dt.timedelta(days=1)) == ([], [])
    with pytest.raises(Exception, match="Slutdatoen ligger før startdatoen"):
        queue.statistics(today, today - dt.timedelta(days=1))
    assert dataclasses.asdict(total)["site_code"] == "MUS"


def test_the_reason_is_danish_and_minutes_show_one_decimal(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        write_csv(tmp_path / "findes-ikke" / "s.csv", [])
    assert caught.value.message.endswith(": mappen findes ikke.")
    path = write_xlsx(tmp_path / "s.xlsx", by_counter(SMALL_DAY), by_service(SMALL_DAY))
    assert path.stat().st_mode & 0o777 == 0o644
    never = next(
        r for r in load_workbook(path)["Pr. skranke"].iter_rows(min_row=2) if r[4].value is None
    )
    assert never[2].value == "aftale"  # a blank cell, not an empty text
    assert {c.number_format for c in never[9:]} == {"0.0"}


def test_callbacks_have_rows_of_their_own_beside_the_walk_ins(tmp_path: Path) -> None:
    rung = dataclasses.replace(
        ticket(7, "jobbutik", DONE, 1, arrived=0, called=90, serving=91, finished=95),
        channel="phone",
        phone="22334455",
    )
    waiting = dataclasses.replace(ticket(8, "jobbutik", WAITING, arrived=60), channel="phone")
    totals = {(r.service_code, r.channel): r for r in by_service([*SMALL_DAY, rung, waiting])}
    walk_ins, callbacks = totals[("jobbutik", "walk_in")], totals[("jobbutik", "phone")]
    assert (walk_ins.arrivals, walk_ins.wait_p50_min) == (4, 10.0)  # as without callbacks
    assert (callbacks.arrivals, callbacks.served, callbacks.wait_p50_min) == (2, 1, 90.0)
    order = [(r.service_code, r.channel) for r in by_service([*SMALL_DAY, rung, waiting])]
    assert order.index(("jobbutik", "walk_in")) + 1 == order.index(("jobbutik", "phone"))
    rows = list(csv.reader(io.StringIO(csv_text(by_counter([rung]))), delimiter=";"))
    assert rows[1][2:5] == ["jobbutik", "tilbagekald", "1"]
