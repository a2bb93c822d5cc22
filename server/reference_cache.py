"""Reference data read once per push: it cannot change while a push runs (seed data only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class CachedReference:
    """Wraps a `ReferenceData`; every method's answer is remembered by its arguments."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._memo: dict[tuple[str, tuple[Any, ...], tuple[tuple[str, Any], ...]], Any] = {}

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self._inner, name)

        def cached(*args: Any, **kwargs: Any) -> Any:
            key = (name, args, tuple(sorted(kwargs.items())))
            if key not in self._memo:
                self._memo[key] = method(*args, **kwargs)
            return self._memo[key]

        return cached
