"""The outbox survives an upgrade of the app: commands queued before sync existed still go
out, and undo logs stored in an earlier form are still read."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from local_cache.migrate import migrate_to_head
from tests.local_cache.old_layouts import AT_0001, old_desk
from tests.server.harness import ServerProcess
from tests.sync.desk import DeskMaker, SyncedDesk


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


def _undo_logs_as_lists(desk: SyncedDesk) -> None:
    """Rewrite the desk's undo logs as desks stored them before entries were objects."""
    with desk.store.engine.begin() as conn:
        for seq, stored in conn.execute(text("SELECT seq, undo_json FROM sync_pending")).all():
            lists = [
                [e[k] for k in ("op", "table", "pk", "before", "sync_key")]
                for e in json.loads(stored)
            ]
            conn.execute(
                text("UPDATE sync_pending SET undo_json = :u WHERE seq = :s"),
                {"u": json.dumps(lists), "s": seq},
            )


def test_undo_logs_stored_as_lists_are_still_reverted_by_a_pull(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    a = desks("MUS", 1)
    b = desks("MUS", 2)
    a.enrol(sqlite_server)
    b.enrol(sqlite_server)
    shared = b.register(1)
    b.sync()
    a.sync()
    mine = a.register(2)
    a.update(shared.id, given_name="Bo")  # waiting, on a row the other desk changes too
    _undo_logs_as_lists(a)
    b.update(shared.id, phone="12345678")
    b.sync()
    a.sync()  # the page brings the shared row: a's waiting commands are reverted first
    b.sync()
    assert a.checksum() == b.checksum()
    merged = b.citizen(shared.id)
    assert merged is not None and (merged.given_name, merged.phone) == ("Bo", "12345678")
    assert b.citizen(mine.id) is not None


def test_a_waiting_command_logged_as_lists_is_undone_when_set_aside(desks: DeskMaker) -> None:
    desk = desks("MUS", 1)
    kept = desk.register(1)
    citizen = desk.register(2)
    desk.update(citizen.id, given_name="Bo")
    with desk.store.engine.begin() as conn:  # the first is settled: no longer waiting
        conn.execute(text("UPDATE outbox SET state = 'confirmed' WHERE seq = 1"))
        conn.execute(text("DELETE FROM sync_pending WHERE seq = 1"))
    _undo_logs_as_lists(desk)
    assert desk.sync_store.quarantine_pending("kopieret database") == 2
    assert desk.citizen(citizen.id) is None  # both logs undone, newest first
    assert desk.citizen(kept.id) is not None
