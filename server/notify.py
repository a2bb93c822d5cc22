"""Realtime: tell each site's workstations the newest change numbers (server-sent events).

A push in this process publishes its new heads at once; a poller reads the head
rows every few seconds so that commits made by *another* server instance on the
same database are announced too. A subscriber keeps only the newest number per
stream (a slow client never makes the server queue), and each wake-up sends one
event. Comment lines keep the connection alive through proxies.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator

from server.db import Database
from server.pull_service import heads_of
from server.tables import StreamHeadRow


class Subscriber:
    def __init__(self, streams: tuple[str, ...], heads: dict[str, int]) -> None:
        self.streams = streams
        self.heads = dict(heads)
        self.wake = asyncio.Event()

    def offer(self, stream: str, seq: int) -> None:
        if seq > self.heads.get(stream, -1):
            self.heads[stream] = seq
            self.wake.set()


class Notifier:
    def __init__(self) -> None:
        self._subscribers: set[Subscriber] = set()
        self._known: dict[str, int] = {}
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

    def publish(self, heads: dict[str, int]) -> None:
        for stream, seq in heads.items():
            self._known[stream] = max(seq, self._known.get(stream, 0))
        for sub in self._subscribers:
            for stream, seq in heads.items():
                if stream in sub.streams:
                    sub.offer(stream, seq)

    async def poll_heads(self, db: Database, interval: float) -> None:
        from sqlalchemy import select

        def read() -> dict[str, int]:
            with db.reads() as session, session.begin():
                return {
                    s: int(q)
                    for s, q in session.execute(select(StreamHeadRow.stream, StreamHeadRow.seq))
                }

        while not self.closing.is_set():
            with contextlib.suppress(Exception):  # a failed poll is retried on the next tick
                heads = await asyncio.to_thread(read)
                changed = {s: q for s, q in heads.items() if q > self._known.get(s, -1)}
                if changed:
                    self.publish(changed)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.closing.wait(), interval)

    def close(self) -> None:
        self.closing.set()
        for sub in self._subscribers:
            sub.wake.set()


def event_text(heads: dict[str, int]) -> str:
    return f"event: change\ndata: {json.dumps({'heads': heads}, separators=(',', ':'))}\n\n"


async def event_stream(
    notifier: Notifier,
    db: Database,
    streams: tuple[str, ...],
    keepalive: float,
) -> AsyncIterator[str]:
    def read() -> dict[str, int]:
        with db.reads() as session, session.begin():
            return heads_of(session, streams)

    heads = await asyncio.to_thread(read)
    sub = notifier.subscribe(streams, heads)
    try:
        yield "retry: 1000\n\n" + event_text(heads)  # a client that reconnects catches up at once
        while not notifier.closing.is_set():
            try:
                await asyncio.wait_for(sub.wake.wait(), keepalive)
            except TimeoutError:
                yield ": keepalive\n\n"
                continue
            sub.wake.clear()
            if notifier.closing.is_set():
                break
            yield event_text({s: sub.heads[s] for s in streams})
    finally:
        notifier.unsubscribe(sub)
