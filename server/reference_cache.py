"""Reference data (sites, services, counters, staff, support bases) read once per server
process, not once per push.

Only seeding writes these tables (`server/db.prepare` at start-up); no command changes
them. An instance that starts with newer seed data on a shared database is seen by the
instances already running within `REFERENCE_TTL` seconds, when their memo lapses.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

REFERENCE_TTL = 60.0

MemoKey = tuple[str, tuple[Any, ...], tuple[tuple[str, Any], ...]]


class ReferenceMemo:
    """The answers of one process, dropped every `ttl` seconds."""

    def __init__(
        self, ttl: float = REFERENCE_TTL, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._answers: dict[MemoKey, Any] = {}
        self._until = 0.0

    def answers(self) -> dict[MemoKey, Any]:
        with self._lock:
            now = self._clock()
            if now >= self._until:
                self._answers = {}  # a new dict: a push still reading the old one is unaffected
                self._until = now + self._ttl
            return self._answers


class CachedReference:
    """Wraps a `ReferenceData`; every method's answer is remembered by its arguments."""

    def __init__(self, inner: Any, memo: dict[MemoKey, Any] | None = None) -> None:
        self._inner = inner
        self._memo: dict[MemoKey, Any] = {} if memo is None else memo

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._inner, name)

        def cached(*args: Any, **kwargs: Any) -> Any:
            key = (name, args, tuple(sorted(kwargs.items())))
            if key not in self._memo:
                answer = method(*args, **kwargs)
                # Shared between threads: a list becomes a tuple nobody can change.
                self._memo[key] = tuple(answer) if isinstance(answer, list) else answer
            return self._memo[key]

        return cached
