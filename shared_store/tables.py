"""The relational mapping, shared by the workstation store and the central server.

Only what both sides hold: the desk's own outbox and sync bookkeeping are in
`local_cache.desk_tables`, a separate metadata the server never sees.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes stored as ISO-8601 text in UTC: sorts right, reads back aware."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: object) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to UtcDateTime")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: object) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)


class Base(DeclarativeBase):
    pass


class SiteRow(Base):
    __tablename__ = "site"
    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    specialist_function: Mapped[str] = mapped_column(String(100))
    trade_area: Mapped[str] = mapped_column(String(100))


class ServiceRow(Base):
    __tablename__ = "service"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    letter: Mapped[str] = mapped_column(String(2))
    name_da: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class CounterRow(Base):
    __tablename__ = "counter"
    site_code: Mapped[str] = mapped_column(ForeignKey("site.code"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class StaffRow(Base):
    __tablename__ = "staff"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    initials: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    site_code: Mapped[str] = mapped_column(ForeignKey("site.code"))


class SupportBasisRow(Base):
    __tablename__ = "support_basis"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_da: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100))
    valid_from: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class CitizenRow(Base):
    __tablename__ = "citizen"
    # An integer rowid for the FTS5 index; the uuid is the identity that travels.
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    cpr: Mapped[str] = mapped_column(String(10), unique=True)
    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    name_folded: Mapped[str] = mapped_column(String(220), index=True)
    support_basis: Mapped[str] = mapped_column(String(40))
    a_kasse: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class VisitRow(Base):
    __tablename__ = "visit"
    __table_args__ = (Index("ix_visit_citizen_started", "citizen_id", "started_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"))
    site_code: Mapped[str] = mapped_column(ForeignKey("site.code"))
    service_code: Mapped[str] = mapped_column(ForeignKey("service.code"))
    started_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    workstation_id: Mapped[str] = mapped_column(String(36))
    staff_id: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")


class TicketRow(Base):
    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("site_code", "service_day", "number", name="uq_ticket_number_per_day"),
        Index("ix_ticket_series", "site_code", "service_day", "series", "sequence"),
        Index("ix_ticket_queue", "site_code", "service_day", "status"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"))
    site_code: Mapped[str] = mapped_column(ForeignKey("site.code"))
    service_code: Mapped[str] = mapped_column(ForeignKey("service.code"))
    service_day: Mapped[dt.date] = mapped_column(Date)
    series: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(12))
    issued_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    workstation_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(20))
    # Queue lifecycle (issue 5): where and when it was called, by whom, how often.
    queued_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    counter_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    called_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    called_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    recall_count: Mapped[int] = mapped_column(Integer, default=0)
    serving_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Transfer to one counter or one staff member (0008), and the first call of a recall.
    target_counter: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target_staff: Mapped[str | None] = mapped_column(String(40), nullable=True)
    first_called_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Callbacks (0014): the channel, the number to ring, the calls not answered.
    channel: Mapped[str] = mapped_column(String(12), default="walk_in", server_default="walk_in")
    phone: Mapped[str | None] = mapped_column(String(20), nullable=True)
    no_answers: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class AppliedCommandRow(Base):
    __tablename__ = "applied_command"
    command_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    result_json: Mapped[str] = mapped_column(Text)
    applied_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class SettingRow(Base):
    """Small key/value settings. Shared: the server records the versions of the seed data
    it loaded here too (shared_store/visitation/seeding.py, jobshop_seeding.py)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
