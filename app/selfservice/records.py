"""A site's self-service PCs and a citizen's slot at one of them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_MINUTES = 30  # a slot long enough to update a CV or apply for a job or two
MIN_MINUTES = 5
MAX_MINUTES = 240


@dataclass(frozen=True, slots=True)
class SelfServicePc:
    """One PC of a site's job shop, as the reference data lists it."""

    site_code: str
    code: str  # stable key: "pc1"
    label: str  # what is written on the PC: «PC 1»


@dataclass(frozen=True, slots=True)
class PcSlot:
    """A citizen's time at a PC. Not released, it holds the PC even after `ends_at`
    (the citizen may still be sitting there): the job shop sees it as overdue."""

    id: str
    site_code: str
    pc_code: str
    citizen_id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    staff_id: str
    released_at: dt.datetime | None = None
    released_by: str = ""

    @property
    def is_open(self) -> bool:
        return self.released_at is None

    def overdue(self, now: dt.datetime) -> bool:
        return self.is_open and now >= self.ends_at

    def overlaps(self, start: dt.datetime, end: dt.datetime) -> bool:
        """Whether the PC is taken by this slot at some moment of [start, end): from its
        start until it is released (an open slot holds the PC without end)."""
        held_until = self.released_at
        return self.starts_at < end and (held_until is None or held_until > start)
