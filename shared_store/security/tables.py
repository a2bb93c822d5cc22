"""Tables of sign-in credentials and the audit trail (same Base)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shared_store.tables import Base, UtcDateTime


class StaffCredentialRow(Base):
    """A staff member's argon2id hash on this workstation, and the lock-out state (local)."""

    __tablename__ = "staff_credential"
    staff_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    secret_hash: Mapped[str] = mapped_column(String(200))
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    changed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class AuditEntryRow(Base):
    """One entry of a workstation's hash chain. `at` is kept as the exact text that was hashed."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        UniqueConstraint("workstation_id", "seq", name="uq_audit_entry_chain"),
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_citizen", "citizen_id", "at"),
        Index("ix_audit_entry_staff", "staff_id", "at"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    workstation_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(32))
    staff_id: Mapped[str] = mapped_column(String(40))
    site_code: Mapped[str] = mapped_column(String(8))
    action: Mapped[str] = mapped_column(String(40))
    citizen_id: Mapped[str] = mapped_column(String(36))
    purpose: Mapped[str] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    link_note: Mapped[str] = mapped_column(String(200), default="")


class AuditAnchorRow(Base):
    """Where a workstation's chain starts after a retention purge: the last purged link."""

    __tablename__ = "audit_anchor"
    workstation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_code: Mapped[str] = mapped_column(String(8))
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    purged_before: Mapped[str] = mapped_column(String(32))
