"""Tables only the server has: workstations, mutation results, the change log and its heads.

The shared tables (citizen, visit, ticket, reference data …) are those of
`shared_store.tables`, created by the workstation store's own migration chain;
these live in a separate metadata with their own chain (server/migrations).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Index, Integer, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared_store.tables import UtcDateTime


class ServerBase(DeclarativeBase):
    pass


class ServerMetaRow(ServerBase):
    """Key/value facts about this server database, e.g. its epoch."""

    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class WorkstationRow(ServerBase):
    __tablename__ = "workstation"
    __table_args__ = (
        # One active workstation per ticket series and site: numbers never collide.
        Index(
            "uq_workstation_series",
            "site_code",
            "series",
            unique=True,
            sqlite_where=text("revoked_at IS NULL"),
            postgresql_where=text("revoked_at IS NULL"),
        ),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    site_code: Mapped[str] = mapped_column(String(8))
    counter_number: Mapped[int] = mapped_column(Integer)
    series: Mapped[int] = mapped_column(Integer)
    token_hash: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_mutation: Mapped[int] = mapped_column(Integer)
    # When its current token was first presented; until then the enrolment code that
    # made it may be presented again by the same workstation (a lost enrolment reply).
    token_used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)


class EnrolmentCodeRow(ServerBase):
    """A one-time code an administrator hands to the person setting up a workstation."""

    __tablename__ = "enrolment_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    site_code: Mapped[str] = mapped_column(String(8))
    counter_number: Mapped[int] = mapped_column(Integer)
    replace: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    used_by: Mapped[str | None] = mapped_column(String(36), nullable=True)


class MutationResultRow(ServerBase):
    """What the server decided for each mutation: a re-sent mutation gets this back."""

    __tablename__ = "mutation_result"
    workstation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    mutation: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    command_id: Mapped[str] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(60))
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))  # applied | rejected
    result_json: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text, default="")
    field: Mapped[str | None] = mapped_column(String(60), nullable=True)
    hlc: Mapped[str] = mapped_column(String(40), default="")
    decided_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # Where its push's changes end in each stream: a pull whose cursors reach these
    # has delivered the mutation's effects, so the workstation may settle it.
    positions_json: Mapped[str] = mapped_column(Text, default="{}")


class StreamHeadRow(ServerBase):
    """The newest change number of a stream. Updating it takes the row lock that
    orders concurrent writers, so numbers become visible in order (no skipped change)."""

    __tablename__ = "stream_head"
    stream: Mapped[str] = mapped_column(String(40), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)


class ChangeLogRow(ServerBase):
    __tablename__ = "change_log"
    stream: Mapped[str] = mapped_column(String(40), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(60))
    row_key: Mapped[str] = mapped_column(String(200))
    op: Mapped[str] = mapped_column(String(8))  # put | delete
    row_json: Mapped[str] = mapped_column(Text)


class DuplicateReviewRow(ServerBase):
    """A registration refused because the CPR was registered elsewhere first: to be reviewed."""

    __tablename__ = "duplicate_review"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workstation_id: Mapped[str] = mapped_column(String(36))
    mutation: Mapped[int] = mapped_column(Integer)
    command_id: Mapped[str] = mapped_column(String(36))
    existing_citizen_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    submitted_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    status: Mapped[str] = mapped_column(String(12), default="open")


class StaffKeyRow(ServerBase):
    """A staff member's key (app/security/staff_proof.py): what the server checks the
    proofs on a desk's changes with. Set by IT (`skranke-server staff-secret`)."""

    __tablename__ = "staff_key"
    staff_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    key: Mapped[str] = mapped_column(String(64))  # base64url of 32 bytes
    set_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # The key before `set_at`: changes made offline with the old secret before it was
    # replaced still count. None after a forced change (a secret known to others).
    previous_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
