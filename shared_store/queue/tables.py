"""Queue tables besides the ticket itself (same Base): a counter's services for the day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from shared_store.tables import Base, UtcDateTime


class CounterServiceRow(Base):
    """A supervisor opened or closed one service at one counter for one day (synced)."""

    __tablename__ = "counter_service"
    site_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    service_day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    counter_number: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    is_open: Mapped[bool] = mapped_column(Boolean)
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    changed_by: Mapped[str] = mapped_column(String(40))
