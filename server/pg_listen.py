"""Several server instances on one PostgreSQL: each tells the others its new change numbers at once.

A push announces to the subscribers of the instance it ran on (server/notify.py).
Desks connected to another instance would hear of it only from that instance's
poll of the stream heads (every `head_poll_seconds`, 2 s by default) — slower than
the "within a second" a site expects. On PostgreSQL the push therefore also runs
`pg_notify` in its transaction: PostgreSQL delivers the notice only if and when
the transaction commits, in commit order, to every connection that LISTENs. Each
instance keeps one such connection and publishes what it hears from the other
instances (its own pushes it has announced already). The notice carries the
push's changes too when they fit (PostgreSQL takes 8,000 bytes), so a desk on the
other instance gets them in its event as if the push had run there. The poll
stays as the safety net: while the listening connection is down (a restart of
the database), nothing is missed for longer than one poll.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING

import psycopg
from sqlalchemy import Connection, func, make_url, select

from server.change_log import WrittenBatch

if TYPE_CHECKING:  # notify → pull_service → push_service → here: only the type is needed
    from server.notify import Notifier

CHANNEL = "skranke_heads"
INSTANCE = uuid.uuid4().hex  # this process, so that it ignores its own notices
HEALTH_CHECK_SECONDS = 30.0  # a quiet connection is asked whether it still lives

log = logging.getLogger(__name__)


NOTICE_BYTES = 7_900  # PostgreSQL refuses a payload of 8,000 bytes or more


def announce(connection: Connection, written: Sequence[WrittenBatch], origin: str) -> None:
    """In the push's transaction (delivered on commit): the streams' new heads, and the
    changes themselves when they fit, with the workstation that pushed them."""
    heads = {batch.stream: batch.last for batch in written}
    batches = [
        {"stream": b.stream, "first": b.first, "last": b.last, "entries": b.entries}
        for b in written
    ]
    payload = _json({"instance": INSTANCE, "origin": origin, "heads": heads, "batches": batches})
    if len(payload.encode()) > NOTICE_BYTES:
        payload = _json({"instance": INSTANCE, "heads": heads})
    connection.execute(select(func.pg_notify(CHANNEL, payload)))


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def libpq_url(database_url: str) -> str:
    """The SQLAlchemy URL as psycopg itself takes it (without the `+psycopg` driver)."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)


async def listen(database_url: str, notifier: Notifier, *, retry_seconds: float = 1.0) -> None:
    """Publish other instances' heads until cancelled; reconnects after any failure."""
    url = libpq_url(database_url)
    while not notifier.closing.is_set():
        try:
            async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
                await conn.execute(f"LISTEN {CHANNEL}")
                log.info("listening for other server instances' changes")
                while not notifier.closing.is_set():
                    async for notice in conn.notifies(timeout=HEALTH_CHECK_SECONDS):
                        _publish(notifier, notice.payload)
                    await conn.execute("SELECT 1")  # a dead connection fails here
        except (psycopg.Error, OSError) as exc:
            log.warning("listening for other instances failed (%s); retrying", exc)
        if not notifier.closing.is_set():
            await asyncio.sleep(retry_seconds)


def _publish(notifier: Notifier, payload: str) -> None:
    try:
        notice = json.loads(payload)
        if notice["instance"] == INSTANCE:
            return
        heads = {str(stream): int(seq) for stream, seq in notice["heads"].items()}
        batches = [
            WrittenBatch(
                str(b["stream"]),
                int(b["first"]),
                int(b["last"]),
                tuple((str(t), str(op), str(row)) for t, op, row in b["entries"]),
            )
            for b in notice.get("batches", ())
        ]
        origin = str(notice.get("origin", ""))
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("ignored a malformed notice on %s: %.200s", CHANNEL, payload)
        return
    if batches and all(b.last - b.first + 1 == len(b.entries) for b in batches):
        notifier.publish_push(batches, origin)
    else:
        notifier.publish(heads)
