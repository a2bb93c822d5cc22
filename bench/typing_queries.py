"""What a receptionist types: names letter by letter, fragments, and names that are not there."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass

# Typed as a user would (Danish letters, any case), each one letter at a time.
FIXED_STREAMS = (
    "søren jensen",
    "Søren Jørgensen",
    "mette hansen",
    "jensen søren",
    "gaard",
    "sen",
    "ens",
    "ørgaard",
    "ågård",
    "aagaard",
    "kræmer",
    "bøgh jørgensen",
    "celik",
    "mohammad ahmed",
    "al-hassan",
)
# Names nobody has: every keystroke must still be quick (the expensive case for FTS).
MISSES = ("jensens", "søren jnesen", "nielsen jensen hansen", "anders andersensen", "zyx")


@dataclass(frozen=True)
class Keystroke:
    stream: str
    query: str


def typed(stream: str) -> list[Keystroke]:
    return [Keystroke(stream, stream[:i]) for i in range(1, len(stream) + 1) if stream[:i].strip()]


def sample_names(db: sqlite3.Connection, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    top = db.execute("SELECT max(pk) FROM citizen").fetchone()[0] or 0
    names: list[str] = []
    while top and len(names) < count:
        row = db.execute(
            "SELECT given_name || ' ' || family_name FROM citizen WHERE pk = ?",
            (rng.randint(1, top),),
        ).fetchone()
        if row:
            names.append(row[0])
    return names


def keystrokes(db: sqlite3.Connection, seed: int) -> list[Keystroke]:
    """About a thousand keystrokes: 40 real names given-name first, 10 family-name first,
    the fixed streams above and the misses."""
    names = sample_names(db, 50, seed)
    streams = [n.lower() for n in names[:40]]
    streams += [" ".join(reversed(n.lower().split())) for n in names[40:]]
    streams += [*FIXED_STREAMS, *MISSES]
    return [k for s in streams for k in typed(s)]


def sample_cprs(db: sqlite3.Connection, count: int, seed: int) -> list[str]:
    """CPR numbers as a receptionist types them (DDMMYY-SSSS), of citizens in the store."""
    rng = random.Random(seed + 1)
    top = db.execute("SELECT max(pk) FROM citizen").fetchone()[0] or 0
    cprs: list[str] = []
    while top and len(cprs) < count:
        row = db.execute("SELECT cpr FROM citizen WHERE pk = ?", (rng.randint(1, top),)).fetchone()
        if row:
            cprs.append(f"{row[0][:6]}-{row[0][6:]}")
    return cprs
