"""Which services a counter calls today: the seeded profile, opened or closed by a supervisor.

The seed (resources/seed/counter_profiles.json) says what a counter calls on an ordinary
day. A supervisor may close one of those services at a counter or open another for the
rest of the day (`set_counter_service`); the change is a synced row per site, day,
counter and service, so every desk of the site and the server agree, and tomorrow the
seed applies again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class CounterServiceSetting:
    site_code: str
    service_day: dt.date
    counter_number: int
    service_code: str
    is_open: bool
    changed_at: dt.datetime
    changed_by: str


class CounterServiceRepository(Protocol):
    def for_day(self, site_code: str, day: dt.date) -> Sequence[CounterServiceSetting]: ...
    def put(self, setting: CounterServiceSetting) -> None: ...


def effective_profile(
    base: Sequence[str], settings: Sequence[CounterServiceSetting], counter_number: int
) -> list[str]:
    """The seed's order without the closed services; opened ones after it, in the order
    they were opened (an opened service is extra work, not the counter's first duty)."""
    mine = sorted(
        (s for s in settings if s.counter_number == counter_number), key=lambda s: s.changed_at
    )
    closed = {s.service_code for s in mine if not s.is_open}
    profile = [code for code in base if code not in closed]
    for s in mine:
        if s.is_open and s.service_code not in profile:
            profile.append(s.service_code)
    return profile
