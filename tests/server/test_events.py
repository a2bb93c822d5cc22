"""Server-sent events: the new numbers of a site's streams, and the changes along when few.

A workstation is told another's changes in the event itself (so a whole site does
not pull at once after each change), never its own (those it pulls, with its
mutations' outcomes), and only the numbers when the changes cannot all ride along.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from typing import Any

import httpx

from server.change_log import WrittenBatch
from server.notify import INLINE_LIMIT, Notifier
from tests.server.harness import ServerProcess
from tests.server.raw import RawStation
from tests.sync.desk import cpr
from tests.waiting import eventually


class EventReader:
    """`/v1/events` of one station, read on a thread; each event's data in order."""

    def __init__(self, station: RawStation) -> None:
        self.events: list[dict[str, Any]] = []
        self._station = station
        self._stop = threading.Event()
        self._arrived = threading.Condition()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._read()), daemon=True)
        self._thread.start()

    async def _read(self) -> None:
        url = self._station.server.url + "/v1/events"
        async with (
            httpx.AsyncClient(timeout=httpx.Timeout(10, read=None)) as http,
            http.stream("GET", url, headers=self._station.headers) as response,
        ):
            async for line in response.aiter_lines():
                if line.startswith("data:"):
                    with self._arrived:
                        self.events.append(json.loads(line[5:]))
                        self._arrived.notify_all()
                if self._stop.is_set():
                    return

    def wait_for(self, count: int) -> list[dict[str, Any]]:
        with self._arrived:
            assert self._arrived.wait_for(lambda: len(self.events) >= count, timeout=10)
            return list(self.events[:count])

    def close(self) -> None:
        self._stop.set()


def test_another_workstations_changes_ride_along_but_never_ones_own(
    sqlite_server: ServerProcess,
) -> None:
    other = RawStation(sqlite_server, counter=1).enrol()
    me = RawStation(sqlite_server, counter=2).enrol()
    reader = EventReader(me)
    try:
        (first,) = reader.wait_for(1)
        assert "changes" not in first  # on connecting: the numbers to catch up from

        assert other.push(other.register(1, 501)).status_code == 200
        second = reader.wait_for(2)[1]
        assert second["after"] == first["heads"]
        (change,) = second["changes"]
        assert (change["table"], change["op"], change["row"]["cpr"]) == ("citizen", "put", cpr(501))
        assert (
            change["seq"]
            == second["heads"][change["stream"]]
            == first["heads"][change["stream"]] + 1
        )
        # Exactly what a pull from the same numbers returns.
        assert me.pull(first["heads"])["changes"] == second["changes"]

        assert me.push(me.register(1, 502)).status_code == 200
        third = reader.wait_for(3)[2]
        assert "changes" not in third  # my own push: I pull it, with its outcome
        assert third["heads"][change["stream"]] == change["seq"] + 1
    finally:
        reader.close()


def _batch(stream: str, first: int, last: int) -> WrittenBatch:
    return WrittenBatch(
        stream,
        first,
        last,
        tuple(("citizen", "put", json.dumps({"id": f"c{n}"})) for n in range(first, last + 1)),
    )


def test_changes_ride_along_only_without_a_hole_from_the_numbers_last_told() -> None:
    notifier = Notifier()
    streams = ("shared", "site:MUS")
    notifier.publish_push([_batch("shared", 1, 2)], origin="ws-a")
    notifier.publish_push([_batch("shared", 3, 3), _batch("site:MUS", 1, 1)], origin="ws-b")
    told = {"shared": 0, "site:MUS": 0}
    now = {"shared": 3, "site:MUS": 1}

    changes = notifier.inline(streams, told, now, "ws-c")
    assert changes is not None
    assert [json.loads(c)["seq"] for c in changes] == [1, 2, 3, 1]  # shared first
    assert [json.loads(c)["stream"] for c in changes][-1] == "site:MUS"
    assert notifier.inline(streams, {"shared": 2, "site:MUS": 1}, now, "ws-c") is not None

    assert notifier.inline(streams, told, now, "ws-b") is None  # ws-b's own batch is in it
    # Numbers another server instance took (only its heads are known here): a hole.
    notifier.publish({"shared": 5})
    assert notifier.inline(streams, told, {"shared": 5, "site:MUS": 1}, "ws-c") is None
    # Too many for one event.
    notifier.publish_push([_batch("site:MUS", 2, INLINE_LIMIT + 2)], origin="ws-a")
    assert (
        notifier.inline(streams, told, {"shared": 3, "site:MUS": INLINE_LIMIT + 2}, "ws-c") is None
    )


def test_desks_at_the_same_numbers_share_one_event_but_its_origin_gets_the_numbers_alone() -> None:
    notifier = Notifier()
    streams = ("shared", "site:MUS")
    notifier.publish_push([_batch("shared", 1, 1)], origin="ws-a")
    notifier.publish_push([_batch("shared", 2, 3)], origin="ws-b")
    told, now = {"shared": 0, "site:MUS": 0}, {"shared": 3, "site:MUS": 0}

    first = notifier.event_for(streams, told, now, "ws-c")
    assert notifier.event_for(streams, told, now, "ws-d") is first  # made once, shared
    data = json.loads(first.split("data: ", 1)[1])
    assert [json.loads(c)["seq"] for c in notifier.inline(streams, told, now, "ws-c") or []] == [
        c["seq"] for c in data["changes"]
    ]
    for origin in ("ws-a", "ws-b"):  # each pushed part of it: numbers only, it pulls
        own = json.loads(notifier.event_for(streams, told, now, origin).split("data: ", 1)[1])
        assert own == {"heads": now}


def test_the_head_poller_leaves_a_push_of_its_own_process_to_announce_itself() -> None:
    """The poller (for other instances' commits) can read a head between this process's
    push committing and its route announcing it. Published then, it reached every desk
    without the changes: a whole site pulled at once (150 pulls, queued up to a second).
    It now waits for the announcement; a head nobody announces is still published."""
    streams = ("shared", "site:MUS")

    async def scenario() -> None:
        notifier = Notifier()
        subscriber = notifier.subscribe(streams, {"shared": 0, "site:MUS": 0})
        committed = {"shared": 0, "site:MUS": 0}
        reads: list[dict[str, int]] = []

        def read_heads() -> dict[str, int]:
            reads.append(dict(committed))
            return reads[-1]

        # A second's settling leaves the test ample time to look while the poller waits.
        poller = asyncio.create_task(notifier.poll_heads(read_heads, interval=0.01, settle=1.0))
        committed["shared"] = 1  # a push of this process committed ...
        await eventually(
            lambda: any(r["shared"] == 1 for r in reads), what="the poller to read that head"
        )
        assert subscriber.heads["shared"] == 0  # ... the poller read it and told nobody
        notifier.publish_push([_batch("shared", 1, 1)], origin="ws-a")  # the route announces
        assert subscriber.heads["shared"] == 1
        event = notifier.event_for(streams, {"shared": 0, "site:MUS": 0}, subscriber.heads, "ws-c")
        assert [c["seq"] for c in json.loads(event.split("data: ", 1)[1])["changes"]] == [1]

        committed["site:MUS"] = 4  # another instance's commit, never announced here
        # A read, its settle time, and no announcement: the safety net still works.
        await eventually(lambda: subscriber.heads["site:MUS"] == 4, what="the head published")
        notifier.close()
        await poller

    asyncio.run(scenario())


def test_a_push_that_reaches_the_loop_before_an_earlier_one_waits_for_it() -> None:
    """Two pushes commit in one order and may be announced in the other. Announced at
    once, the later one left a hole before it: every desk got numbers without changes
    and pulled. It waits for the earlier one, then both ride along in one event."""
    notifier = Notifier()
    streams = ("shared", "site:MUS")
    notifier.publish({"shared": 4, "site:MUS": 0})
    subscriber = notifier.subscribe(streams, {"shared": 4, "site:MUS": 0})

    notifier.publish_push([_batch("shared", 7, 7)], origin="ws-b")  # committed second
    assert subscriber.heads["shared"] == 4
    notifier.publish_push([_batch("shared", 5, 6)], origin="ws-a")
    assert subscriber.heads["shared"] == 7
    event = notifier.event_for(streams, {"shared": 4, "site:MUS": 0}, subscriber.heads, "ws-c")
    assert [c["seq"] for c in json.loads(event.split("data: ", 1)[1])["changes"]] == [5, 6, 7]

    # A batch whose predecessor never comes (its push's reply was lost): the head poll
    # (or another instance's notice) announces the numbers, and the held batch with them.
    notifier.publish_push([_batch("shared", 9, 9)], origin="ws-b")
    assert subscriber.heads["shared"] == 7
    notifier.publish({"shared": 8})
    assert subscriber.heads["shared"] == 9


def test_a_quiet_event_stream_gets_a_keepalive_line_every_interval(
    sqlite_server: ServerProcess,
) -> None:
    """Proxies close silent connections, and a desk reconnects after 45 s without a
    byte: the server sends a comment line every `--keepalive` seconds (1 s here)."""
    station = RawStation(sqlite_server).enrol()
    lines: list[tuple[float, str]] = []

    async def read() -> None:
        url = sqlite_server.url + "/v1/events"
        async with (
            httpx.AsyncClient(timeout=httpx.Timeout(10, read=None)) as http,
            http.stream("GET", url, headers=station.headers) as response,
        ):
            loop = asyncio.get_running_loop()
            start = loop.time()
            async for line in response.aiter_lines():
                if line:
                    lines.append((loop.time() - start, line))
                if loop.time() - start > 3.5:
                    return

    asyncio.run(read())
    keepalives = [t for t, line in lines if line == ": keepalive"]
    assert len(keepalives) >= 2
    assert all(later - earlier < 1.9 for earlier, later in itertools.pairwise(keepalives))
    assert len([line for _, line in lines if line.startswith("data:")]) == 1  # the first only
