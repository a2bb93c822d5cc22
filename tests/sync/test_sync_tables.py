"""Every table is classified for sync, and synced rows travel and come back unchanged."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import UniqueConstraint

from shared_store.change_capture import CAPTURED_TABLES
from shared_store.sync.tables import (
    LOCAL_TABLES,
    REFERENCE_TABLES,
    SHARED_STREAM,
    SYNCED,
    decode_row,
    encode_row,
    streams_for_site,
)
from shared_store.tables import Base
from shared_store.unit_of_work import SqlUnitOfWork  # noqa: F401  (imports every table module)


def test_every_table_is_synced_reference_or_local_and_only_one() -> None:
    classes = [set(SYNCED), set(REFERENCE_TABLES), set(LOCAL_TABLES)]
    assert sum(len(c) for c in classes) == len(set().union(*classes))  # no overlap
    unclassified = set(Base.metadata.tables) - set().union(*classes)
    assert not unclassified, f"decide whether these travel: {sorted(unclassified)}"
    assert set().union(*classes) <= set(Base.metadata.tables)  # nothing stale


def test_a_synced_tables_key_is_unique_so_a_pulled_row_can_be_upserted() -> None:
    for spec in SYNCED.values():
        table = spec.table
        unique_sets = [{c.name for c in table.primary_key.columns}]
        unique_sets += [
            {c.name for c in con.columns}
            for con in table.constraints
            if isinstance(con, UniqueConstraint)
        ]
        unique_sets += [  # a partial unique index cannot serve ON CONFLICT
            {c.name for c in ix.columns}
            for ix in table.indexes
            if ix.unique and ix.dialect_options["sqlite"].get("where") is None
        ]
        assert set(spec.key) in unique_sets, spec.name


def test_no_shared_row_refers_to_a_site_row() -> None:
    """Pages apply shared before site: a reference the other way could arrive too early."""
    site_tables = {
        name for name, spec in SYNCED.items() if spec.stream({"site_code": "MUS"}) != SHARED_STREAM
    }
    for name, spec in SYNCED.items():
        if name in site_tables:
            continue
        targets = {fk.column.table.name for fk in spec.table.foreign_keys}
        assert not targets & site_tables, name


def test_synced_tables_and_applied_commands_are_captured() -> None:
    assert set(SYNCED) | {"applied_command"} == CAPTURED_TABLES


def test_a_row_survives_the_wire() -> None:
    spec = SYNCED["ticket"]
    row = {
        "id": "8b7e6a34-2d4c-4a34-9a7c-0b6f7bbbd001",
        "visit_id": "8b7e6a34-2d4c-4a34-9a7c-0b6f7bbbd002",
        "site_code": "MUS",
        "service_code": "jobbutik",
        "service_day": dt.date(2026, 11, 26),
        "series": 3,
        "sequence": 17,
        "number": "J3-017",
        "issued_at": dt.datetime(2026, 11, 26, 8, 30, tzinfo=dt.UTC),
        "workstation_id": "8b7e6a34-2d4c-4a34-9a7c-0b6f7bbbd003",
        "status": "called",
        "queued_at": dt.datetime(2026, 11, 26, 8, 30, tzinfo=dt.UTC),
        "counter_number": 2,
        "called_at": dt.datetime(2026, 11, 26, 8, 41, tzinfo=dt.UTC),
        "called_by": "mus-bbj",
        "recall_count": 1,
        "serving_at": None,
        "finished_at": None,
        "target_counter": 3,
        "target_staff": None,
        "first_called_at": dt.datetime(2026, 11, 26, 8, 40, tzinfo=dt.UTC),
        "channel": "phone",
        "phone": "22334455",
        "no_answers": 1,
    }
    wire = encode_row(spec, row)
    assert wire["service_day"] == "2026-11-26" and wire["issued_at"].startswith("2026-11-26T08:30")
    assert decode_row(spec, wire) == row
    assert spec.stream(row) == "site:MUS" and streams_for_site("MUS") == ("shared", "site:MUS")
    assert "pk" not in encode_row(
        SYNCED["citizen"], {c.name: None for c in SYNCED["citizen"].table.columns}
    )
