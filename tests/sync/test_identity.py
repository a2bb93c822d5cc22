"""A cloned workstation database and a server restored from a backup: detected, nothing lost."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from app.sync.engine import SyncStopped
from app.sync.status import SyncState
from tests.server.harness import ServerProcess
from tests.server.inspect_db import server_counts
from tests.sync.desk import DeskMaker, SyncedDesk


def set_aside_args(desk: SyncedDesk) -> str:
    with desk.store.engine.connect() as conn:
        return str(
            conn.execute(
                text("SELECT envelope_json FROM outbox WHERE state = 'quarantined'")
            ).scalar()
        )


def clone(desk: SyncedDesk, target: Path) -> SyncedDesk:
    desk.close()
    shutil.copytree(desk.data_dir, target)
    return SyncedDesk(target, desk.config.site_code, desk.config.counter_number)


def test_a_cloned_database_is_stopped_and_its_waiting_commands_set_aside(
    sqlite_server: ServerProcess, desks: DeskMaker, tmp_path: Path
) -> None:
    original = desks("MUS", 1)
    original.enrol(sqlite_server)
    original.register(1)
    original.sync()
    copy = clone(original, tmp_path / "copy")
    original = SyncedDesk(original.data_dir, "MUS", 1)
    try:
        original.register(2)
        original.sync()  # the original uses mutation 2 first
        kept = copy.register(3)  # the copy makes its own mutation 2
        with pytest.raises(SyncStopped):
            copy.sync()
        [set_aside] = copy.sync_store.rejections()
        assert set_aside.status == "quarantined" and "kopieret" in set_aside.message
        assert copy.sync_store.counts().quarantined == 1
        assert kept.id in set_aside_args(copy)  # the command is kept and listed …
        assert copy.citizen(kept.id) is None  # … its effect undone: the store is the server's
        statuses = []

        async def again(engine):  # type: ignore[no-untyped-def]
            engine.subscribe(statuses.append)
            with pytest.raises(SyncStopped):
                await engine.sync_once()

        copy.with_engine(again)
        assert statuses[-1].state is SyncState.STOPPED
        assert server_counts(sqlite_server.database_url)["citizen"] == 2  # the copy sent nothing
        original.sync()
        assert original.sync_store.counts().pending == 0
        # Enrolled again as a workstation of its own (new id, another counter), it syncs.
        copy.store.settings.set_setting("workstation_id", str(uuid.uuid4()))
        copy.close()
        copy = SyncedDesk(tmp_path / "copy", "MUS", 2)
        copy.enrol(sqlite_server)
        again_made = copy.register(4)
        copy.sync()
        original.sync()
        assert original.citizen(again_made.id) is not None
        assert copy.checksum() == original.checksum()
        assert copy.sync_store.counts().quarantined == 1  # still listed for a person to see
    finally:
        original.close()
        copy.close()


def test_a_clone_is_also_caught_when_it_only_pulls(
    sqlite_server: ServerProcess, desks: DeskMaker, tmp_path: Path
) -> None:
    original = desks("MUS", 1)
    original.enrol(sqlite_server)
    copy = clone(original, tmp_path / "copy")
    original = SyncedDesk(original.data_dir, "MUS", 1)
    try:
        original.register(1)
        original.sync()
        copy.register(2)
        with pytest.raises(SyncStopped):
            copy.with_engine(lambda e: e.pull_once())
        assert copy.sync_store.counts().quarantined == 1
        assert copy.sync_store.stopped_reason()
    finally:
        original.close()
        copy.close()


def test_a_server_restored_from_a_backup_gets_the_lost_commands_again(
    tmp_path: Path, desks: DeskMaker
) -> None:
    db_file = tmp_path / "server.sqlite3"
    server = ServerProcess(f"sqlite:///{db_file}", tmp_path / "server.log").start()
    backup = tmp_path / "backup"
    try:
        a = desks("MUS", 1)
        a.enrol(server)
        for n in range(3):
            a.register(n)
        a.sync()
        server.stop()
        backup.mkdir()
        for f in tmp_path.glob("server.sqlite3*"):
            shutil.copy(f, backup / f.name)
        server.start()
        for n in range(3, 6):
            a.register(n)
        a.sync()
        assert a.sync_store.confirmed_mutation() == 6
        server.stop()
        for f in tmp_path.glob("server.sqlite3*"):
            f.unlink()
        for f in backup.iterdir():
            shutil.copy(f, tmp_path / f.name)
        server.start()
        assert server_counts(server.database_url)["citizen"] == 3  # the backup lost three
        a.sync()  # learns the server is behind …
        a.sync()  # … and sends the lost ones again, from the outbox it kept
        counts = server_counts(server.database_url)
        assert counts["citizen"] == counts["mutation_result"] == 6
        b = desks("MUS", 2)
        b.enrol(server)
        b.sync()
        assert a.checksum() == b.checksum()
    finally:
        server.stop()
