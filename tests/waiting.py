"""Waiting for a condition, never for a fixed time.

A test that sleeps a fixed time passes without testing anything on a slow machine and
is slow on a fast one. These poll a condition instead, with a generous timeout, and
fail naming what they waited for. In a Qt test, prefer `qtbot.waitUntil` /
`qtbot.waitSignal`: they keep the Qt event loop turning.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, overload

T = TypeVar("T")

DEFAULT_TIMEOUT = 20.0  # generous: a busy two-core CI machine, not the typical wait
DEFAULT_INTERVAL = 0.01


def wait_until(
    condition: Callable[[], T],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    what: str = "the condition",
) -> T:
    """Call `condition` until it returns something truthy and return that; raise
    AssertionError naming `what` when `timeout` seconds pass first."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(interval)


@overload
async def eventually(
    condition: Callable[[], Awaitable[T]],
    *,
    timeout: float = ...,
    interval: float = ...,
    what: str = ...,
) -> T: ...


@overload
async def eventually(
    condition: Callable[[], T],
    *,
    timeout: float = ...,
    interval: float = ...,
    what: str = ...,
) -> T: ...


async def eventually(
    condition: Callable[[], Any],
    *,
    timeout: float = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    what: str = "the condition",
) -> Any:
    """`wait_until` for asyncio tests: the event loop keeps running while it waits.
    `condition` may be a plain function or a coroutine function (awaited each time)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = condition()
        if inspect.isawaitable(value):
            value = await value
        if value:
            return value
        if loop.time() >= deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        await asyncio.sleep(interval)
