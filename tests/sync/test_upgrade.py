"""The outbox survives an upgrade of the app: commands queued before sync existed still go out."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from local_cache.migrate import migrate_to_head
from tests.local_cache.old_layouts import AT_0001, old_desk
from tests.server.harness import ServerProcess
from tests.sync.desk import DeskMaker


def test_a_store_from_before_sync_gives_its_queued_commands_an_empty_undo_log(
    tmp_path: Path,
) -> None:
    engine = old_desk(tmp_path / "old.sqlite3", AT_0001)  # outbox, no sync tables yet
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO outbox (command_id, name, version, envelope_json, created_at, state) "
                "VALUES ('c1', 'register_citizen', 1, '{}', '2026-01-01T00:00:00+00:00', 'pending'), "
                "('c2', 'register_citizen', 1, '{}', '2026-01-01T00:00:00+00:00', 'done')"
            )
        )
    migrate_to_head(engine)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT seq, undo_json FROM sync_pending")).all()
        outbox = conn.execute(text("SELECT command_id FROM outbox ORDER BY seq")).scalars()
        assert list(outbox) == ["c1", "c2"]
    assert [tuple(r) for r in rows] == [(1, "null")]
    engine.dispose()


def test_a_command_without_undo_log_is_sent_and_stays_part_of_the_data(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    a = desks("MUS", 1)
    citizen = a.register(1)
    with a.store.engine.begin() as conn:  # as the migration leaves a command from before
        conn.execute(text("UPDATE sync_pending SET undo_json = 'null'"))
    a.enrol(sqlite_server)
    b = desks("MUS", 2)
    b.enrol(sqlite_server)
    b.register(2)
    b.sync()
    a.sync()
    assert a.citizen(citizen.id) is not None
    assert a.sync_store.counts().pending == 0
    b.sync()
    assert a.checksum() == b.checksum()
