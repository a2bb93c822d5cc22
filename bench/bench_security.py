"""What security costs: the audit entry per change, a logged look-up, sign-in, the encrypted store.

    python3 bench/bench_security.py            # 300 changes / look-ups per row
    python3 bench/bench_security.py --quick    # 100

Each row stands beside its baseline in the same run:
1. register_citizen through the command bus without and with the audit hook (one
   record_audit command in the same transaction), beside a raw SQLite INSERT;
2. opening a citizen card without and with its view_citizen entry;
3. argon2id hash + verify at the default cost (what a sign-in waits for, off the GUI thread)
   beside one SHA-256;
4. the same card read on a plain and on a SQLCipher store.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from bench_registration import header, row  # noqa: E402

from app.catalogue import CATALOGUE  # noqa: E402
from app.commands.bus import CommandBus  # noqa: E402
from app.entities import SupportBasis  # noqa: E402
from app.registration import NewCitizen, RegistrationService  # noqa: E402
from app.security.audit_trail import AuditTrail, audit_change  # noqa: E402
from app.security.passwords import Passwords  # noqa: E402
from app.workstation import WorkstationConfig, configure_workstation  # noqa: E402
from local_cache.store import DB_FILE_NAME, LocalStore, open_store  # noqa: E402


def timed(action: Callable[[], object], n: int) -> list[float]:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def cpr(n: int) -> str:
    """A distinct valid CPR number per n (serial, then day/month/year)."""
    serial, rest = n % 10_000, n // 10_000
    day, month, year = rest % 28 + 1, rest // 28 % 12 + 1, 60 + rest // 336 % 30
    return f"{day:02d}{month:02d}{year:02d}{serial:04d}"


def desk(store: LocalStore, audited: bool) -> tuple[RegistrationService, WorkstationConfig]:
    with store.unit_of_work() as uow:
        ws = configure_workstation(
            store.settings, uow.reference, site_code="MUS", counter_number=1, staff_id="mus-bbj"
        )
    bus = CommandBus(store.unit_of_work, CATALOGUE, audit=audit_change if audited else None)
    trail = AuditTrail(
        store.unit_of_work,
        workstation_id=ws.workstation_id,
        site_code="MUS",
        staff_id=lambda: "mus-bbj",
    )
    return RegistrationService(store.unit_of_work, bus, ws, audit=trail if audited else None), ws


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    n = 100 if parser.parse_args(argv).quick else 300
    print(f"Skranke security benchmark — {n} operations per row")
    with tempfile.TemporaryDirectory(prefix="skranke-sec-") as folder:
        root = Path(folder)
        plain, keyed = open_store(root / "plain"), open_store(root / "keyed", key=b"k" * 32)
        try:
            _changes(plain, n)
            _cards(plain, keyed, n)
        finally:
            plain.close()
            keyed.close()
    _passwords(max(5, n // 30))
    return 0


def _changes(store: LocalStore, n: int) -> None:
    header("1. A change: register_citizen through the bus")
    counter = iter(range(10**6))
    raw = sqlite3.connect(store.path.parent / "raw.sqlite3")
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, cpr TEXT, name TEXT)")

    def insert() -> None:
        with raw:
            raw.execute("INSERT INTO t (cpr, name) VALUES (?, ?)", (cpr(next(counter)), "x"))

    print(row("raw SQLite: one INSERT + COMMIT (baseline)", timed(insert, n)))
    for audited in (False, True):
        service, _ws = desk(store, audited)

        def register(service: RegistrationService = service) -> None:
            k = next(counter)
            service.register_citizen(NewCitizen(cpr(k), "Bench", f"B{k}", SupportBasis.OTHER))

        label = "bus, with its audit entry" if audited else "bus, no audit (as before issue 8)"
        print(row(label, timed(register, n)))
    raw.close()


def _cards(plain: LocalStore, keyed: LocalStore, n: int) -> None:
    header("2. A look-up: open a citizen card")
    results = {}
    for name, store in (("plain", plain), ("SQLCipher", keyed)):
        for audited in (False, True):
            service, _ws = desk(store, audited)
            if name == "SQLCipher" and not audited:
                for k in range(50):
                    service.register_citizen(
                        NewCitizen(cpr(900_000 + k), "Bench", f"C{k}", SupportBasis.OTHER)
                    )
            ids = [h.citizen_id for h in service.search("Bench", limit=50)]
            results[(name, audited)] = timed(lambda s=service, i=ids: s.card(i[0]), n)
    print(row("plain store, card without audit entry", results[("plain", False)]))
    print(row("plain store, card + view_citizen entry", results[("plain", True)]))
    print(row("SQLCipher store, card without audit entry", results[("SQLCipher", False)]))
    print(row("SQLCipher store, card + view_citizen entry", results[("SQLCipher", True)]))
    print(f"  (store files: {DB_FILE_NAME} in each folder)")


def _passwords(n: int) -> None:
    header("3. Sign-in: argon2id at the default cost (64 MiB, t=3, p=4)")
    passwords = Passwords()
    encoded = passwords.hash("4711-demo")
    print(row("SHA-256 of the secret (baseline)", timed(lambda: hashlib.sha256(b"4711"), n)))
    print(row("argon2id hash (setting a secret)", timed(lambda: passwords.hash("4711-demo"), n)))
    print(
        row(
            "argon2id verify (one sign-in)",
            timed(lambda: passwords.verify(encoded, "4711-demo"), n),
        )
    )


if __name__ == "__main__":
    sys.exit(main())
