"""Workstations with real stores syncing through a real server: convergence and conflict rules."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from sqlalchemy import text

from app.sync.engine import SyncEngine, SyncSettings
from app.sync.ports import ApplyReport
from app.sync.protocol import Announcement, PullPage
from app.sync.status import SyncState, SyncStatus
from server.notify import INLINE_LIMIT
from tests.server.harness import ServerProcess
from tests.sync.desk import DeskMaker, SyncedDesk
from tests.sync.event_tap import EventTap
from tests.waiting import eventually


def server_checksum(server: ServerProcess, desk: SyncedDesk) -> str:
    async def ask(engine: SyncEngine) -> str:
        from app.sync.client import SyncApi

        enrolment = await asyncio.to_thread(desk.sync_store.enrolment)
        assert enrolment is not None
        async with httpx.AsyncClient() as http:
            return await SyncApi(http, server.url, enrolment.token).checksum()

    return desk.with_engine(ask)


def test_two_workstations_converge_on_the_servers_data(
    server: ServerProcess, desks: DeskMaker
) -> None:
    a, b = desks("MUS", 1), desks("MUS", 2)
    a.enrol(server)
    b.enrol(server)
    citizen = a.register(1)
    receipt_a = a.ticket(citizen.id)
    a.sync()
    b.sync()
    assert b.citizen(citizen.id) == citizen
    receipt_b = b.ticket(citizen.id, "aaben_raadgivning")
    b.sync()
    a.sync()
    assert {receipt_a.number, receipt_b.number} == {"J1-001", "R2-001"}  # own series each
    assert a.sync_store.counts().pending == b.sync_store.counts().pending == 0
    assert a.checksum() == b.checksum() == server_checksum(server, a)


def test_offline_work_is_kept_and_sent_when_the_server_returns(tmp_path, desks: DeskMaker) -> None:
    a = desks("MUS", 1)
    server = ServerProcess(f"sqlite:///{tmp_path / 'late.sqlite3'}", tmp_path / "late.log")
    server.start()
    try:
        a.enrol(server)
        server.stop()
        citizen = a.register(1)
        a.ticket(citizen.id)
        statuses: list[SyncStatus] = []

        async def offline_round(engine: SyncEngine) -> None:
            engine.subscribe(statuses.append)
            run = asyncio.create_task(engine.run())
            await eventually(
                lambda: any(s.state is SyncState.OFFLINE and s.pending == 3 for s in statuses),
                what="the desk to find the server gone",
            )
            engine.stop()
            await run

        a.with_engine(offline_round)
        assert statuses[-1].state is SyncState.OFFLINE
        assert statuses[-1].pending == 3
        assert "3 ændringer venter" in statuses[-1].summary_da()
        assert "kan ikke nås" in statuses[-1].message
        server.start()
        a.sync()
        assert a.sync_store.counts().pending == 0
        assert a.checksum() == server_checksum(server, a)
    finally:
        server.stop()


def test_the_same_cpr_registered_offline_twice_is_rejected_once_and_shown(
    server: ServerProcess, desks: DeskMaker
) -> None:
    a, b = desks("MUS", 1), desks("MUS", 2)
    a.enrol(server)
    b.enrol(server)
    first = a.register(42, "Anna", "Andersen")
    second = b.register(42, "Anne", "Andersen")  # both offline, the same person
    b.ticket(second.id)  # and b gave her a ticket on its own registration
    a.sync()
    b.sync()
    rejected = b.sync_store.rejections()
    assert [r.name for r in rejected] == ["register_citizen", "start_visit", "issue_ticket"]
    assert "allerede registreret" in rejected[0].message
    assert b.citizen(second.id) is None  # its local effect is gone …
    assert b.citizen(first.id) is not None  # … and the server's registration is there
    assert b.count("ticket") == 0
    assert (
        server.admin("GET", "/v1/admin/duplicate-reviews").json()[0]["command_id"]
        == rejected[0].command_id
    )
    b.sync_store.acknowledge(rejected[0].seq)
    assert len(b.sync_store.rejections()) == 2
    assert len(b.sync_store.rejections(include_acknowledged=True)) == 3
    assert a.checksum() == b.checksum()


def test_citizen_details_merge_field_by_field(server: ServerProcess, desks: DeskMaker) -> None:
    a, b = desks("MUS", 1), desks("MUS", 2)
    a.enrol(server)
    b.enrol(server)
    citizen = a.register(3)
    a.sync()
    b.sync()
    a.update(citizen.id, phone="22334455")  # offline at a
    b.update(citizen.id, email="borger@eksempel.dk", phone="99887766")  # offline at b
    a.sync()
    b.sync()
    a.sync()
    merged_a, merged_b = a.citizen(citizen.id), b.citizen(citizen.id)
    assert merged_a == merged_b
    assert merged_a is not None
    assert merged_a.email == "borger@eksempel.dk"  # b's field
    assert merged_a.phone == "99887766"  # both changed the phone: the later at the server wins
    assert merged_a.given_name == citizen.given_name


def test_waiting_commands_stay_on_top_of_pulled_changes(
    server: ServerProcess, desks: DeskMaker
) -> None:
    a, b = desks("MUS", 1), desks("MUS", 2)
    a.enrol(server)
    b.enrol(server)
    b_citizen = b.register(10)
    b.sync()
    mine = a.register(11)
    a.update(mine.id, phone="11223344")
    # Pull only (nothing pushed yet): b's citizen arrives under a's two waiting commands.
    a.with_engine(lambda e: e.pull_once())
    assert a.citizen(b_citizen.id) is not None
    still = a.citizen(mine.id)
    assert still is not None and still.phone == "11223344"
    assert a.sync_store.counts().pending == 2
    a.sync()
    assert a.sync_store.counts().pending == 0
    assert a.checksum() == server_checksum(server, a)


def test_a_command_the_server_does_not_know_yet_waits_in_the_outbox(
    sqlite_server: ServerProcess, desks: DeskMaker, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.catalogue import CATALOGUE
    from app.commands.bus import CommandBus
    from app.commands.catalogue import Catalogue
    from app.security import roles
    from local_cache.sync_store import SqlSyncStore

    # A newer client's command: this workstation's catalogue and role table know it,
    # the server does not.
    monkeypatch.setitem(roles.PERMISSIONS, "test_future_note", (roles.FRONT_DESK, "skrive en note"))  # type: ignore[index]

    def _future(uow: object, cmd: object) -> dict[str, object]:
        return {}

    newer = Catalogue(CATALOGUE, {("test_future_note", 1): _future})
    a = desks("MUS", 1)
    a.bus = CommandBus(a.store.unit_of_work, newer)
    a.sync_store = SqlSyncStore(a.store, catalogue=newer)
    _check_future_command_waits(sqlite_server, a)


def _check_future_command_waits(sqlite_server: ServerProcess, a: SyncedDesk) -> None:
    a.enrol(sqlite_server)
    a.register(1)
    a.bus.execute_one(a.config.envelope("test_future_note", 1, {}))
    a.register(2)

    async def round_(engine: SyncEngine) -> SyncStatus:
        await engine.sync_once()
        return engine.status

    status = a.with_engine(round_)
    assert status.pending == 2  # the unknown command and the one behind it wait …
    assert "kendes ikke" in status.message and "venter" in status.message
    assert a.count("citizen") == 2  # … and keep their local effect


def _enrolled_pair(server: ServerProcess, desks: DeskMaker) -> tuple[SyncedDesk, SyncedDesk]:
    """Two desks of one site; the second has caught up."""
    a, b = desks("MUS", 1), desks("MUS", 2)
    a.enrol(server)
    b.enrol(server)
    b.sync()
    return a, b


class _WatchedEngine(SyncEngine):
    """The real engine, counting the server's announcements it could not use: for each
    it asks for a pull."""

    unusable = 0

    async def _apply_announced(self, news: Announcement) -> bool:
        used = await super()._apply_announced(news)
        self.unusable += not used
        return used


assert "_apply_announced" in vars(SyncEngine)  # what _WatchedEngine counts is still there


@contextlib.asynccontextmanager
async def _listening(
    b: SyncedDesk, settings: SyncSettings
) -> AsyncIterator[tuple[_WatchedEngine, list[str], EventTap]]:
    """b's engine running and listening, after its first round and the stream's first
    event; with the pulls it makes and the events it has handled."""
    pulls: list[str] = []

    async def count_pulls(request: httpx.Request) -> None:
        if request.url.path == "/v1/pull":
            pulls.append(request.url.path)

    tap = EventTap()
    async with httpx.AsyncClient(transport=tap, event_hooks={"request": [count_pulls]}) as http:
        engine = _WatchedEngine(b.sync_store, http, settings)
        run = asyncio.create_task(engine.run())
        try:
            await eventually(
                lambda: pulls and engine._cursors and tap.handled,
                what="the first round's pull and the event stream's first event",
            )
            yield engine, pulls, tap
        finally:
            engine.stop()
            await run
            engine.close()


def _listen_while(b: SyncedDesk, act: Callable[[], list[str]]) -> tuple[int, int]:
    """Run b's engine, listening, while `act` (on a thread) makes citizens elsewhere;
    wait until b has them all. Returns b's pulls before `act` and after arrival."""

    async def listen() -> tuple[int, int]:
        settings = SyncSettings(listen=True, poll_interval=3600, backoff_base=0.05, backoff_cap=0.2)
        async with _listening(b, settings) as (_engine, pulls, _tap):
            before = len(pulls)
            made = await asyncio.to_thread(act)

            async def arrived() -> bool:
                return all([await asyncio.to_thread(b.citizen, c) for c in made])

            await eventually(arrived, what="every citizen at the listening desk")
            return before, len(pulls)

    return asyncio.run(listen())


def test_realtime_a_change_arrives_in_the_event_without_a_pull(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    a, b = _enrolled_pair(sqlite_server, desks)

    def register_one() -> list[str]:
        citizen = a.register(78)
        a.sync()
        return [citizen.id]

    before, after = _listen_while(b, register_one)
    assert b.count("citizen") == 1
    assert after == before  # it came in the event: no pull
    assert b.checksum() == a.checksum()


def _pull(server: ServerProcess, desk: SyncedDesk, cursors: dict[str, int], limit: int) -> PullPage:
    from app.sync.client import SyncApi

    enrolment = desk.sync_store.enrolment()
    assert enrolment is not None

    async def pull() -> PullPage:
        async with httpx.AsyncClient() as http:
            return await SyncApi(http, server.url, enrolment.token).pull(cursors, 0, limit)

    return asyncio.run(pull())


def test_an_event_takes_a_desk_that_already_has_part_of_it_the_rest_of_the_way(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    """A desk's own pull may bring some of an event's changes before the event is read
    (it waits for that pull). It takes the rest from the event instead of pulling
    again; a desk behind where the event starts has a hole and must pull."""
    a, b = _enrolled_pair(sqlite_server, desks)
    base = b.sync_store.cursors()
    for n in range(3):
        a.register(300 + n)
        a.sync()
    everything = _pull(sqlite_server, b, base, limit=100)
    first = _pull(sqlite_server, b, base, limit=1)
    news = Announcement(everything.cursors, base, everything.changes)
    page = news.as_page()
    assert page is not None and len(page.changes) >= 3

    behind = Announcement(everything.cursors, first.cursors, everything.changes[1:]).as_page()
    assert behind is not None
    assert b.sync_store.apply_announced(first.cursors, behind) is None  # a hole: pull
    assert b.count("citizen") == 0

    b.sync_store.apply_pull(first)  # its own pull brought the first change
    report = b.sync_store.apply_announced(base, page)
    assert report is not None and report.changes == len(page.changes) - 1
    assert b.sync_store.cursors() == everything.cursors
    assert b.count("citizen") == 3
    assert b.checksum() == a.checksum()
    assert b.sync_store.apply_announced(base, page) == ApplyReport(0, 0, (), 0)  # has it all


def test_a_desks_own_push_costs_it_one_pull(sqlite_server: ServerProcess, desks: DeskMaker) -> None:
    """The server announces a push (numbers only, to the desk that pushed) before it
    replies; the desk's round pulls after its push anyway. The announcement waits for
    that round instead of asking for a second pull."""
    _a, b = _enrolled_pair(sqlite_server, desks)

    async def main() -> tuple[int, int, int]:
        settings = SyncSettings(listen=True, poll_interval=3600, min_event_interval=0.05)
        async with _listening(b, settings) as (engine, pulls, tap):
            before = len(pulls)

            async def settled() -> bool:
                return (await asyncio.to_thread(b.sync_store.counts)).pending == 0

            for n in range(3):
                await asyncio.to_thread(b.register, 400 + n)
                engine.poke()
                await eventually(settled, what="the push settled by the round's pull")
                # The server announced the push (before replying to it); once b has
                # handled that announcement, it has asked for a second pull or never will.
                pushed = await asyncio.to_thread(b.sync_store.cursors)
                await eventually(
                    lambda: tap.has_handled(pushed),  # noqa: B023 - awaited in this iteration
                    what="the announcement of b's own push handled",
                )
            return before, len(pulls), engine.unusable

    before, after, second_pulls_asked = asyncio.run(main())
    assert b.sync_store.counts().pending == 0
    assert second_pulls_asked == 0
    assert after - before == 3


def test_realtime_too_many_changes_for_an_event_are_announced_and_pulled(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    a, b = _enrolled_pair(sqlite_server, desks)

    def register_many() -> list[str]:
        made = [a.register(1000 + n).id for n in range(INLINE_LIMIT + 1)]
        # One push: more changes than an event carries.
        a.with_engine(lambda e: e.sync_once(), SyncSettings(listen=False, push_batch=500))
        return made

    before, after = _listen_while(b, register_many)
    assert b.count("citizen") == INLINE_LIMIT + 1
    assert after > before  # only the numbers came: b pulled
    assert b.checksum() == a.checksum()


def test_first_download_is_paged_and_shows_progress(
    sqlite_server: ServerProcess, desks: DeskMaker
) -> None:
    a = desks("MUS", 1)
    a.enrol(sqlite_server)
    for n in range(60):
        a.register(n)
    a.sync()
    fresh = desks("MUS", 2)
    fresh.enrol(sqlite_server)
    progress: list[tuple[int, int]] = []

    async def download(engine: SyncEngine) -> None:
        engine.subscribe(lambda s: progress.append(s.download) if s.download else None)
        await engine.sync_once()

    fresh.with_engine(download, SyncSettings(listen=False, pull_limit=25))
    assert progress == [(25, 60), (50, 60)]
    assert fresh.count("citizen") == 60
    assert fresh.checksum() == a.checksum()


def test_a_new_server_epoch_makes_workstations_download_again(tmp_path, desks: DeskMaker) -> None:
    import subprocess
    import sys

    from tests.server.harness import ROOT, child_env

    db = f"sqlite:///{tmp_path / 'epoch.sqlite3'}"
    server = ServerProcess(db, tmp_path / "epoch.log").start()
    try:
        a = desks("MUS", 1)
        a.enrol(server)
        a.register(1)
        a.sync()
        subprocess.run(
            [sys.executable, "-m", "server", "new-epoch", "--database-url", db],
            cwd=ROOT,
            env=child_env(),
            check=True,
            capture_output=True,
        )
        with a.store.engine.begin() as conn:  # a row only this workstation has
            conn.execute(text("UPDATE citizen SET phone = '12345678'"))
        a.sync()
        assert a.sync_store.enrolment().server_epoch != ""  # type: ignore[union-attr]
        assert a.checksum() == server_checksum(server, a)  # the server's row came back over it
    finally:
        server.stop()


def test_the_last_seat_of_a_group_meeting_goes_to_one_workstation(
    server: ServerProcess, desks: DeskMaker
) -> None:
    """Capacity is the server's to enforce: two offline bookings of one seat, one wins."""
    import datetime as dt
    import uuid

    planner, a, b = desks("MUS", 1), desks("MUS", 2), desks("MUS", 3)
    for desk in (planner, a, b):
        desk.enrol(server)
    session_id = str(uuid.uuid4())
    starts = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).isoformat()
    planner.bus.execute_one(
        planner.config.envelope(
            "schedule_group_meeting",
            1,
            {
                "session_id": session_id,
                "kind": "jobmoede",
                "site_code": "MUS",
                "room": "Mødelokale 2",
                "starts_at": starts,
                "capacity": 1,
            },
        )
    )
    citizen_a, citizen_b = planner.register(1), planner.register(2)
    planner.sync()
    a.sync()
    b.sync()

    def book(desk: SyncedDesk, citizen_id: str) -> None:
        desk.bus.execute_one(
            desk.config.envelope(
                "book_group_meeting",
                1,
                {
                    "booking_id": str(uuid.uuid4()),
                    "session_id": session_id,
                    "citizen_id": citizen_id,
                },
            )
        )

    book(a, citizen_a.id)  # both offline: each sees a free seat
    book(b, citizen_b.id)
    a.sync()
    b.sync()
    a.sync()
    [rejection] = b.sync_store.rejections()
    assert rejection.name == "book_group_meeting" and "fuldt booket" in rejection.message
    assert a.count("group_booking") == b.count("group_booking") == 1
    assert a.checksum() == b.checksum() == server_checksum(server, a)


def test_a_long_catch_up_settles_page_by_page_until_nothing_waits(
    tmp_path, desks: DeskMaker
) -> None:
    server = ServerProcess(
        f"sqlite:///{tmp_path / 'small.sqlite3'}",
        tmp_path / "small.log",
        extra_args=("--max-outcomes", "7"),
    ).start()
    try:
        a = desks("MUS", 1)
        a.enrol(server)
        for n in range(30):
            a.register(n)
        a.with_engine(
            lambda e: e.sync_once(), SyncSettings(listen=False, push_batch=4, pull_limit=5)
        )
        assert a.sync_store.counts().pending == 0  # outcomes came 7 at a time, pages 5 rows
        assert a.sync_store.confirmed_mutation() == 30
        assert a.checksum() == server_checksum(server, a)
    finally:
        server.stop()
