"""The audit entry and its hash chain (one chain per workstation).

Every entry carries `hash = sha256(prev_hash + canonical JSON of the entry)`,
where the canonical JSON holds every recorded field (not the two hashes) with
sorted keys and no spaces. Changing, removing or moving an entry breaks the
link of the entry itself or of the one after it; `verify_chain` says which.

What the chain alone cannot prove: a thief who rewrites the whole local chain
from some entry onwards produces a valid chain. That is why entries travel to
the server as commands (`record_audit`): the server's copy is out of reach of the
workstation, and the server checks every link as it arrives.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import groupby

GENESIS = "0" * 64  # the `prev_hash` of a chain's first entry
MAX_ACTION, MAX_PURPOSE, MAX_DETAIL = 40, 200, 500

# Look-ups that change nothing but are logged; changes are logged under their command name.
LOOKUP_ACTIONS = ("view_citizen", "reveal_cpr", "search", "print", "export_audit")


def audit_time(moment: dt.datetime) -> str:
    """The one text form of a time in the chain (hashed, so it must never vary)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime in an audit entry")
    return moment.astimezone(dt.UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class ChainLink:
    """Where a chain ends: the sequence number and hash the next entry links to."""

    seq: int
    hash: str


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: str
    workstation_id: str
    seq: int  # 1, 2, 3 … per workstation
    at: str  # audit_time(...)
    staff_id: str
    site_code: str
    action: str
    citizen_id: str  # "" when no single citizen is concerned (a search)
    purpose: str
    detail: str
    prev_hash: str
    hash: str
    # Set by `record_audit` where the entry arrived without linking to the chain it
    # found (the server notices a gap this way); not part of the hash.
    link_note: str = field(default="", compare=False)

    def content(self) -> dict[str, object]:
        return {
            "id": self.id,
            "workstation_id": self.workstation_id,
            "seq": self.seq,
            "at": self.at,
            "staff_id": self.staff_id,
            "site_code": self.site_code,
            "action": self.action,
            "citizen_id": self.citizen_id,
            "purpose": self.purpose,
            "detail": self.detail,
        }

    def computed_hash(self) -> str:
        return chain_hash(self.prev_hash, self.content())

    @property
    def link(self) -> ChainLink:
        return ChainLink(self.seq, self.hash)


def canonical_json(content: dict[str, object]) -> str:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def chain_hash(prev_hash: str, content: dict[str, object]) -> str:
    return hashlib.sha256((prev_hash + canonical_json(content)).encode("utf-8")).hexdigest()


def next_link(head: ChainLink | None) -> tuple[int, str]:
    """The sequence number and `prev_hash` of the entry after `head`."""
    return (1, GENESIS) if head is None else (head.seq + 1, head.hash)


@dataclass(frozen=True, slots=True)
class ChainProblem:
    workstation_id: str
    seq: int
    entry_id: str
    kind: str  # edited | deleted | reordered | relinked
    message: str  # Danish


@dataclass(frozen=True, slots=True)
class ChainVerdict:
    problems: tuple[ChainProblem, ...]
    checked: int

    @property
    def intact(self) -> bool:
        return not self.problems


def _verify_one(
    entries: Sequence[AuditEntry], anchor: ChainLink | None, head: ChainLink | None
) -> list[ChainProblem]:
    problems: list[ChainProblem] = []
    expected_seq, expected_prev = next_link(anchor)
    ws = entries[0].workstation_id if entries else ""

    def problem(entry: AuditEntry, kind: str, message: str, seq: int | None = None) -> None:
        problems.append(
            ChainProblem(ws, entry.seq if seq is None else seq, entry.id, kind, message)
        )

    last_index = {entry.seq: i for i, entry in enumerate(entries)}
    for i, entry in enumerate(entries):
        if entry.computed_hash() != entry.hash:
            problem(
                entry,
                "edited",
                f"Post nr. {entry.seq} ({entry.id}) er ændret, efter den blev skrevet.",
            )
        if entry.seq < expected_seq:
            problem(
                entry,
                "reordered",
                f"Post nr. {entry.seq} står efter post nr. {expected_seq - 1}: rækkefølgen er ændret.",
            )
            continue  # the chain goes on from the highest number seen
        if entry.seq > expected_seq:
            skipped = range(expected_seq, entry.seq)
            missing = [n for n in skipped if last_index.get(n, -1) <= i]
            if missing:  # numbers that come later are moved, not deleted: reported there
                gap = (
                    f"nr. {missing[0]}" if len(missing) == 1 else f"nr. {missing[0]}–{missing[-1]}"
                )
                problem(entry, "deleted", f"Post {gap} mangler (slettet) før post nr. {entry.seq}.")
        elif entry.prev_hash != expected_prev:
            problem(
                entry,
                "relinked",
                f"Post nr. {entry.seq} ({entry.id}) passer ikke til post nr. {entry.seq - 1}: "
                "en af dem er ændret eller udskiftet.",
            )
        expected_seq, expected_prev = entry.seq + 1, entry.hash
    if head is not None and entries and head.seq >= expected_seq:
        last = entries[-1]
        problem(
            last,
            "deleted",
            f"Post nr. {expected_seq}–{head.seq} mangler (slettet) efter post nr. {last.seq}.",
            seq=expected_seq,
        )
    return problems


def verify_chain(
    entries: Iterable[AuditEntry],
    *,
    anchors: dict[str, ChainLink] | None = None,
    heads: dict[str, ChainLink] | None = None,
) -> ChainVerdict:
    """Check every workstation's chain in `entries` (each in the order given).

    `anchors` names where a purged chain starts; `heads` (e.g. the server's newest
    link for the workstation) lets a removed tail be seen as well.
    """
    listed = list(entries)
    problems: list[ChainProblem] = []
    ordered = sorted(range(len(listed)), key=lambda i: (listed[i].workstation_id, i))
    for ws, indices in groupby(ordered, key=lambda i: listed[i].workstation_id):
        chain = [listed[i] for i in indices]
        problems += _verify_one(chain, (anchors or {}).get(ws), (heads or {}).get(ws))
    return ChainVerdict(tuple(problems), len(listed))
