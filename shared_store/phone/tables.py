"""The phone entrance's call log: one row per call, synced to every site (the phone
entrance is shared by the three)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shared_store.tables import Base, UtcDateTime


class CallRow(Base):
    __tablename__ = "phone_call"
    __table_args__ = (Index("ix_phone_call_taken", "taken_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_code: Mapped[str] = mapped_column(String(8))
    staff_id: Mapped[str] = mapped_column(String(40))
    taken_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    caller_kind: Mapped[str] = mapped_column(String(12))
    citizen_id: Mapped[str | None] = mapped_column(ForeignKey("citizen.id"), nullable=True)
    cvr: Mapped[str] = mapped_column(String(8))
    phone: Mapped[str] = mapped_column(String(8))
    topic: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(20))
    to_site: Mapped[str] = mapped_column(String(8))
    callback_ticket_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    vacancy_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    kvik_request_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    booking_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
