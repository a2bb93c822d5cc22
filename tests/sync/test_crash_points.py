"""kill -9 at the dangerous moments, then reopen the same files: nothing skipped, nothing doubled."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.sync.client import Offline
from tests.server.harness import ROOT, ServerProcess, child_env
from tests.server.inspect_db import server_counts
from tests.sync.desk import DeskMaker, SyncedDesk


def run_client(data_dir: Path, **args: Any) -> int:
    """Run the crash client; returns its exit code (-9 when it killed itself)."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.sync.crash_client",
            json.dumps({"data_dir": str(data_dir), **args}),
        ],
        cwd=ROOT,
        env=child_env(),
        capture_output=True,
        timeout=120,
    )
    assert done.returncode in (0, -9), done.stderr.decode()[-3000:]
    return done.returncode


def enrolled_dir(server: ServerProcess, desks: DeskMaker, counter: int = 1) -> Path:
    desk = desks("MUS", counter)
    desk.enrol(server)
    desk.close()
    return desk.data_dir


def reopen(data_dir: Path, counter: int = 1) -> SyncedDesk:
    return SyncedDesk(data_dir, "MUS", counter)


def assert_exactly_once(server: ServerProcess, desk: SyncedDesk, citizens: int) -> None:
    desk.sync()
    counts = server_counts(server.database_url)
    assert counts["citizen"] == citizens
    assert counts["mutation_result"] == desk.count("outbox") == citizens
    assert counts["applied_command"] == citizens
    assert desk.sync_store.counts().pending == 0
    assert desk.count("citizen") == citizens


@pytest.mark.parametrize(("kind", "kept"), [("commit_before", 4), ("commit_after", 5)])
def test_kill_around_the_local_commit(
    sqlite_server: ServerProcess, desks: DeskMaker, kind: str, kept: int
) -> None:
    data = enrolled_dir(sqlite_server, desks)
    assert run_client(data, registers=[0, 10], fault={"kind": kind, "nth": 5}) == -9
    desk = reopen(data)
    # The command and its outbox row and undo log went in together, or not at all.
    assert desk.count("citizen") == desk.count("outbox") == desk.count("sync_pending") == kept
    assert_exactly_once(sqlite_server, desk, kept)
    desk.close()


def test_kill_while_the_push_is_on_its_way(sqlite_server: ServerProcess, desks: DeskMaker) -> None:
    """The server has applied the push; the desk dies before it has taken in the reply."""
    data = enrolled_dir(sqlite_server, desks)
    fault = {
        "kind": "push_inflight",
        "server_database": sqlite_server.database_url,
        "citizens": 20,
    }
    assert run_client(data, registers=[0, 20], sync=True, fault=fault) == -9
    assert server_counts(sqlite_server.database_url)["citizen"] == 20  # it arrived …
    desk = reopen(data)
    assert desk.sync_store.counts().pending == 20  # … unconfirmed here: no pull happened
    assert_exactly_once(sqlite_server, desk, 20)
    desk.close()


def test_server_dies_after_its_commit_before_replying(tmp_path: Path, desks: DeskMaker) -> None:
    server = ServerProcess(f"sqlite:///{tmp_path / 's.sqlite3'}", tmp_path / "s.log")
    server.start()
    try:
        desk = desks("MUS", 1)
        desk.enrol(server)
        server.stop()
        server.start(faults="push.after_commit:1")
        for n in range(6):
            desk.register(n)
        with pytest.raises(Offline):
            desk.sync()
        assert server.wait_dead() == -9
        assert server_counts(server.database_url)["citizen"] == 6  # committed, but no reply came
        server.start(faults="")
        assert_exactly_once(server, desk, 6)  # the re-sent batch gets its stored outcomes
    finally:
        server.stop()


def test_server_dies_in_the_middle_of_a_batch(tmp_path: Path, desks: DeskMaker) -> None:
    server = ServerProcess(f"sqlite:///{tmp_path / 's.sqlite3'}", tmp_path / "s.log")
    server.start()
    try:
        desk = desks("MUS", 1)
        desk.enrol(server)
        server.stop()
        server.start(faults="push.after_mutation:3")
        for n in range(8):
            desk.register(n)
        with pytest.raises(Offline):
            desk.sync()
        assert server.wait_dead() == -9
        counts = server_counts(server.database_url)
        assert counts["citizen"] == counts["mutation_result"] == 0  # no partial write
        server.start(faults="")
        assert_exactly_once(server, desk, 8)
    finally:
        server.stop()


def test_kill_in_the_middle_of_applying_a_pulled_page(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    writer = desks("MUS", 1)
    writer.enrol(sqlite_server)
    for n in range(30):
        writer.register(n)
    writer.sync()
    data = enrolled_dir(sqlite_server, desks, counter=2)
    code = run_client(
        data,
        counter=2,
        registers=[100, 103],
        sync=True,
        fault={"kind": "rebase", "point": "pull.after_changes"},
    )
    assert code == -9
    desk = reopen(data, counter=2)
    assert desk.sync_store.cursors() == {}  # the page and its cursor went together: neither
    assert desk.count("citizen") == 3  # its own waiting registrations are intact on top
    assert desk.sync_store.counts().pending == 3
    desk.sync()
    assert desk.count("citizen") == 33
    writer.sync()
    assert desk.checksum() == writer.checksum()
    desk.close()


def _first_download_killed(
    sqlite_server: ServerProcess, desks: DeskMaker, **client: Any
) -> tuple[SyncedDesk, SyncedDesk]:
    """50 citizens on the server; a second desk's first download killed as `client` says.
    Returns the writer and the killed desk, reopened."""
    writer = desks("MUS", 1)
    writer.enrol(sqlite_server)
    for n in range(50):
        writer.register(n)
    writer.sync()
    data = enrolled_dir(sqlite_server, desks, counter=2)
    assert run_client(data, counter=2, sync=True, **client) == -9
    return writer, reopen(data, counter=2)


def test_kill_during_the_first_download_resumes_where_it_stopped(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    writer, desk = _first_download_killed(
        sqlite_server,
        desks,
        pull_limit=10,
        fault={"kind": "rebase", "point": "pull.before_commit", "nth": 3},
    )
    assert desk.sync_store.cursors()["shared"] == 20  # two pages kept; the third rolled back
    assert desk.count("citizen") == 20
    desk.sync()
    writer.sync()
    assert desk.count("citizen") == 50
    assert desk.checksum() == writer.checksum()
    desk.close()


def test_kill_between_two_slices_keeps_the_slices_with_their_cursor(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    """A page written in slices (local_cache/pull_slices.py): each slice is kept with the
    cursor where it ends."""
    writer, desk = _first_download_killed(
        sqlite_server,
        desks,
        slice=10,
        fault={"kind": "rebase", "point": "pull.slice_committed", "nth": 2},
    )
    assert desk.sync_store.cursors() == {"shared": 20}  # the cursor stands inside the page
    assert desk.count("citizen") == 20  # exactly what the two slices wrote
    desk.sync()
    writer.sync()
    assert desk.checksum() == writer.checksum()
    desk.close()
