"""Retry delays: exponential, capped, with jitter so many workstations do not retry in step."""

from __future__ import annotations

import random


def retry_delay(failures: int, *, base: float, cap: float, rng: random.Random) -> float:
    """Equal jitter: half the exponential step for sure, the other half at random."""
    if failures <= 0:
        return 0.0
    step: float = min(cap, base * 2.0 ** min(failures - 1, 30))
    return step / 2 + float(rng.uniform(0, step / 2))
