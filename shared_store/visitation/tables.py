"""Tables of primary visitation, referrals, group meetings and follow-ups (same Base)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from shared_store.tables import Base, UtcDateTime


class CategorisationSchemeRow(Base):
    """A scheme as written (JSON), kept for every version ever used."""

    __tablename__ = "categorisation_scheme"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    label_da: Mapped[str] = mapped_column(String(200))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    body_json: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(12))  # seed | published


class ReferralTargetRow(Base):
    __tablename__ = "referral_target"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    sort_order: Mapped[int] = mapped_column(Integer)
    body_json: Mapped[str] = mapped_column(Text)


class VisitationRuleRow(Base):
    """Small configurable rules, e.g. the anti-kastebold limit and window."""

    __tablename__ = "visitation_rule"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class CategorisationDecisionRow(Base):
    __tablename__ = "categorisation_decision"
    __table_args__ = (Index("ix_decision_citizen", "citizen_id", "decided_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"))
    visitation_id: Mapped[str] = mapped_column(String(36))
    scheme_code: Mapped[str] = mapped_column(String(40))
    scheme_version: Mapped[int] = mapped_column(Integer)
    answers_json: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(40))
    category_label: Mapped[str] = mapped_column(String(200))
    suggested_category: Mapped[str | None] = mapped_column(String(40), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[str] = mapped_column(String(40))
    site_code: Mapped[str] = mapped_column(String(8))
    decided_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class OrientationRow(Base):
    __tablename__ = "orientation"
    visitation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"), index=True)
    scheme_code: Mapped[str] = mapped_column(String(40))
    scheme_version: Mapped[int] = mapped_column(Integer)
    items_json: Mapped[str] = mapped_column(Text)
    staff_id: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AnchorRow(Base):
    """Exactly one row per citizen with a case: the primary key is the rule."""

    __tablename__ = "anchor"
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"), primary_key=True)
    target: Mapped[str] = mapped_column(String(40))
    site_code: Mapped[str] = mapped_column(String(8))
    since: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    referral_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class ReferralRow(Base):
    __tablename__ = "referral"
    __table_args__ = (Index("ix_referral_citizen_day", "citizen_id", "day"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"))
    from_target: Mapped[str] = mapped_column(String(40))
    from_site: Mapped[str] = mapped_column(String(8))
    to_target: Mapped[str] = mapped_column(String(40))
    to_site: Mapped[str] = mapped_column(String(8))
    anchor_moved: Mapped[bool] = mapped_column(Boolean)
    referred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    day: Mapped[dt.date] = mapped_column(Date)
    staff_id: Mapped[str] = mapped_column(String(40))
    site_code: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(Text)
    approved_by: Mapped[str] = mapped_column(String(40))
    approval_reason: Mapped[str] = mapped_column(Text)


class ReferralApprovalRequestRow(Base):
    __tablename__ = "referral_approval_request"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"))
    to_target: Mapped[str] = mapped_column(String(40))
    to_site: Mapped[str] = mapped_column(String(8))
    move_anchor: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(40))
    requested_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    site_code: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12), index=True)
    decided_by: Mapped[str] = mapped_column(String(40))
    decision_reason: Mapped[str] = mapped_column(Text)
    referral_id: Mapped[str] = mapped_column(String(36))


class GroupSessionRow(Base):
    __tablename__ = "group_session"
    __table_args__ = (Index("ix_group_session_kind_start", "kind", "starts_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    site_code: Mapped[str] = mapped_column(ForeignKey("site.code"))
    room: Mapped[str] = mapped_column(String(100))
    starts_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    capacity: Mapped[int] = mapped_column(Integer)
    seats_taken: Mapped[int] = mapped_column(Integer, default=0)
    # Every change of seats_taken is a compare-and-set on its old value (no overbooking).
    __mapper_args__ = {"version_id_col": seats_taken, "version_id_generator": False}


class GroupBookingRow(Base):
    __tablename__ = "group_booking"
    __table_args__ = (
        # One live booking per citizen and session; a cancelled one may be booked again.
        Index(
            "uq_group_booking_live",
            "session_id",
            "citizen_id",
            unique=True,
            sqlite_where=text("status = 'booked'"),
            postgresql_where=text("status = 'booked'"),
        ),
        Index("ix_group_booking_citizen", "citizen_id"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("group_session.id"))
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"))
    booked_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12))


class FollowUpRow(Base):
    __tablename__ = "follow_up"
    __table_args__ = (
        Index("ix_follow_up_site_open", "site_code", "status", "due"),
        Index("ix_follow_up_citizen", "citizen_id", "status"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"))
    kind: Mapped[str] = mapped_column(String(20))
    due: Mapped[dt.date] = mapped_column(Date)
    site_code: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    source_id: Mapped[str] = mapped_column(String(36))
    status: Mapped[str] = mapped_column(String(12))
    audience: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(40))
    outcome_reason: Mapped[str] = mapped_column(Text)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closed_by: Mapped[str] = mapped_column(String(40))


class CourseExemptionRow(Base):
    """An exemption from the reform's contact course (one per citizen and course)."""

    __tablename__ = "course_exemption"
    __table_args__ = (
        Index("uq_course_exemption_course", "citizen_id", "course_start", unique=True),
        Index("ix_course_exemption_site", "site_code", "course_start"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"))
    site_code: Mapped[str] = mapped_column(String(8))
    course_start: Mapped[dt.date] = mapped_column(Date)
    reason_code: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text)
    scheme_code: Mapped[str] = mapped_column(String(40))
    scheme_version: Mapped[int] = mapped_column(Integer)
    granted_by: Mapped[str] = mapped_column(String(40))
    granted_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
