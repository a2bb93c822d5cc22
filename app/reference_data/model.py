"""The generic model: kinds, their columns, versions, the version in force, the diff."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

Value = str | int | bool
Row = Mapping[str, Value]


class Kind(StrEnum):
    SUPPORT_BASES = "support_bases"
    REFERRAL_TARGETS = "referral_targets"
    QUEUE_THRESHOLDS = "queue_thresholds"
    OPENING_HOURS = "opening_hours"
    TARGET_GROUPS = "target_groups"
    SELFSERVICE_PCS = "selfservice_pcs"
    TRADE_AREA_SITES = "trade_area_sites"


class ColumnType(StrEnum):
    TEXT = "text"
    CODE = "code"  # a stable key: lower-case letters, digits and _
    INTEGER = "integer"
    BOOLEAN = "boolean"
    TIME = "time"  # HH:MM
    DATE = "date"  # ÅÅÅÅ-MM-DD or empty
    CHOICE = "choice"
    CODES = "codes"  # codes separated by commas; empty: any; "-": none yet


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label_da: str  # as the field is named in a message: «Advarsel (min)»
    type: ColumnType
    required: bool = True
    choices: tuple[str, ...] = ()  # CHOICE: the allowed values
    minimum: int = 0
    maximum: int = 10_000
    default: Value = ""


@dataclass(frozen=True, slots=True)
class KindSpec:
    kind: Kind
    label_da: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # the columns naming a row in a diff

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)

    def row_key(self, row: Row) -> tuple[Value, ...]:
        return tuple(row.get(k, "") for k in self.key)


@dataclass(frozen=True, slots=True)
class ReferenceVersion:
    """One published (or seeded: version 0) state of a kind."""

    kind: Kind
    version: int
    valid_from: dt.date
    rows: tuple[Row, ...]
    staff_id: str = ""
    published_at: dt.datetime | None = None
    note: str = ""

    @property
    def is_seed(self) -> bool:
        return self.version == 0


SEED_DAY = dt.date(2000, 1, 1)  # the seed files hold "since always"


def in_force(
    versions: Sequence[ReferenceVersion], day: dt.date, seed: ReferenceVersion
) -> ReferenceVersion:
    """The version in force on `day`: the latest valid_from on or before it (a later
    version number wins a tie); the seed when none has begun."""
    started = [v for v in versions if v.valid_from <= day]
    if not started:
        return seed
    return max(started, key=lambda v: (v.valid_from, v.version))


def next_version(versions: Sequence[ReferenceVersion]) -> int:
    return max((v.version for v in versions), default=0) + 1


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class Change:
    change: ChangeKind
    key: tuple[Value, ...]
    column: str = ""  # CHANGED: the column
    old: Value | None = None
    new: Value | None = None


@dataclass(frozen=True, slots=True)
class Preview:
    """What changes on `day` when the draft takes effect then, against what is in force."""

    kind: Kind
    day: dt.date
    in_force: ReferenceVersion
    changes: tuple[Change, ...] = field(default=())
    later: tuple[ReferenceVersion, ...] = ()  # versions starting after `day` (they still win then)


def diff(spec: KindSpec, old: Sequence[Row], new: Sequence[Row]) -> tuple[Change, ...]:
    before = {spec.row_key(r): r for r in old}
    after = {spec.row_key(r): r for r in new}
    changes: list[Change] = []
    for key, row in after.items():
        was = before.get(key)
        if was is None:
            changes.append(Change(ChangeKind.ADDED, key))
            continue
        for column in spec.columns:
            a, b = was.get(column.key, column.default), row.get(column.key, column.default)
            if a != b:
                changes.append(Change(ChangeKind.CHANGED, key, column.key, a, b))
    changes += [Change(ChangeKind.REMOVED, key) for key in before if key not in after]
    return tuple(changes)


def rows_from_json(raw: Any) -> tuple[Row, ...]:
    """Rows as stored (a JSON list of objects of scalars)."""
    if not isinstance(raw, list):
        return ()
    return tuple(
        {str(k): v for k, v in r.items() if isinstance(v, str | int | bool)}
        for r in raw
        if isinstance(r, dict)
    )
