"""No "database is locked" at the counter: a long pull is written in slices the counter's
commands get between, and a command that still meets a locked store says so in Danish,
having written nothing."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.errors import STORE_BUSY_MESSAGE, StoreBusyError
from local_cache import sync_rebase
from local_cache.pull_slices import SlicePolicy
from local_cache.sync_store import SqlSyncStore
from tests.server.harness import ServerProcess
from tests.sync.desk import DeskMaker, SyncedDesk
from tests.waiting import wait_until


def in_slices_of(desk: SyncedDesk, size: int) -> None:
    desk.sync_store = SqlSyncStore(desk.store, SlicePolicy(first=size, least=size, most=size))


@contextmanager
def slices_counted() -> Iterator[list[str]]:
    committed: list[str] = []

    def hook(point: str) -> None:
        if point == "pull.slice_committed":
            committed.append(point)

    sync_rebase.fault_hook = hook
    try:
        yield committed
    finally:
        sync_rebase.fault_hook = None


class Background(threading.Thread):
    """Runs `work` on its own thread and keeps what it raised for the test to see."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__(daemon=True)
        self._work = work
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            self.error = exc


@contextmanager
def write_lock_held(path: Path) -> Iterator[None]:
    """Another connection (another program, say) holds the store's write lock."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_tickets_issued_while_a_first_download_is_written_all_succeed(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    writer = desks("MUS", 1)
    writer.enrol(sqlite_server)
    for n in range(1200):
        writer.register(n)
    writer.sync()
    reader = desks("MUS", 2)
    reader.enrol(sqlite_server)
    in_slices_of(reader, 100)
    citizen = reader.register(90_000)  # pushed first in the round; its change ends the page
    issued = []
    with slices_counted() as slices:
        pull = Background(reader.sync)
        pull.start()
        wait_until(
            lambda: bool(slices) or not pull.is_alive(),
            timeout=60,
            interval=0.005,
            what="the pull's first slice",
        )
        while pull.is_alive():
            issued.append(reader.ticket(citizen.id))  # raises if the store stayed locked
        pull.join()
    assert pull.error is None
    assert len(slices) >= 10
    assert issued  # tickets were issued while the page was being written
    reader.sync()
    writer.sync()
    assert reader.sync_store.counts().pending == 0
    assert reader.count("citizen") == 1201
    assert reader.count("ticket") == len(issued)
    assert reader.checksum() == writer.checksum()


def test_a_page_that_shares_rows_with_waiting_commands_is_rebased_slice_by_slice(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    writer = desks("MUS", 1)
    writer.enrol(sqlite_server)
    ids = [writer.register(n).id for n in range(400)]
    writer.sync()
    reader = desks("MUS", 2)
    reader.enrol(sqlite_server)
    reader.sync()
    for citizen_id in ids:
        writer.update(citizen_id, phone="11223344")
    writer.sync()
    reader.update(ids[0], phone="99887766")  # the page's first row: every slice rebases
    in_slices_of(reader, 50)
    with slices_counted() as slices:
        reader.with_engine(lambda e: e.pull_once())  # the local change stays on top, waiting
    assert len(slices) >= 7
    assert reader.sync_store.counts().pending == 1
    changed = reader.citizen(ids[0])
    assert changed is not None and changed.phone == "99887766"
    last = reader.citizen(ids[-1])
    assert last is not None and last.phone == "11223344"
    reader.sync()  # sent after the writer's: the server applies it last, so it wins
    writer.sync()
    assert reader.sync_store.counts().pending == 0
    assert reader.checksum() == writer.checksum()


def test_a_command_meeting_a_store_locked_too_long_says_so_and_writes_nothing(
    desks: DeskMaker,
) -> None:
    desk = desks("MUS", 1)
    citizen = desk.register(1)
    desk.store.write_wait = 0.3
    before = {t: desk.count(t) for t in ("outbox", "sync_pending", "visit", "ticket")}
    with write_lock_held(desk.store.path):
        with pytest.raises(StoreBusyError) as refused:
            desk.ticket(citizen.id)
        assert refused.value.message == STORE_BUSY_MESSAGE
        assert "det indtastede er bevaret" in refused.value.message
    assert {t: desk.count(t) for t in before} == before  # no half command in the outbox
    receipt = desk.ticket(citizen.id)  # the same action, tried again, goes through
    assert receipt.number.endswith("001")
    assert desk.count("outbox") == before["outbox"] + 2  # start_visit + issue_ticket


def test_a_command_waits_for_a_lock_released_within_its_bound(desks: DeskMaker) -> None:
    desk = desks("MUS", 1)
    citizen = desk.register(1)
    with write_lock_held(desk.store.path):
        command = Background(lambda: desk.ticket(citizen.id))
        command.start()
        wait_until(lambda: desk.store.turns.commands > 0, what="the command waiting for the lock")
    command.join(timeout=30)
    assert not command.is_alive()
    assert command.error is None
    assert desk.count("ticket") == 1
