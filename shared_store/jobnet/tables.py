"""The CV status of a citizen: one row per citizen, synced to every site."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from shared_store.tables import Base, UtcDateTime


class CvStatusRow(Base):
    __tablename__ = "cv_status"
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(12))
    cv_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    approved_by: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    changed_by: Mapped[str] = mapped_column(String(40))
