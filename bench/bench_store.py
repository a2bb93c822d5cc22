"""Build (once) and cache a store with N generated citizens for the benchmarks."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import text

from app.demo_population import generate_citizens, generate_visits
from app.entities import Citizen, Visit
from app.workstation import configure_workstation
from local_cache.bulk_load import bulk_load_citizens, bulk_load_visits
from local_cache.store import DB_FILE_NAME, LocalStore, open_store

ROOT = Path(__file__).resolve().parent.parent
# A change to any of these makes a cached store stale.
_INPUTS = (
    "app/demo_population.py",
    "app/text_search.py",
    "local_cache/bulk_load.py",
    "shared_store/tables.py",
    *sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / "shared_store/migrations/versions").glob("*.py")
    ),
)
VISIT_SAMPLE = 8  # every 8th citizen is kept to draw past visits from


@dataclass(frozen=True)
class BuildInfo:
    citizens: int
    seed: int
    fingerprint: str
    built_on: str
    generate_s: float
    insert_s: float  # rows and both FTS5 indexes
    visits: int
    visits_s: float
    reindex: bool


def _fingerprint(count: int, seed: int) -> str:
    digest = hashlib.sha256(f"{count}/{seed}".encode())
    for name in _INPUTS:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


class _Timed:
    """Wraps the generator: how long was spent generating, apart from inserting."""

    def __init__(self, citizens: Iterable[Citizen]) -> None:
        self._it = iter(citizens)
        self.seconds = 0.0
        self.kept: list[Citizen] = []

    def __iter__(self) -> Iterator[Citizen]:
        index = 0
        while True:
            start = time.perf_counter()
            citizen = next(self._it, None)
            self.seconds += time.perf_counter() - start
            if citizen is None:
                return
            if index % VISIT_SAMPLE == 0:
                self.kept.append(citizen)
            index += 1
            yield citizen


def cached_store(
    out: Path, count: int, seed: int, *, rebuild: bool = False
) -> tuple[BuildInfo, bool]:
    """The store in `out`, built now unless a current one is there; True when built now."""
    info_file = out / "build.json"
    fingerprint = _fingerprint(count, seed)
    if not rebuild and info_file.exists() and (out / DB_FILE_NAME).exists():
        info = BuildInfo(**json.loads(info_file.read_text()))
        if info.fingerprint == fingerprint:
            return info, False
    shutil.rmtree(out, ignore_errors=True)
    info = _build(out, count, seed, fingerprint)
    info_file.write_text(json.dumps(asdict(info), indent=2))
    return info, True


def _build(out: Path, count: int, seed: int, fingerprint: str) -> BuildInfo:
    today = dt.date.today()
    store = open_store(out)
    try:
        with store.unit_of_work() as uow:
            configure_workstation(
                store.settings, uow.reference, site_code="MUS", counter_number=1, staff_id="mus-bbj"
            )
        timed = _Timed(generate_citizens(count, seed=seed, today=today))
        start = time.perf_counter()
        bulk_load_citizens(store.engine, timed, reindex=True, progress=_progress(count))
        insert_s = time.perf_counter() - start - timed.seconds
        start = time.perf_counter()
        visits = bulk_load_visits(store.engine, _visits(store, timed.kept, seed, today))
        visits_s = time.perf_counter() - start
        with store.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        store.close()
    print(file=sys.stderr)  # end the progress line
    return BuildInfo(
        count, seed, fingerprint, today.isoformat(), timed.seconds, insert_s, visits, visits_s, True
    )


def _visits(store: LocalStore, kept: list[Citizen], seed: int, today: dt.date) -> Iterable[Visit]:
    with store.unit_of_work() as uow:
        sites = [s.code for s in uow.reference.sites()]
        services = [s.code for s in uow.reference.services()]
        staff = {code: [m.id for m in uow.reference.staff(code)] for code in sites}
    return generate_visits(
        kept,
        site_codes=sites,
        service_codes=services,
        staff_by_site=staff,
        workstation_id="bench",
        seed=seed,
        today=today,
        share=min(1.0, 0.125 * VISIT_SAMPLE),
    )


def _progress(total: int) -> Callable[[int], None]:
    def report(done: int) -> None:
        print(f"\r  bygger lager: {done:>9,} / {total:,} borgere", end="", file=sys.stderr)

    return report


def compare_load_modes(count: int, seed: int) -> dict[str, float]:
    """Seconds to insert `count` citizens with FTS triggers vs. with a rebuild at the end."""
    citizens = list(generate_citizens(count, seed=seed))
    seconds: dict[str, float] = {}
    for label, reindex in (("triggers", False), ("reindex", True)):
        with tempfile.TemporaryDirectory(prefix="skranke-bench-") as tmp:
            store = open_store(Path(tmp))
            start = time.perf_counter()
            bulk_load_citizens(store.engine, citizens, reindex=reindex)
            seconds[label] = time.perf_counter() - start
            store.close()
    return seconds
