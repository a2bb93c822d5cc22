"""Several server instances on one PostgreSQL: a push on one is announced at once by the others
(LISTEN/NOTIFY, server/pg_listen.py), also after the listening connection was cut."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from server import pg_listen
from server.notify import Notifier
from tests.server.harness import PgCluster, ServerProcess
from tests.server.raw import RawStation
from tests.server.test_events import EventReader
from tests.sync.desk import cpr
from tests.waiting import wait_until

# The head poll, the fallback, is set far beyond the tests' waits: only a notice can be quick.
SLOW_POLL = ("--head-poll", "120")


@pytest.fixture
def two_instances(tmp_path: Path, pg_cluster: PgCluster) -> Iterator[tuple[ServerProcess, ...]]:
    url = pg_cluster.new_database()
    servers = tuple(
        ServerProcess(url, tmp_path / f"server-{i}.log", extra_args=SLOW_POLL) for i in range(2)
    )
    try:
        yield tuple(s.start() for s in servers)
    finally:
        for s in servers:
            s.stop()


def _event_after_push(
    pusher: RawStation, reader: EventReader, seen: int, *mutations: dict[str, Any]
) -> dict[str, Any]:
    assert pusher.push(*mutations).status_code == 200
    event = reader.wait_for(seen + 1)[seen]  # gives up at 10 s; the poll would take 120
    return event


def test_a_push_on_one_instance_is_announced_by_the_other_at_once(
    two_instances: tuple[ServerProcess, ...],
) -> None:
    a, b = two_instances
    pusher = RawStation(a, counter=1).enrol()
    listener = RawStation(b, counter=2).enrol()
    reader = EventReader(listener)
    try:
        (first,) = reader.wait_for(1)
        second = _event_after_push(pusher, reader, 1, pusher.register(1, 601))
        # The changes came along in the notice: the same as a pull from those numbers.
        assert second["after"] == first["heads"]
        assert second["changes"] == listener.pull(first["heads"])["changes"]
        assert [c["row"]["cpr"] for c in second["changes"] if c["table"] == "citizen"] == [cpr(601)]

        # Too many changes for one notice (PostgreSQL takes 8,000 bytes): the numbers only.
        big = [pusher.register(2 + k, 610 + k) for k in range(40)]
        third = _event_after_push(pusher, reader, 2, *big)
        assert "changes" not in third
        pulled = listener.pull(second["heads"])["changes"]
        assert len([c for c in pulled if c["table"] == "citizen"]) == 40
        assert all(third["heads"][s] >= q for s, q in second["heads"].items())

        # The database drops the listening connection (a restart, a failover): the instance
        # reconnects and the next push is announced at once again.
        cut = _cut_listeners(a.database_url)
        wait_until(
            lambda: len(_listeners(a.database_url) - cut) == len(cut),
            what="the instances listening again on new connections",
        )
        fourth = _event_after_push(pusher, reader, 3, pusher.register(42, 660))
        assert any(fourth["heads"][s] > q for s, q in third["heads"].items())
    finally:
        reader.close()


LISTENING = "FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %'"


def _listeners(database_url: str) -> set[int]:
    """The backends of the connections that (last) ran LISTEN: one per instance."""
    with psycopg.connect(pg_listen.libpq_url(database_url), autocommit=True) as conn:
        return {pid for (pid,) in conn.execute(f"SELECT pid {LISTENING}").fetchall()}


def _cut_listeners(database_url: str) -> set[int]:
    """Terminate the listening connections; returns their backends."""
    with psycopg.connect(pg_listen.libpq_url(database_url), autocommit=True) as conn:
        cut = {
            pid for (pid, _) in conn.execute(f"SELECT pid, pg_terminate_backend(pid) {LISTENING}")
        }
    assert cut  # there were listening connections to cut
    return cut


def test_a_notice_from_this_instance_or_a_malformed_one_is_not_published() -> None:
    notifier = Notifier()
    sub = notifier.subscribe(("shared",), {"shared": 1})
    pg_listen._publish(
        notifier, json.dumps({"instance": pg_listen.INSTANCE, "heads": {"shared": 5}})
    )
    pg_listen._publish(notifier, "not json")
    pg_listen._publish(notifier, json.dumps({"instance": "other", "heads": ["shared"]}))
    assert not sub.wake.is_set() and sub.heads == {"shared": 1}
    pg_listen._publish(notifier, json.dumps({"instance": "other", "heads": {"shared": 5}}))
    assert sub.wake.is_set() and sub.heads == {"shared": 5}


def test_a_notice_with_its_changes_lets_this_instance_send_them_along() -> None:
    notifier = Notifier()
    row = json.dumps({"id": "c1"})
    notice = {
        "instance": "other",
        "origin": "ws-a",
        "heads": {"shared": 2},
        "batches": [
            {"stream": "shared", "first": 2, "last": 2, "entries": [["citizen", "put", row]]}
        ],
    }
    pg_listen._publish(notifier, json.dumps(notice))
    changes = notifier.inline(("shared",), {"shared": 1}, {"shared": 2}, "ws-b")
    assert changes is not None and json.loads(changes[0])["row"] == {"id": "c1"}
    assert notifier.inline(("shared",), {"shared": 1}, {"shared": 2}, "ws-a") is None  # its own
