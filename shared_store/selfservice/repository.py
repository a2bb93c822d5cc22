"""SQLAlchemy implementation of `app.selfservice.ports.SelfServiceRepository`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.selfservice.records import PcSlot
from shared_store.selfservice.tables import PcSlotRow


def _slot(r: PcSlotRow) -> PcSlot:
    return PcSlot(
        id=r.id,
        site_code=r.site_code,
        pc_code=r.pc_code,
        citizen_id=r.citizen_id,
        starts_at=r.starts_at,
        ends_at=r.ends_at,
        staff_id=r.staff_id,
        released_at=r.released_at,
        released_by=r.released_by,
    )


def _row(s: PcSlot) -> PcSlotRow:
    return PcSlotRow(
        id=s.id,
        site_code=s.site_code,
        pc_code=s.pc_code,
        citizen_id=s.citizen_id,
        starts_at=s.starts_at,
        ends_at=s.ends_at,
        staff_id=s.staff_id,
        released_at=s.released_at,
        released_by=s.released_by,
    )


class SqlSelfService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def slot(self, slot_id: str) -> PcSlot | None:
        r = self._s.get(PcSlotRow, slot_id)
        return None if r is None else _slot(r)

    def add_slot(self, slot: PcSlot) -> None:
        self._s.add(_row(slot))
        self._s.flush()

    def save_slot(self, slot: PcSlot) -> None:
        self._s.merge(_row(slot))
        self._s.flush()

    def open_slots(self, site_code: str) -> Sequence[PcSlot]:
        stmt = (
            select(PcSlotRow)
            .where(PcSlotRow.site_code == site_code, PcSlotRow.released_at.is_(None))
            .order_by(PcSlotRow.starts_at)
        )
        return [_slot(r) for r in self._s.scalars(stmt)]

    def slots_holding(self, site_code: str, pc_code: str, since: dt.datetime) -> Sequence[PcSlot]:
        stmt = select(PcSlotRow).where(
            PcSlotRow.site_code == site_code,
            PcSlotRow.pc_code == pc_code,
            or_(PcSlotRow.released_at.is_(None), PcSlotRow.released_at > since),
        )
        return [_slot(r) for r in self._s.scalars(stmt)]
