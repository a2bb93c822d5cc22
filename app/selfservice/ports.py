"""What the self-service PCs need from storage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from app.selfservice.records import PcSlot


class SelfServiceRepository(Protocol):
    def slot(self, slot_id: str) -> PcSlot | None: ...
    def add_slot(self, slot: PcSlot) -> None: ...
    def save_slot(self, slot: PcSlot) -> None: ...
    def open_slots(self, site_code: str) -> Sequence[PcSlot]: ...  # not released, any age
    def slots_holding(self, site_code: str, pc_code: str, since: dt.datetime) -> Sequence[PcSlot]:
        """The PC's slots still open or released after `since` (those that may overlap)."""
        ...
