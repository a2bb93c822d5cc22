"""The waiting helpers: they return what the condition gave, and name what never came."""

from __future__ import annotations

import asyncio
import itertools

import pytest

from tests.waiting import eventually, wait_until


def test_wait_until_returns_the_first_truthy_value() -> None:
    calls = itertools.count()
    assert wait_until(lambda: next(calls) >= 3 and "ready", interval=0) == "ready"


def test_wait_until_names_what_it_waited_for() -> None:
    with pytest.raises(AssertionError, match="waiting for the kettle"):
        wait_until(lambda: False, timeout=0.05, what="the kettle")


def test_eventually_awaits_a_coroutine_condition_and_lets_the_loop_run() -> None:
    async def scenario() -> str | None:
        done = asyncio.Event()
        asyncio.get_running_loop().call_soon(done.set)

        async def ready() -> str | None:
            return "set" if done.is_set() else None

        return await eventually(ready, what="the event")

    assert asyncio.run(scenario()) == "set"


def test_eventually_names_what_it_waited_for() -> None:
    async def scenario() -> None:
        await eventually(lambda: 0, timeout=0.05, what="a reply")

    with pytest.raises(AssertionError, match="waiting for a reply"):
        asyncio.run(scenario())
