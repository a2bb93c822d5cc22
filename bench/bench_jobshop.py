"""Job-shop search over many vacancies, beside the raw SQL it runs — and the import's pace.

    python3 bench/bench_jobshop.py                       # 50,000 vacancies
    python3 bench/bench_jobshop.py --vacancies 5000      # quick

Three ways to answer the same searches, in the same run on the same store:
  service  VacancyService.search: unit of work, ORM query, records, today's status
  raw FTS  the same FTS5 + index query on a plain sqlite3 connection (the floor)
  raw LIKE a full scan with LIKE '%word%' per word (what the indexes save)
See bench/README.md («Job shop»).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from app.catalogue import CATALOGUE  # noqa: E402
from app.clock import service_day  # noqa: E402
from app.commands.bus import CommandBus  # noqa: E402
from app.commands.envelope import new_id, utc_now  # noqa: E402
from app.jobshop.records import Company, Vacancy, VacancyStatus  # noqa: E402
from app.jobshop.vacancy_import import VacancyImportService  # noqa: E402
from app.jobshop.vacancy_service import VacancyService  # noqa: E402
from app.workstation import configure_workstation  # noqa: E402
from local_cache.store import DB_FILE_NAME, LocalStore, open_store  # noqa: E402
from shared_store.jobshop.rows import company_values, vacancy_values  # noqa: E402
from shared_store.jobshop.tables import CompanyRow, VacancyRow  # noqa: E402
from shared_store.jobshop.vacancy_search import fts_matches, query_words  # noqa: E402

TITLES = (
    "Lagermedarbejder",
    "Truckfører",
    "Chauffør",
    "Pakkeriarbejder",
    "Kassemedarbejder",
    "Butiksassistent",
    "Salgsassistent",
    "Kontorassistent",
    "Receptionist",
    "Bogholder",
    "Social- og sundhedshjælper",
    "Social- og sundhedsassistent",
    "Pædagogmedhjælper",
    "Rengøringsassistent",
    "Køkkenmedhjælper",
    "Kok",
    "Tjener",
    "Opvasker",
    "Tømrer",
    "Murer",
    "Elektriker",
    "VVS-montør",
    "Maler",
    "Smed",
    "Industrioperatør",
    "Buschauffør",
    "Postbud",
    "Kundeservicemedarbejder",
    "IT-supporter",
    "Programmør",
    "Lagerchef",
    "Hjemmehjælper",
    "Portør",
    "Vicevært",
    "Gartner",
    "Bager",
    "Slagter",
    "Frisør",
)
AREAS = {
    "industri_lager_transport_service": (0, 1, 2, 3, 13, 24, 25, 26, 30, 33),
    "butik_handel_kontor": (4, 5, 6, 7, 8, 9, 27, 35, 36, 37),
    "sosu": (10, 11, 31, 32),
    "paedagogik_undervisning": (12,),
    "hotel_restauration": (14, 15, 16, 17),
    "bygge_anlaeg": (18, 19, 20, 21, 22, 23, 34),
    "it_kommunikation": (28, 29),
}
PLACES = (
    "Valby",
    "Vesterbro",
    "Nørrebro",
    "Østerbro",
    "Amager",
    "Sydhavnen",
    "Bispebjerg",
    "Brønshøj",
    "Vanløse",
    "Indre By",
    "Kastrup",
    "Hvidovre",
    "Glostrup",
    "Køge",
    "Ishøj",
)
COMPANY_WORDS = (
    "Nordisk",
    "Dansk",
    "Øresund",
    "Amager",
    "Valby",
    "Sølund",
    "Hafnia",
    "Bella",
    "Carlsberg",
    "Ørsted",
    "Kløver",
    "Strand",
    "Havne",
    "Byens",
    "Grøn",
    "Nord",
    "Syd",
    "Vest",
    "Øst",
)
COMPANY_KINDS = (
    "Logistik",
    "Transport",
    "Byg",
    "Pleje",
    "Service",
    "Handel",
    "Bageri",
    "Rengøring",
    "IT",
    "Catering",
    "El",
    "VVS",
    "Vikar",
    "Supermarked",
)
REQUIREMENTS = (
    "Truckcertifikat",
    "Kørekort B",
    "Kørekort C/E",
    "Gode danskkundskaber",
    "Engelsk",
    "Erfaring fra lager",
    "Kassesystemer",
    "SOSU-uddannelse",
    "Hygiejnebevis",
    "Svendebrev",
    "Fleksibel",
    "Skiftende vagter",
    "Aften og weekend",
    "Mødestabil",
    "Ren straffeattest",
)
# (label, text, trade area or None, deadline within N days or None)
QUERIES: tuple[tuple[str, str, str | None, int | None], ...] = (
    ("typing «l»", "l", None, None),
    ("typing «la»", "la", None, None),
    ("typing «lag»", "lag", None, None),
    ("typing «lager»", "lager", None, None),
    ("typing «lagermedarbejder»", "lagermedarbejder", None, None),
    ("infix «medarb» (compound words)", "medarb", None, None),
    ("two words «kasse valby»", "kasse valby", None, None),
    ("company «sølund»", "sølund", None, None),
    ("trade area only (SOSU)", "", "sosu", None),
    ("area + text «assistent»", "assistent", "sosu", None),
    ("deadline within 7 days", "", None, 7),
    ("no hit «xylofon»", "xylofon", None, None),
    ("everything (no filter)", "", None, None),
)


def build(store: LocalStore, n: int, seed: int) -> float:
    rng = random.Random(seed)
    today = service_day(utc_now())
    now = utc_now()
    companies = [
        Company(
            new_id(),
            f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_KINDS)} {i}",
            "",
            "mus-aan",
            "",
            now,
            "mus-aan",
        )
        for i in range(max(1, n // 25))
    ]
    areas = list(AREAS)
    start = time.perf_counter()
    with store.unit_of_work() as uow:
        session = uow.session  # type: ignore[attr-defined]
        session.add_all(CompanyRow(**company_values(c)) for c in companies)
        for i in range(n):
            area = rng.choice(areas)
            company = rng.choice(companies)
            status = VacancyStatus.FILLED if rng.random() < 0.1 else VacancyStatus.OPEN
            vacancy = Vacancy(
                id=new_id(),
                company_id=company.id,
                company_name=company.name,
                title=TITLES[rng.choice(AREAS[area])],
                trade_area=area,
                place=rng.choice(PLACES),
                hours=rng.choice(("37 t/uge", "Deltid", "Vagter")),
                requirements=", ".join(rng.sample(REQUIREMENTS, 3)),
                deadline=today + dt.timedelta(days=rng.randint(0, 90)),
                positions=rng.randint(1, 5),
                contact_staff_id="mus-aan",
                status=status,
                created_at=now,
                created_by="mus-aan",
                site_code="MUS",
                source_ref=f"B-{i}",
            )
            session.add(VacancyRow(**vacancy_values(vacancy)))
            if i % 5000 == 4999:
                session.flush()
        uow.commit()
    return time.perf_counter() - start


def _open_orders(
    area: str | None, until: dt.date | None, today: dt.date
) -> tuple[str, list[object]]:
    sql = "SELECT * FROM vacancy WHERE status = 'open' AND deadline >= ?"
    params: list[object] = [today.isoformat()]
    if area:
        sql += " AND trade_area = ?"
        params.append(area)
    if until:
        sql += " AND deadline <= ?"
        params.append(until.isoformat())
    return sql, params


def raw_fts_sql(
    text: str, area: str | None, until: dt.date | None, today: dt.date
) -> tuple[str, list[object]]:
    sql, params = _open_orders(area, until, today)
    for table, match in fts_matches(query_words(text)):
        sql += f" AND pk IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"
        params.append(match)
    return sql + " ORDER BY deadline, title, id LIMIT 200", params


def raw_like_sql(
    text: str, area: str | None, until: dt.date | None, today: dt.date
) -> tuple[str, list[object]]:
    sql, params = _open_orders(area, until, today)
    for word in query_words(text):
        sql += " AND search_folded LIKE ?"
        params.append(f"%{word}%")
    return sql + " ORDER BY deadline, title, id LIMIT 200", params


def timed(fn: Callable[[], int], repeat: int) -> tuple[list[float], int]:
    out, result = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        out.append((time.perf_counter() - start) * 1000)
    return out, result


def pct(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))]


def import_pace(store: LocalStore, rows: int) -> tuple[float, float]:
    """Seconds to check and to import a CSV of `rows` new orders (through the real commands)."""
    with store.unit_of_work() as uow:
        ws = configure_workstation(
            store.settings, uow.reference, site_code="MUS", counter_number=1, staff_id="mus-aan"
        )
    service = VacancyImportService(
        store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws
    )
    deadline = (service.today() + dt.timedelta(days=30)).isoformat()
    path = Path(tempfile.mkdtemp()) / "jobordrer.csv"
    lines = ["jobordre_id;virksomhed;titel;branche;arbejdssted;frist;antal"]
    lines += [
        f"I-{i};Import Logistik {i % 40};Lagermedarbejder;industri_lager_transport_service;"
        f"Køge;{deadline};1"
        for i in range(rows)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    start = time.perf_counter()
    plan = service.plan(path)
    checked = time.perf_counter() - start
    start = time.perf_counter()
    service.run(plan)
    return checked, time.perf_counter() - start


def measure(
    label: str,
    service: VacancyService,
    raw: sqlite3.Connection,
    query: tuple[str, str | None, dt.date | None, dt.date],
    repeat: int,
) -> str:
    """One line of the table: the service, the same FTS query raw, and a LIKE scan."""
    text, area, until, today = query
    fts_sql, fts_params = raw_fts_sql(text, area, until, today)
    like_sql, like_params = raw_like_sql(text, area, until, today)
    service.search(text, trade_area=area, deadline_until=until)  # warm-up
    svc, rows = timed(
        lambda: len(service.search(text, trade_area=area, deadline_until=until)), repeat
    )
    fts, fts_rows = timed(lambda: len(raw.execute(fts_sql, fts_params).fetchall()), repeat)
    like, like_rows = timed(lambda: len(raw.execute(like_sql, like_params).fetchall()), repeat)
    notes = "" if rows == fts_rows else f"  (raw FTS gave {fts_rows})"
    if text and like_rows != rows and all(len(w) >= 3 for w in query_words(text)):
        notes += f"  (LIKE gave {like_rows})"
    figures = (pct(svc, 50), pct(svc, 95), pct(fts, 50), pct(fts, 95), pct(like, 50), pct(like, 95))
    widths = (13, 8, 13, 8, 14, 8)
    cells = "".join(f"{v:>{w}.2f}" for v, w in zip(figures, widths, strict=True))
    return f"  {label:<34}{rows:>6}{cells}{notes}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vacancies", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--import-rows", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="skranke-jobshop-"))
    store = open_store(folder)  # keyless: the raw sqlite3 baseline reads the same file
    load_s = build(store, args.vacancies, args.seed)
    with store.unit_of_work() as uow:
        ws = configure_workstation(
            store.settings, uow.reference, site_code="MUS", counter_number=1, staff_id="mus-aan"
        )
    service = VacancyService(store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws)
    today = service.today()
    raw = sqlite3.connect(folder / DB_FILE_NAME)
    size_mb = sum(p.stat().st_size for p in folder.glob(DB_FILE_NAME + "*")) / 1e6

    print(
        f"\nJob shop: {args.vacancies:,} vacancies (+{max(1, args.vacancies // 25):,} companies), "
        f"loaded through the ORM with both FTS5 indexes in {load_s:.1f} s; store {size_mb:.0f} MB"
    )
    print(f"each query {args.repeat}× after one warm-up; ms per search, limit 200 rows\n")
    print(
        f"  {'query':<34}{'rows':>6}{'service p50':>13}{'p95':>8}{'raw FTS p50':>13}{'p95':>8}"
        f"{'raw LIKE p50':>14}{'p95':>8}"
    )
    for label, text, area, within in QUERIES:
        until = today + dt.timedelta(days=within) if within else None
        print(measure(label, service, raw, (text, area, until, today), args.repeat))
    if args.import_rows:
        checked, imported = import_pace(store, args.import_rows)
        print(
            f"\nImport of {args.import_rows:,} new orders from CSV (real commands, into the same store): "
            f"check {checked:.2f} s ({args.import_rows / checked:,.0f} rows/s), "
            f"import in one transaction {imported:.2f} s ({args.import_rows / imported:,.0f} rows/s)"
        )
    raw.close()
    store.close()


if __name__ == "__main__":
    main()
