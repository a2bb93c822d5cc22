"""A citizen's slot at a self-service PC; synced within its site (the PCs stand there)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from shared_store.tables import Base, UtcDateTime


class PcSlotRow(Base):
    __tablename__ = "selfservice_slot"
    __table_args__ = (
        # The board reads the open slots of a site; the assignment the slots of one PC.
        Index("ix_selfservice_slot_site_pc", "site_code", "pc_code"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_code: Mapped[str] = mapped_column(String(8))
    pc_code: Mapped[str] = mapped_column(String(40))
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"))
    starts_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[str] = mapped_column(String(40))
    released_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    released_by: Mapped[str] = mapped_column(String(40))
