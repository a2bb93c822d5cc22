"""The site's contact-course share (the worklist's line, the management figures) beside raw SQL.

    python3 bench/bench_contact_course.py                    # 2,000 citizens in the course
    python3 bench/bench_contact_course.py --citizens 500     # quick

In the same run on the same store (a reform decision for each citizen at MUS in the last six
months, 0–4 held interviews, every tenth exempted, plus as many at SKB that MUS never reads):
  service  site_course_share: the candidates' decisions, held interviews and exemptions in
           four queries through the unit of work, then the course's rules for each citizen
  raw SQL  one grouped query on a plain sqlite3 connection counting the candidates' held
           interviews and exemptions (the floor: no rules applied)
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from app.clock import COPENHAGEN  # noqa: E402
from app.entities import Citizen, SupportBasis  # noqa: E402
from app.visitation.contact_course import SiteCourseShare, site_course_share  # noqa: E402
from app.visitation.records import (  # noqa: E402
    CourseExemption,
    Decision,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
)
from local_cache.store import DB_FILE_NAME, LocalStore, open_store  # noqa: E402
from shared_store.visitation.seeding import ensure_visitation_seed  # noqa: E402

TODAY = dt.date(2027, 6, 1)

RAW = """
SELECT d.citizen_id,
       (SELECT count(*) FROM follow_up f WHERE f.citizen_id = d.citizen_id
          AND f.kind = 'kontaktsamtale' AND f.status = 'done'),
       (SELECT count(*) FROM course_exemption e WHERE e.citizen_id = d.citizen_id)
FROM categorisation_decision d
WHERE d.site_code = ? AND d.decided_at >= ?
GROUP BY d.citizen_id
"""


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10), tzinfo=COPENHAGEN).astimezone(dt.UTC)


def build(store: LocalStore, per_site: int, seed: int) -> float:
    rng = random.Random(seed)
    started = time.perf_counter()
    with store.unit_of_work() as uow:
        for s, site in enumerate(("MUS", "SKB")):
            for n in range(per_site):
                k = s * per_site + n  # the CPR's serial: unique below 10,000
                citizen_id = str(uuid.uuid4())
                first = TODAY - dt.timedelta(days=rng.randrange(1, 180))
                uow.citizens.add(
                    Citizen(
                        id=citizen_id,
                        cpr=f"{(k % 28) + 1:02d}0190{k:04d}",
                        given_name="Bench",
                        family_name=f"Borger {n}",
                        support_basis=SupportBasis.CASH_BENEFIT,
                        created_at=at(first),
                        updated_at=at(first),
                    )
                )
                uow.visitation.add_decision(
                    Decision(
                        id=str(uuid.uuid4()),
                        citizen_id=citizen_id,
                        visitation_id=str(uuid.uuid4()),
                        scheme_code="reform2027",
                        scheme_version=1,
                        answers={"konkret_grundlag": "nej"},
                        category="jobparat",
                        category_label="Jobparat",
                        suggested_category="jobparat",
                        reason="",
                        staff_id="mus-aan",
                        site_code=site,
                        decided_at=at(first),
                    )
                )
                for i in range(rng.randrange(0, 5)):
                    held = min(first + dt.timedelta(days=30 * i + 1), TODAY)
                    uow.visitation.add_follow_up(
                        FollowUp(
                            id=str(uuid.uuid4()),
                            citizen_id=citizen_id,
                            kind=FollowUpKind.CONTACT_INTERVIEW,
                            due=held,
                            site_code=site,
                            created_at=at(first),
                            source_id=citizen_id,
                            status=FollowUpStatus.DONE,
                            outcome="gennemført",
                            closed_at=at(held),
                            closed_by="mus-aan",
                        )
                    )
                if n % 10 == 0:
                    uow.visitation.add_exemption(
                        CourseExemption(
                            id=str(uuid.uuid4()),
                            citizen_id=citizen_id,
                            site_code=site,
                            course_start=first,
                            reason_code="sygdom",
                            note="",
                            scheme_code="reform2027",
                            scheme_version=1,
                            granted_by="mus-aan",
                            granted_at=at(first),
                        )
                    )
        uow.commit()
    return time.perf_counter() - started


def timed(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    work()  # warm-up
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        runs.append((time.perf_counter() - started) * 1000)
    runs.sort()
    return statistics.median(runs), runs[min(len(runs) - 1, int(len(runs) * 0.95))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--citizens", type=int, default=2000, help="in the course per site")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if not 0 < args.citizens < 5000:
        parser.error("--citizens must be between 1 and 4,999 (CPR serials)")

    folder = Path(tempfile.mkdtemp(prefix="skranke-course-"))
    store = open_store(folder)  # keyless: the raw sqlite3 baseline reads the same file
    ensure_visitation_seed(store.engine, store.settings)
    load_s = build(store, args.citizens, args.seed)
    raw = sqlite3.connect(folder / DB_FILE_NAME)
    since = (at(TODAY - dt.timedelta(days=190))).isoformat()

    def service() -> SiteCourseShare | None:
        with store.unit_of_work() as uow:
            return site_course_share(uow, "MUS", TODAY)

    def baseline() -> list[tuple[str, int, int]]:
        return raw.execute(RAW, ("MUS", since)).fetchall()

    share = service()
    rows = baseline()
    print(
        f"\nContact course at MUS on {TODAY:%d.%m.%Y}: {args.citizens:,} citizens in the course "
        f"per site at 2 sites, loaded in {load_s:.1f} s; {args.repeat} runs after a warm-up\n"
    )
    print(f"  {'way':<10}{'citizens':>10}{'p50 ms':>10}{'p95 ms':>10}")
    p50, p95 = timed(service, args.repeat)
    assert share is not None and share.share_percent is not None
    print(f"  {'service':<10}{share.in_course:>10,}{p50:>10.1f}{p95:>10.1f}")
    p50, p95 = timed(baseline, args.repeat)
    print(f"  {'raw SQL':<10}{len(rows):>10,}{p50:>10.1f}{p95:>10.1f}")
    print(
        f"\n  share {share.share_percent:.1f} % on track, {share.exempted} exempted "
        f"(at most {share.exemptions_allowed}), target {share.target_percent} %"
    )


if __name__ == "__main__":
    main()
