"""A command holds the store's write lock from its first read, so nothing slips in between."""

from __future__ import annotations

import sqlite3

import pytest

from local_cache.store import LocalStore


def test_begin_write_locks_out_other_writers_until_commit(store: LocalStore) -> None:
    other = sqlite3.connect(store.path, timeout=0.1)
    try:
        with store.unit_of_work() as uow:
            uow.begin_write()
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("INSERT INTO setting(key, value) VALUES ('x', 'y')")
            uow.commit()
        other.execute("INSERT INTO setting(key, value) VALUES ('x', 'y')")  # free again
        other.commit()
    finally:
        other.close()


def test_readers_are_not_blocked_by_the_write_lock(store: LocalStore) -> None:
    reader = sqlite3.connect(store.path, timeout=0.1)
    try:
        with store.unit_of_work() as uow:
            uow.begin_write()
            assert reader.execute("SELECT count(*) FROM site").fetchone() == (3,)  # WAL
    finally:
        reader.close()
