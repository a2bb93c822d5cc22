"""Name search that keeps up with typing at a million citizens.

The folded name (`app.text_search.fold_name`) is searched in three tiers, each
only when the ones before it have not filled the list:

1. the whole name starts with the query («søren j» → Søren Jensen): a range
   scan of the plain index on `name_folded`, already in alphabetical order;
2. every query word starts a word of the name («jen» → Søren Jensen, «jensen
   s» → Søren Jensen): the unicode61 FTS5 index `citizen_words`, whose prefix
   indexes (every length up to 12) answer a typed word from one list;
3. every query word of three letters or more occurs anywhere in the name
   («gaard» → Østergaard, «sen» → Hansen): the trigram FTS5 index `citizen_fts`.
   Shorter words are checked on the candidates. Tier 3 runs for one-word
   queries, and for longer ones only when nothing matched as a prefix (then
   the words are probably fragments).

Tiers 2 and 3 are cheap while matches are plentiful (FTS5 stops at the LIMIT),
but a query whose words are all common and never occur together (typically a
name that is not there, «nielsen jensen hansen») makes FTS5 read long lists
to the end. So they run under a time budget, enforced with SQLite's progress
handler: when it is spent, the search returns what it has. Typing never
stalls; a pathological query may show fewer infix matches than exist.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

SEARCH_BUDGET_S = 0.015  # tiers 2 and 3 stop here; the list then holds what was found
_WORD = re.compile(r"[^\W_]+")  # what unicode61 calls a token
# An encrypted store's connection is sqlcipher3's, with its own exception classes. The
# server has no encrypted store (and never searches by name), nor the package.
try:
    import sqlcipher3.dbapi2 as _sqlcipher  # type: ignore[import-untyped]
except ImportError:
    _INTERRUPTED: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
else:
    _INTERRUPTED = (sqlite3.OperationalError, _sqlcipher.OperationalError)


def word_prefix_query(folded: str) -> str | None:
    """FTS5 query for `citizen_words`: each word of the query starts a word of the name."""
    words = _WORD.findall(folded)
    return " AND ".join(f'"{w}"*' for w in words) or None


def trigram_query(folded: str) -> str | None:
    """FTS5 query for `citizen_fts`: every word of 3+ letters occurs somewhere in the name."""
    words = [w.replace('"', "") for w in folded.split() if len(w) >= 3]
    return " AND ".join(f'"{w}"' for w in words) or None


def find_citizen_pks(
    conn: sqlite3.Connection, folded: str, *, limit: int, budget_s: float = SEARCH_BUDGET_S
) -> list[int]:
    """Primary keys of citizens whose folded name matches, best first, at most `limit`."""
    if not folded or limit <= 0:
        return []
    hits = [
        pk
        for (pk,) in conn.execute(
            "SELECT pk FROM citizen WHERE name_folded >= ? AND name_folded < ? "
            "ORDER BY name_folded LIMIT ?",
            (folded, folded + "\uffff", limit),
        )
    ]
    deadline = time.perf_counter() + budget_s
    words_query = word_prefix_query(folded)
    if len(hits) < limit and words_query:
        _extend(conn, hits, "citizen_words", words_query, limit, deadline)
    many_words = len(folded.split()) > 1
    infix_query = trigram_query(folded)
    if len(hits) < limit and infix_query and not (many_words and hits):
        short = [w for w in folded.split() if len(w) < 3]
        _extend(conn, hits, "citizen_fts", infix_query, limit, deadline, short_words=short)
    return hits


def _extend(
    conn: sqlite3.Connection,
    hits: list[int],
    table: str,
    match: str,
    limit: int,
    deadline: float,
    *,
    short_words: list[str] | None = None,
) -> None:
    """Add this tier's matches (alphabetically among themselves) until `limit` or the deadline."""
    seen = set(hits)
    fetch = (limit + len(hits)) * (4 if short_words else 1)
    found: list[tuple[str, int]] = []
    sql = f"SELECT rowid, name_folded FROM {table} WHERE {table} MATCH ? LIMIT ?"
    with _interrupt_after(conn, deadline) as expired:
        try:
            for pk, name in conn.execute(sql, (match, fetch)):
                if pk not in seen and all(w in name for w in short_words or ()):
                    found.append((name, pk))
        except _INTERRUPTED:
            if not expired():
                raise
    found.sort()
    hits.extend(pk for _name, pk in found[: limit - len(hits)])


@contextmanager
def _interrupt_after(conn: sqlite3.Connection, deadline: float) -> Iterator[Callable[[], bool]]:
    """Interrupt the connection's statement once `deadline` (perf_counter) has passed."""

    def expired() -> bool:
        return time.perf_counter() > deadline

    conn.set_progress_handler(expired, 200)  # called every 200 virtual-machine steps
    try:
        yield expired
    finally:
        conn.set_progress_handler(None, 0)
