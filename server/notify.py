"""Realtime: tell each site's workstations the newest change numbers (server-sent events).

A push in this process publishes its new heads at once; a poller reads the head
rows every few seconds so that commits made by *another* server instance on the
same database are announced too. A subscriber keeps only the newest number per
stream (a slow client never makes the server queue), and each wake-up sends one
event. Comment lines keep the connection alive through proxies.

The changes themselves ride along when they are few: a push leaves what it wrote
here (the last `RECENT` batches per stream), and an event that covers, without a
hole, everything from the numbers this subscriber was last told to the new ones
carries those changes and the numbers they start `after`. A workstation at those
numbers, or within the changes, applies the ones it lacks as a pull page and does
not pull; one behind them pulls as before. Without that, every change sent a whole
site's desks to pull at the same moment. Never inlined: a batch the subscriber's own workstation pushed (it
must pull, to get its mutations' outcomes with their changes), anything another
server instance wrote (only its heads are known here), more than `INLINE_LIMIT`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

from sqlalchemy import select

from server.change_log import WrittenBatch
from server.db import Database
from server.pull_service import heads_of
from server.tables import StreamHeadRow


class Subscriber:
    def __init__(self, streams: tuple[str, ...], heads: dict[str, int]) -> None:
        self.streams = streams
        self.heads = dict(heads)
        self.wake = asyncio.Event()
        self.keepalive_due = False

    def offer(self, stream: str, seq: int) -> None:
        if seq > self.heads.get(stream, -1):
            self.heads[stream] = seq
            self.wake.set()


class _Recent:
    """A push's batch of one stream, its origin, and its changes' text once made."""

    __slots__ = ("batch", "origin", "_text")

    def __init__(self, batch: WrittenBatch, origin: str) -> None:
        self.batch = batch
        self.origin = origin
        self._text: list[str] | None = None

    def text(self) -> list[str]:
        if self._text is None:  # made once, for every subscriber it goes to
            self._text = self.batch.changes_json()
        return self._text


RECENT = 256  # batches kept per stream
INLINE_LIMIT = 200  # changes in one event at most; beyond, the workstation pulls
EVENT_MEMO = 64  # event texts kept for subscribers at the same numbers
POLL_SETTLE = 0.25  # seconds a polled head waits for its push's own announcement


class Notifier:
    def __init__(self) -> None:
        self._subscribers: set[Subscriber] = set()
        self._known: dict[str, int] = {}
        self._recent: dict[str, dict[int, _Recent]] = {}  # stream → first number → batch
        # (streams, told, heads) → the event with its changes, and whose pushes are in it
        self._events: dict[Any, tuple[str, frozenset[str]]] = {}
        self.closing = asyncio.Event()

    def subscribe(self, streams: tuple[str, ...], heads: dict[str, int]) -> Subscriber:
        sub = Subscriber(streams, heads)
        self._subscribers.add(sub)
        return sub

    def unsubscribe(self, sub: Subscriber) -> None:
        self._subscribers.discard(sub)

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    def publish_push(self, written: Sequence[WrittenBatch], origin: str) -> None:
        """A push in this process committed `written` (from workstation `origin`)."""
        for batch in written:
            recent = self._recent.setdefault(batch.stream, {})
            recent[batch.first] = _Recent(batch, origin)
            while len(recent) > RECENT:
                del recent[next(iter(recent))]  # the oldest: dicts keep insertion order
        # Announced up to where its stream's batches join on without a hole (in publish).
        self.publish({b.stream: self._known.get(b.stream, b.last) for b in written})

    def inline(
        self,
        streams: tuple[str, ...],
        told: dict[str, int],
        heads: dict[str, int],
        workstation_id: str,
    ) -> list[str] | None:
        """The changes between `told` and `heads`, if all are here and may ride along."""
        return _riding(self._between(streams, told, heads), workstation_id)

    def _between(
        self, streams: tuple[str, ...], told: dict[str, int], heads: dict[str, int]
    ) -> list[_Recent] | None:
        """The batches that fill `told`..`heads` exactly, stream by stream; None at a hole."""
        out: list[_Recent] = []
        for stream in streams:
            position, target = told.get(stream, 0), heads.get(stream, 0)
            recent = self._recent.get(stream, {})
            while position < target:
                found = recent.get(position + 1)
                if found is None:
                    return None
                out.append(found)
                position = found.batch.last
            if position != target:
                return None
        return out

    def event_for(
        self,
        streams: tuple[str, ...],
        told: dict[str, int],
        heads: dict[str, int],
        workstation_id: str,
    ) -> str:
        """The event that takes a subscriber from `told` to `heads`. Most of a site's
        desks stand at the same numbers: their event text is made once and shared (the
        changes between two sets of numbers never change; only the subscriber whose own
        push is among them gets the numbers alone, so it is not shared)."""
        key = (streams, tuple(told.items()), tuple(heads.items()))
        shared = self._events.get(key)
        if shared is not None and workstation_id not in shared[1]:
            return shared[0]
        batches = self._between(streams, told, heads)
        changes = _riding(batches, workstation_id)
        text = event_text(heads, told, changes)
        if batches is not None and changes is not None:
            if len(self._events) >= EVENT_MEMO:
                self._events.clear()
            self._events[key] = (text, frozenset(b.origin for b in batches))
        return text

    def publish(self, heads: dict[str, int]) -> None:
        """Tell subscribers these heads, each carried on through the batches that join
        it without a hole. Two pushes commit in one order and may reach the event loop
        in the other: announced at once, the later one left a hole before it, and every
        desk of the site got numbers without changes and pulled at the same moment. Now
        the later one waits for the earlier (one that never comes — its push's reply was
        lost with the connection — is announced by the head poll, by its numbers)."""
        known = self._known
        for stream, seq in heads.items():
            position = max(seq, known.get(stream, 0))
            recent = self._recent.get(stream, {})
            while (found := recent.get(position + 1)) is not None:
                position = found.batch.last
            known[stream] = position
        for sub in self._subscribers:
            for stream in heads:
                if stream in sub.streams:
                    sub.offer(stream, known[stream])

    async def poll_heads(
        self,
        read_heads: Callable[[], dict[str, int]],
        interval: float,
        settle: float = POLL_SETTLE,
    ) -> None:
        """Publish heads that other server instances moved (`read_heads` runs on a thread).

        A head read here may belong to a push of this very process that has committed
        but not yet published (or to another instance's push whose notice is on its
        way). Published at once, it would reach every subscriber without its changes and
        send a whole site's desks to pull in the same instant — which at 150 desks on
        PostgreSQL queued pulls for up to a second and, while they waited, left the
        desks behind the next events too, so they pulled again. A new head is therefore
        published only if, `settle` seconds later, nobody has announced it.
        """
        while not self.closing.is_set():
            with contextlib.suppress(Exception):  # a failed poll is retried on the next tick
                heads = await asyncio.to_thread(read_heads)
                if self._unannounced(heads):
                    await self._pause(settle)
                    if changed := self._unannounced(heads):
                        self.publish(changed)
            await self._pause(interval)

    def _unannounced(self, heads: dict[str, int]) -> dict[str, int]:
        return {s: q for s, q in heads.items() if q > self._known.get(s, -1)}

    async def _pause(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.closing.wait(), seconds)

    async def keep_alive(self, seconds: float) -> None:
        """Every `seconds`, each subscriber sends a comment line (proxies close silent
        connections). One timer for all of them: a timeout per subscriber around each
        wait cost a timer handle per wake-up, 150 per push, a fifth of the fan-out."""
        while not self.closing.is_set():
            await self._pause(seconds)
            for sub in self._subscribers:
                sub.keepalive_due = True
                sub.wake.set()

    def close(self) -> None:
        self.closing.set()
        for sub in self._subscribers:
            sub.wake.set()


def _riding(batches: list[_Recent] | None, workstation_id: str) -> list[str] | None:
    """The batches' changes, unless there is a hole, one is the subscriber's own, or
    they are too many for one event."""
    if batches is None or any(b.origin == workstation_id for b in batches):
        return None
    if sum(len(b.batch.entries) for b in batches) > INLINE_LIMIT:
        return None
    return [text for b in batches for text in b.text()]


def event_text(
    heads: dict[str, int],
    after: dict[str, int] | None = None,
    changes: list[str] | None = None,
) -> str:
    if changes is None or after is None:
        data = json.dumps({"heads": heads}, separators=(",", ":"))
    else:
        numbers = json.dumps({"heads": heads, "after": after}, separators=(",", ":"))
        data = numbers[:-1] + ',"changes":[' + ",".join(changes) + "]}"
    return f"event: change\ndata: {data}\n\n"


def all_heads(db: Database) -> dict[str, int]:
    """Every stream's head as committed now (the poller's read)."""
    with db.reads() as session, session.begin():
        return {
            s: int(q) for s, q in session.execute(select(StreamHeadRow.stream, StreamHeadRow.seq))
        }


async def event_stream(
    notifier: Notifier,
    db: Database,
    streams: tuple[str, ...],
    workstation_id: str = "",
) -> AsyncIterator[str]:
    def read() -> dict[str, int]:
        with db.reads() as session, session.begin():
            return heads_of(session, streams)

    heads = await asyncio.to_thread(read)
    sub = notifier.subscribe(streams, heads)
    told = dict(heads)  # the numbers this subscriber was last given
    try:
        yield "retry: 1000\n\n" + event_text(heads)  # a client that reconnects catches up at once
        while not notifier.closing.is_set():
            await sub.wake.wait()
            sub.wake.clear()
            if notifier.closing.is_set():
                break
            new = {s: sub.heads[s] for s in streams}
            if new != told:
                yield notifier.event_for(streams, told, new, workstation_id)
                told = new
            elif sub.keepalive_due:
                yield ": keepalive\n\n"
            sub.keepalive_due = False
    finally:
        notifier.unsubscribe(sub)
