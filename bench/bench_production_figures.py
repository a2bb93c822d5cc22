"""Production figures for a month at three sites on the server, beside the raw SQL of the
same figures in the same run.

    python3 bench/bench_production_figures.py                  # Nov 2026, ~30,000 visits
    python3 bench/bench_production_figures.py --visits 60      # quick
    python3 bench/bench_production_figures.py --postgres       # and a throwaway PostgreSQL
    python3 bench/bench_production_figures.py --postgresql postgresql://…/db   # PostgreSQL too

1. A server database (SQLite file; PostgreSQL when a URL is given) is migrated and
   seeded as the server does, and a month of activity at MUS, SKB and NYR is made by
   the month generator (app/management_info/month_generator.py) through the real
   commands, applied as the server applies a push (`apply_command`, the same catalogue).
2. The figures are computed as the endpoint computes them
   (`server.management_info_service.production_figures`: the supervisor check, every
   section's aggregate SQL, folding the hours into days, the JSON reply) and through the
   store's source alone, per site and per staff member — and checked number for number
   against the generator's counts.
3. Baseline: the same GROUP BY statements as raw SQL on the DBAPI connection, rows
   fetched and nothing else done with them. Target: ≤ 3× raw and < 500 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from app.catalogue import CATALOGUE  # noqa: E402
from app.clock import COPENHAGEN  # noqa: E402
from app.commands.bus import apply_command  # noqa: E402
from app.commands.envelope import CommandEnvelope  # noqa: E402
from app.management_info.figures import FiguresOrigin  # noqa: E402
from app.management_info.month_generator import SITES, generate_month  # noqa: E402
from app.management_info.wire import from_wire  # noqa: E402
from server import management_info_service  # noqa: E402
from server.db import Database, open_database, prepare  # noqa: E402
from shared_store.management_info import SqlProductionFigures  # noqa: E402

FIRST = dt.date(2026, 11, 1)
DAYS = 30
TARGET_MS = 500.0
TARGET_RATIO = 3.0


def _bounds(first: dt.date, last: dt.date) -> tuple[str, str]:
    def midnight(day: dt.date) -> str:
        local = dt.datetime.combine(day, dt.time(), tzinfo=COPENHAGEN)
        return local.astimezone(dt.UTC).isoformat(timespec="microseconds")

    return midnight(first), midnight(last + dt.timedelta(days=1))


def raw_statements(
    first: dt.date, last: dt.date, sites: Sequence[str], per_staff: bool, postgresql: bool
) -> list[str]:
    """The same aggregates as shared_store/management_info.py, as plain SQL text."""
    low, high = _bounds(first, last)
    in_sites = "(" + ", ".join(f"'{s}'" for s in sites) + ")"
    now = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")

    def period(column: str, site: str) -> str:
        return f"{column} >= '{low}' AND {column} < '{high}' AND {site} IN {in_sites}"

    def staff(column: str) -> str:
        return f"{column}, " if per_staff else ""

    called = "coalesce(t.first_called_at, t.called_at)"
    arrival = "coalesce(t.queued_at, t.issued_at)"
    if postgresql:
        wait = (
            f"extract(epoch from (CAST({called} AS timestamptz) - CAST({arrival} AS timestamptz)))"
        )
        moved = "anchor_moved"
    else:
        wait = f"(julianday({called}) - julianday({arrival})) * 86400.0"
        moved = "anchor_moved = 1"
    h = "substr({}, 1, 13)"
    return [
        # The latest category before the visit: its target group (mapped in Python).
        f"SELECT h, site_code, service_code, {staff('staff_id')}support_basis, category, "
        f"count(*) FROM (SELECT {h.format('v.started_at')} AS h, v.site_code, "
        f"v.service_code, v.staff_id, c.support_basis, (SELECT d.category FROM "
        "categorisation_decision d WHERE d.citizen_id = v.citizen_id AND d.decided_at <= "
        "v.started_at ORDER BY d.decided_at DESC LIMIT 1) AS category FROM visit v "
        f"JOIN citizen c ON c.id = v.citizen_id WHERE {period('v.started_at', 'v.site_code')}"
        f") AS visits GROUP BY h, site_code, service_code, {staff('staff_id')}support_basis, "
        "category",
        f"SELECT {h.format('decided_at')} AS h, site_code, {staff('staff_id')}scheme_code, "
        "category, count(*), sum(CASE WHEN suggested_category IS NOT NULL AND "
        "suggested_category != category THEN 1 ELSE 0 END) FROM categorisation_decision "
        f"WHERE {period('decided_at', 'site_code')} "
        f"GROUP BY h, site_code, {staff('staff_id')}scheme_code, category",
        f"SELECT {h.format('referred_at')} AS h, site_code, from_target, {staff('staff_id')}"
        f"to_site, to_target, count(*), sum(CASE WHEN {moved} THEN 1 ELSE 0 END) FROM referral "
        f"WHERE {period('referred_at', 'site_code')} "
        f"GROUP BY h, site_code, from_target, {staff('staff_id')}to_site, to_target",
        f"SELECT {h.format('s.starts_at')} AS h, s.site_code, s.kind, {staff('b.staff_id')}"
        f"b.status, count(*), sum(CASE WHEN s.starts_at < '{now}' THEN 1 ELSE 0 END) "
        "FROM group_booking b JOIN group_session s ON s.id = b.session_id "
        f"WHERE {period('s.starts_at', 's.site_code')} "
        f"GROUP BY h, s.site_code, s.kind, {staff('b.staff_id')}b.status",
        f"SELECT {h.format('s.starts_at')} AS h, s.site_code, s.kind, {staff('b.staff_id')}"
        "count(*) FROM follow_up f JOIN group_booking b ON b.id = f.source_id "
        "JOIN group_session s ON s.id = b.session_id WHERE f.kind = 'partshoering' AND "
        f"b.status = 'booked' AND {period('s.starts_at', 's.site_code')} "
        f"GROUP BY h, s.site_code, s.kind{', b.staff_id' if per_staff else ''}",
        f"SELECT {h.format('created_at')} AS h, site_code, count(*) FROM follow_up "
        f"WHERE kind = 'partshoering' AND {period('created_at', 'site_code')} "
        "GROUP BY h, site_code",
        f"SELECT {h.format('closed_at')} AS h, site_code, {staff('closed_by')}outcome, due, "
        "count(*) FROM follow_up WHERE kind = 'partshoering' AND status = 'done' AND "
        f"{period('closed_at', 'site_code')} "
        f"GROUP BY h, site_code, {staff('closed_by')}outcome, due",
        f"SELECT {h.format('j.referred_at')} AS h, j.site_code, v.trade_area, "
        f"{staff('j.staff_id')}j.outcome, count(*) FROM job_referral j "
        f"JOIN vacancy v ON v.id = j.vacancy_id WHERE {period('j.referred_at', 'j.site_code')} "
        f"GROUP BY h, j.site_code, v.trade_area, {staff('j.staff_id')}j.outcome",
        f"SELECT {h.format('received_at')} AS h, site_code, trade_area, {staff('staff_id')}"
        "status, count(*), sum(CASE WHEN status = 'fulfilled' AND closed_at <= due_at THEN 1 "
        f"ELSE 0 END) FROM kvik_request WHERE {period('received_at', 'site_code')} "
        f"GROUP BY h, site_code, trade_area, {staff('staff_id')}status",
        f"SELECT {h.format('held_at')} AS h, site_code, {staff('staff_id')}topic, count(*), "
        f"sum(minutes) FROM advice_session WHERE {period('held_at', 'site_code')} "
        f"GROUP BY h, site_code, {staff('staff_id')}topic",
        f"SELECT t.service_day, t.site_code, t.service_code, {staff('t.called_by')}count(*), "
        "sum(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN t.status = 'no_show' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN t.status = 'cancelled' THEN 1 ELSE 0 END), "
        f"count({called}), sum(CASE WHEN {called} IS NOT NULL AND {wait} <= 900.0005 "
        f"THEN 1 ELSE 0 END), sum(CASE WHEN {called} IS NOT NULL THEN {wait} ELSE 0.0 END) "
        f"FROM ticket t WHERE t.service_day >= '{first.isoformat()}' AND "
        f"t.service_day <= '{last.isoformat()}' AND t.site_code IN {in_sites} "
        f"GROUP BY t.service_day, t.site_code, t.service_code{', t.called_by' if per_staff else ''}",
    ]


def _raw(db: Database, statements: Sequence[str]) -> int:
    connection = db.read_engine.raw_connection()
    try:
        cursor = connection.cursor()
        rows = 0
        for sql in statements:
            cursor.execute(sql)
            rows += len(cursor.fetchall())
        connection.rollback()
        return rows
    finally:
        connection.close()


def _timed(work: Callable[[], object], runs: int) -> list[float]:
    work()  # warm: the first read opens connections and fills caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return times


def _generate(db: Database, days: int, visits: int) -> tuple[Any, float]:
    pending: list[CommandEnvelope] = []

    def flush() -> None:
        with db.unit_of_work() as uow:
            uow.begin_write()
            for env in pending:
                apply_command(uow, env, CATALOGUE, to_outbox=False)
            uow.commit()
        pending.clear()

    def execute(envelopes: Sequence[CommandEnvelope]) -> None:
        # The generator reads nothing back between batches: apply them 2,000 at a time.
        pending.extend(envelopes)
        if len(pending) >= 2000:
            flush()

    start = time.perf_counter()
    expected = generate_month(
        db.unit_of_work, execute, first_day=FIRST, days=days, visits_per_day=visits, seed=2026
    )
    flush()
    return expected, time.perf_counter() - start


def bench(url: str, label: str, days: int, visits: int, runs: int) -> list[str]:
    db = open_database(url)
    prepare(db)
    expected, took = _generate(db, days, visits)
    last = FIRST + dt.timedelta(days=days - 1)
    print(
        f"\n{label}: {expected.visits:,} visits, {expected.commands:,} commands applied in "
        f"{took:.0f} s ({expected.commands / took:,.0f}/s)"
    )
    postgresql = not db.is_sqlite
    lines = []
    source = SqlProductionFigures(db.reads, FiguresOrigin.SERVER)
    print(f"  {'':<58}{'p50':>9}{'p95':>9}   (ms, {runs} runs)")
    for per_staff in (False, True):
        which = "per staff member" if per_staff else "per site"

        def endpoint(per_staff: bool = per_staff) -> dict[str, Any]:
            return management_info_service.production_figures(
                db,
                staff_id="mus-ljp",
                first_day=FIRST,
                last_day=last,
                sites=SITES,
                per_staff=per_staff,
            )

        reply = from_wire(endpoint())
        got = {
            (r.section, r.measure, r.day, r.site_code, r.unit, r.staff_id, r.group, r.breakdown): (
                r.value
            )
            for r in reply.rows
        }
        equal = got == expected.rows(FIRST, last, per_staff=per_staff)
        statements = raw_statements(FIRST, last, SITES, per_staff, postgresql)
        served = _timed(endpoint, runs)
        computed = _timed(partial(source.production_figures, FIRST, last, SITES, per_staff), runs)
        raw = _timed(partial(_raw, db, statements), runs)
        raw_rows = _raw(db, statements)
        for name, values in (
            (f"endpoint (check, SQL, fold, JSON), {which}", served),
            (f"SqlProductionFigures, {which}", computed),
            (f"raw SQL, same {len(statements)} GROUP BYs ({raw_rows:,} rows)", raw),
        ):
            print(f"  {name:<58}{statistics.median(values):>9.1f}{_p95(values):>9.1f}")
        ratio = statistics.median(served) / statistics.median(raw)
        met = ratio <= TARGET_RATIO and statistics.median(served) < TARGET_MS
        print(
            f"  → {len(reply.rows):,} figure rows, equal to the generator's counts: "
            f"{'yes' if equal else 'NO'}; endpoint / raw = {ratio:.2f}× "
            f"(target ≤ {TARGET_RATIO:.0f}× and < {TARGET_MS:.0f} ms: {'MET' if met else 'NOT MET'})"
        )
        lines.append(
            f"| {label}, {which} | {statistics.median(served):.0f} ms | "
            f"{statistics.median(raw):.0f} ms | {ratio:.2f}× | {'yes' if equal else 'NO'} |"
        )
        if not equal:
            raise SystemExit("the figures differ from the generator's counts")
    db.dispose()
    return lines


def _p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=DAYS, help="calendar days from 1 Nov 2026")
    parser.add_argument(
        "--visits", type=int, default=476, help="visits per site and working day (476 ≈ 30,000)"
    )
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--postgresql", help="a PostgreSQL URL whose database may be filled")
    parser.add_argument(
        "--postgres", action="store_true", help="also on a throwaway PostgreSQL cluster (fsync on)"
    )
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    args = parser.parse_args(argv)
    print(
        f"Skranke production figures — {args.days} days from {FIRST}, sites {', '.join(SITES)}, "
        f"{args.visits} visits per site and working day"
    )
    lines = []
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory(prefix="skranke-figures-") as folder:
            url = f"sqlite:///{Path(folder) / 'server.sqlite3'}"
            lines += bench(url, "SQLite", args.days, args.visits, args.runs)
    if args.postgresql:
        lines += bench(args.postgresql, "PostgreSQL", args.days, args.visits, args.runs)
    elif args.postgres:
        from tests.server.harness import PgCluster

        cluster = PgCluster().start(durable=True)
        try:
            url = cluster.new_database()
            lines += bench(url, "PostgreSQL", args.days, args.visits, args.runs)
        finally:
            cluster.stop()
    print("\n| month, 3 sites | endpoint p50 | raw SQL p50 | ratio | equal |")
    print("|---|---|---|---|---|")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
