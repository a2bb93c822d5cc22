"""One row per published version of a kind of reference data (synced to every desk)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shared_store.tables import Base, UtcDateTime


class ReferenceDataVersionRow(Base):
    __tablename__ = "reference_data_version"
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    rows_json: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[str] = mapped_column(String(40))
    published_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
