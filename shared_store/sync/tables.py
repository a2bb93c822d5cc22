"""Which tables travel between workstations and the server, and how a row looks on the wire.

Every table of the shared mapping (`shared_store.tables` and the feature tables)
is in exactly one class (a test checks it): synced (changed by commands, copied
by pull), reference (seed data, the same on both sides) or local (this
database's own bookkeeping, on either side). The desk's outbox and sync client
state are not here: they are in `local_cache.desk_tables`, a metadata of their
own that the server never has and nothing ever sends. A synced table names the
key that identifies a row everywhere (`key`), the columns that never leave the
database (`local_only`, e.g. SQLite rowids for full-text search) and the stream
a row belongs to (`stream`): the stream decides who pulls it.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Date, DateTime, Table

from shared_store.jobnet import tables as jobnet_tables  # noqa: F401
from shared_store.jobshop import tables as jobshop_tables  # noqa: F401  (synced too)
from shared_store.phone import tables as phone_tables  # noqa: F401
from shared_store.queue import tables as queue_tables  # noqa: F401
from shared_store.reference_data import tables as reference_data_tables  # noqa: F401
from shared_store.security import tables as security_tables  # noqa: F401
from shared_store.selfservice import tables as selfservice_tables  # noqa: F401
from shared_store.tables import Base, UtcDateTime
from shared_store.visitation import tables as visitation_tables  # noqa: F401

SHARED_STREAM = "shared"  # data every site needs: the citizen register


def site_stream(site_code: str) -> str:
    return f"site:{site_code}"


def streams_for_site(site_code: str) -> tuple[str, ...]:
    """The streams a workstation of a site pulls, in the order a page applies them.

    Shared first: a site row (a visit) may refer to a shared row (its citizen),
    never the other way round.
    """
    return (SHARED_STREAM, site_stream(site_code))


@dataclass(frozen=True, slots=True)
class SyncedTable:
    name: str
    key: tuple[str, ...]
    stream: Callable[[Mapping[str, Any]], str]
    local_only: tuple[str, ...] = ()

    @property
    def table(self) -> Table:
        return Base.metadata.tables[self.name]

    @property
    def row(self) -> type[Any]:
        for mapper in Base.registry.mappers:
            if mapper.local_table is self.table:
                return mapper.class_
        raise LookupError(self.name)

    @property
    def wire_columns(self) -> tuple[Column[Any], ...]:
        return _wire_columns(self.name, self.local_only)


@functools.cache
def _wire_columns(table: str, local_only: tuple[str, ...]) -> tuple[Column[Any], ...]:
    """Worked out once: the change log asks for every row it writes."""
    return tuple(c for c in Base.metadata.tables[table].columns if c.name not in local_only)


def _shared(_row: Mapping[str, Any]) -> str:
    return SHARED_STREAM


def _by_site(row: Mapping[str, Any]) -> str:
    return site_stream(row["site_code"])


# Citizens and their case (categorisation, referrals, anchor, follow-ups, group meetings)
# are shared: a citizen may walk into any site, and the anti-kastebold rule needs the
# whole history. Visits and tickets belong to the site's queues.
SYNCED: dict[str, SyncedTable] = {
    spec.name: spec
    for spec in (
        SyncedTable("citizen", ("id",), _shared, local_only=("pk",)),
        SyncedTable("categorisation_scheme", ("code", "version"), _shared),
        SyncedTable("categorisation_decision", ("id",), _shared),
        SyncedTable("orientation", ("visitation_id",), _shared),
        SyncedTable("anchor", ("citizen_id",), _shared),
        SyncedTable("referral", ("id",), _shared),
        SyncedTable("referral_approval_request", ("id",), _shared),
        SyncedTable("group_session", ("id",), _shared),
        SyncedTable("group_booking", ("id",), _shared),
        SyncedTable("follow_up", ("id",), _shared),
        SyncedTable("course_exemption", ("id",), _shared),
        # The job shop: orders and companies are shared by every site (issue 7).
        SyncedTable("company", ("id",), _shared),
        SyncedTable("company_contact", ("id",), _shared),
        SyncedTable("vacancy", ("id",), _shared, local_only=("pk",)),
        SyncedTable("job_referral", ("id",), _shared),
        SyncedTable("kvik_request", ("id",), _shared),
        SyncedTable("kvik_candidate", ("id",), _shared),
        SyncedTable("job_wish", ("citizen_id", "trade_area"), _shared),
        SyncedTable("advice_session", ("id",), _shared),
        # A citizen's CV on Jobnet: any site's job shop may approve it.
        SyncedTable("cv_status", ("citizen_id",), _shared),
        SyncedTable("visit", ("id",), _by_site),
        SyncedTable("ticket", ("id",), _by_site),
        # A citizen's slot at a job-shop PC: the PCs stand at one site, its desks share them.
        SyncedTable("selfservice_slot", ("id",), _by_site),
        # The phone entrance is shared by the three sites: every site sees its calls.
        SyncedTable("phone_call", ("id",), _shared),
        # A supervisor's opening/closing of a counter's service: every desk of the site obeys it.
        SyncedTable(
            "counter_service",
            ("site_code", "service_day", "counter_number", "service_code"),
            _by_site,
        ),
        # The audit trail: the server holds every chain; a site's desks hold the site's.
        SyncedTable("audit_entry", ("id",), _by_site),
        SyncedTable("audit_anchor", ("workstation_id",), _by_site),
        # An administrator's dated versions of reference data: every site reads them.
        SyncedTable("reference_data_version", ("kind", "version"), _shared),
    )
}
REFERENCE_TABLES = frozenset(
    {"site", "service", "counter", "staff", "support_basis", "referral_target", "visitation_rule"}
    | {"trade_area", "jobshop_rule"}
)
LOCAL_TABLES = frozenset(
    {
        "applied_command",
        "setting",
        "staff_credential",  # sign-in secrets stay on the workstation (for now)
    }
)


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in a synced row")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _decoder(column: Column[Any]) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, UtcDateTime | DateTime):
        return lambda v: None if v is None else dt.datetime.fromisoformat(v)
    if isinstance(kind, Date):
        return lambda v: None if v is None else dt.date.fromisoformat(v)
    return lambda v: v


def encode_values(columns: tuple[Column[Any], ...], values: Mapping[str, Any]) -> dict[str, Any]:
    """Python values of a row → JSON-able values (ISO text for times and dates)."""
    return {c.name: _encode(values[c.name]) for c in columns}


def decode_values(columns: tuple[Column[Any], ...], data: Mapping[str, Any]) -> dict[str, Any]:
    """The reverse of `encode_values`; a missing column is an error, not a silent NULL."""
    missing = [c.name for c in columns if c.name not in data]
    if missing:
        raise ValueError(f"row lacks columns {missing}")
    return {c.name: _decoder(c)(data[c.name]) for c in columns}


def encode_row(spec: SyncedTable, values: Mapping[str, Any]) -> dict[str, Any]:
    return encode_values(spec.wire_columns, values)


def decode_row(spec: SyncedTable, data: Mapping[str, Any]) -> dict[str, Any]:
    return decode_values(spec.wire_columns, data)


def row_key(spec: SyncedTable, values: Mapping[str, Any]) -> str:
    """The identity of a row as one string (for de-duplication and the change log)."""
    return "|".join(str(values[k]) for k in spec.key)
