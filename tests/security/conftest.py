"""Security fixtures: a cheap (still argon2id) hasher and a controllable clock."""

from __future__ import annotations

import datetime as dt

import pytest
from argon2 import PasswordHasher, Type

from app.security.passwords import Passwords


def cheap_passwords() -> Passwords:
    # Real argon2id, minimal cost: the tests check behaviour, not the work factor.
    return Passwords(PasswordHasher(time_cost=1, memory_cost=8, parallelism=1, type=Type.ID))


@pytest.fixture
def passwords() -> Passwords:
    return cheap_passwords()


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


from tests.server.conftest import sqlite_server  # noqa: E402, F401  (real server processes)
