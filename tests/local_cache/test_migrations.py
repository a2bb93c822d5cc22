"""The schema is Alembic's, and start-up knows when it is current."""

from __future__ import annotations

import json
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from app.commands.envelope import CommandEnvelope
from app.text_search import fold_name
from local_cache.desk_tables import SEARCH_INDEXES, SEARCH_TRIGGERS, DeskBase
from local_cache.engine import open_engine, sqlite_engine
from local_cache.migrate import DESK_CHAIN, migrate_to_head
from local_cache.store import open_store
from local_cache.sync_store import SqlSyncStore
from shared_store.migrate import SHARED_CHAIN, alembic_config, current_revisions
from shared_store.migrations import HEADS
from shared_store.tables import Base
from tests.local_cache.old_layouts import AT_0008, old_desk


def test_heads_constant_names_alembic_heads() -> None:
    script = ScriptDirectory.from_config(alembic_config())  # type: ignore[arg-type]
    assert frozenset(script.get_heads()) == HEADS


def test_new_store_is_migrated_once_and_uses_wal(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "s.sqlite3")
    assert current_revisions(engine) == HEADS
    assert migrate_to_head(engine) is False  # already current: nothing ran
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


def test_empty_file_has_no_revision(tmp_path: Path) -> None:
    engine = sqlite_engine(tmp_path / "empty.sqlite3")
    assert current_revisions(engine) == frozenset()
    engine.dispose()


def test_a_data_folder_with_danish_letters_and_percent_opens(tmp_path: Path) -> None:
    from local_cache.store import open_store

    store = open_store(tmp_path / "Søren Ågård 100%")
    with store.unit_of_work() as uow:
        assert [s.code for s in uow.reference.sites()]
    store.close()


# --- two chains: the shared one (the server runs it too) and the desk's own ---------------

DESK_TABLES = ("outbox", "sync_state", "sync_cursor", "sync_pending", "sync_outcome")


def _schema(engine: Engine) -> set[tuple[str, str, str]]:
    """Every table, index and trigger as SQLite stores it (its own tables and spacing
    aside: the old layouts were saved without trailing blanks)."""
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        ).all()
    return {(kind, name, " ".join(sql.split())) for kind, name, sql in rows}


def _rows(engine: Engine, table: str) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]


def test_the_desk_chains_heads_constant_names_its_heads() -> None:
    script = ScriptDirectory.from_config(alembic_config(chain=DESK_CHAIN))  # type: ignore[arg-type]
    assert frozenset(script.get_heads()) == DESK_CHAIN.heads


def test_the_desk_tables_are_not_in_the_shared_mapping() -> None:
    assert set(DeskBase.metadata.tables) == set(DESK_TABLES)
    assert not set(DeskBase.metadata.tables) & set(Base.metadata.tables)


def test_a_new_store_has_both_chains_at_head_and_every_desk_table(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "new.sqlite3")
    assert current_revisions(engine, SHARED_CHAIN) == SHARED_CHAIN.heads
    assert current_revisions(engine, DESK_CHAIN) == DESK_CHAIN.heads
    names = {name for _kind, name, _sql in _schema(engine)}
    assert {*DESK_TABLES, *SEARCH_INDEXES, *SEARCH_TRIGGERS} <= names
    assert {"alembic_version", "alembic_version_desk"} <= names
    engine.dispose()


def test_a_store_from_before_the_desk_chain_ends_with_a_new_stores_layout(tmp_path: Path) -> None:
    old = old_desk(tmp_path / "old.sqlite3", AT_0008)
    assert migrate_to_head(old) is True
    new = open_engine(tmp_path / "new.sqlite3")
    assert _schema(old) == _schema(new)
    old.dispose()
    new.dispose()


def _citizen(conn: Connection, pk: int, given: str, family: str) -> str:
    citizen_id = f"00000000-0000-4000-8000-{pk:012d}"
    conn.execute(
        text(
            "INSERT INTO citizen (pk, id, cpr, given_name, family_name, name_folded, "
            "support_basis, a_kasse, phone, email, created_at, updated_at) VALUES "
            "(:pk, :id, :cpr, :given, :family, :folded, 'kontanthjaelp', '', '', '', :t, :t)"
        ),
        {
            "pk": pk,
            "id": citizen_id,
            "cpr": f"01019{pk:05d}",
            "given": given,
            "family": family,
            "folded": fold_name(f"{given} {family}"),
            "t": "2026-11-30T09:00:00.000000+00:00",
        },
    )
    return citizen_id


def _outbox(conn: Connection, seq: int, state: str) -> None:
    envelope = CommandEnvelope(
        "register_citizen", 1, {"n": seq}, "ws-1", "MUS", "mus-bbj", command_id=f"c{seq}"
    )
    conn.execute(
        text(
            "INSERT INTO outbox (seq, command_id, name, version, envelope_json, created_at, state)"
            " VALUES (:seq, :id, 'register_citizen', 1, :env, '2026-11-30T09:00:00+00:00', :s)"
        ),
        {"seq": seq, "id": f"c{seq}", "env": envelope.to_json(), "s": state},
    )


def test_a_store_from_before_the_desk_chain_keeps_its_waiting_commands(tmp_path: Path) -> None:
    """The outbox, the undo logs and the sync state of a desk made by the shared chain
    alone come through its first start with the desk's chain, every row as it was."""
    old = old_desk(tmp_path / "skranke.sqlite3", AT_0008)
    with old.begin() as conn:
        waiting = _citizen(conn, 1, "Søren", "Østergaard")
        _outbox(conn, 1, "confirmed")
        for seq in (2, 3):
            _outbox(conn, seq, "pending")
            undo = [["insert", "citizen", {"pk": 1}, None, waiting]] if seq == 2 else []
            conn.execute(
                text("INSERT INTO sync_pending VALUES (:seq, :hlc, :undo)"),
                {"seq": seq, "hlc": f"1764493200000.0000{seq}", "undo": json.dumps(undo)},
            )
        conn.execute(
            text(
                "INSERT INTO sync_state VALUES ('confirmed_mutation', '1'), "
                "('hlc', '1764493200000.00003'), ('enrolment', '{}')"
            )
        )
        conn.execute(text("INSERT INTO sync_cursor VALUES ('shared', 41), ('site:MUS', 7)"))
        conn.execute(
            text(
                "INSERT INTO sync_outcome VALUES "
                "(1, 'c0', 'issue_ticket', 'rejected', 'Nej', NULL, '2026-11-30T09:00:00', 0)"
            )
        )
    before = {table: _rows(old, table) for table in DESK_TABLES}
    assert before["outbox"] and before["sync_pending"]
    old.dispose()

    store = open_store(tmp_path)  # what a desk does on start: both chains, then the seed
    try:
        assert current_revisions(store.engine, DESK_CHAIN) == DESK_CHAIN.heads
        assert {table: _rows(store.engine, table) for table in DESK_TABLES} == before
        sync = SqlSyncStore(store)
        assert sync.counts().pending == 2
        assert [m.command_id for m in sync.mutations(2, limit=10)] == ["c2", "c3"]
        with store.unit_of_work() as uow:  # the name search indexes came through too
            assert [c.id for c in uow.citizens.search_name("gaard")] == [waiting]
    finally:
        store.close()


def test_a_missing_search_index_is_built_from_the_rows_already_there(tmp_path: Path) -> None:
    old = old_desk(tmp_path / "skranke.sqlite3", AT_0008)
    with old.begin() as conn:
        for name in SEARCH_TRIGGERS[:3]:
            conn.execute(text(f"DROP TRIGGER {name}"))
        conn.execute(text("DROP TABLE citizen_words"))
        conn.execute(text("DROP TABLE citizen_fts"))
        found = _citizen(conn, 1, "Søren", "Østergaard")
    old.dispose()
    store = open_store(tmp_path)
    try:
        with store.unit_of_work() as uow:
            assert [c.id for c in uow.citizens.search_name("gaard")] == [found]
            assert [c.id for c in uow.citizens.search_name("øster")] == [found]
    finally:
        store.close()
