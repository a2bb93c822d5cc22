"""Tables of the job shop: vacancies, referrals to them, companies, kvikservice, open advice."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shared_store.tables import Base, UtcDateTime


class TradeAreaRow(Base):
    __tablename__ = "trade_area"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    label_da: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer)


class JobshopRuleRow(Base):
    __tablename__ = "jobshop_rule"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class CompanyRow(Base):
    __tablename__ = "company"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(220), index=True)
    cvr: Mapped[str] = mapped_column(String(8), index=True)
    responsible_staff_id: Mapped[str] = mapped_column(String(40))
    phone: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(40))


class VacancyRow(Base):
    __tablename__ = "vacancy"
    __table_args__ = (
        Index("ix_vacancy_status_deadline", "status", "deadline"),
        Index("ix_vacancy_area_deadline", "trade_area", "deadline"),
    )
    # An integer rowid for the FTS5 index (local only); the uuid is the identity that travels.
    pk: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    company_name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    trade_area: Mapped[str] = mapped_column(String(40))
    place: Mapped[str] = mapped_column(String(200))
    hours: Mapped[str] = mapped_column(String(100))
    requirements: Mapped[str] = mapped_column(Text)
    deadline: Mapped[dt.date] = mapped_column(Date)
    positions: Mapped[int] = mapped_column(Integer)
    contact_staff_id: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    created_by: Mapped[str] = mapped_column(String(40))
    site_code: Mapped[str] = mapped_column(String(8))
    source_ref: Mapped[str] = mapped_column(String(80), index=True)
    channel: Mapped[str] = mapped_column(String(12), default="skranke", server_default="skranke")
    responsible_site: Mapped[str] = mapped_column(String(8), default="", server_default="")
    picked_up_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    picked_up_by: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # Folded title, company, place and requirements: what the word index reads.
    search_folded: Mapped[str] = mapped_column(Text)


class JobReferralRow(Base):
    __tablename__ = "job_referral"
    __table_args__ = (
        # One referral per citizen and vacancy: the rule, kept by the database too.
        UniqueConstraint("vacancy_id", "citizen_id", name="uq_job_referral_vacancy_citizen"),
        Index("ix_job_referral_citizen", "citizen_id", "referred_at"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    vacancy_id: Mapped[str] = mapped_column(ForeignKey("vacancy.id"))
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"))
    referred_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[str] = mapped_column(String(40))
    site_code: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(20))
    outcome_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    outcome_by: Mapped[str] = mapped_column(String(40))
    outcome_note: Mapped[str] = mapped_column(Text)


class CompanyContactRow(Base):
    __tablename__ = "company_contact"
    __table_args__ = (Index("ix_company_contact_company", "company_id", "contacted_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    staff_id: Mapped[str] = mapped_column(String(40))
    site_code: Mapped[str] = mapped_column(String(8))
    contacted_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    subject: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text)
    warned: Mapped[bool] = mapped_column(Boolean)


class KvikRequestRow(Base):
    __tablename__ = "kvik_request"
    __table_args__ = (Index("ix_kvik_request_status_due", "status", "due_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    trade_area: Mapped[str] = mapped_column(String(40))
    positions: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    due_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[str] = mapped_column(String(40))
    site_code: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(12))
    closed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    closed_by: Mapped[str] = mapped_column(String(40))


class KvikCandidateRow(Base):
    __tablename__ = "kvik_candidate"
    __table_args__ = (
        UniqueConstraint("request_id", "citizen_id", name="uq_kvik_candidate_request_citizen"),
    )
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("kvik_request.id"))
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"))
    sent_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    staff_id: Mapped[str] = mapped_column(String(40))
    site_code: Mapped[str] = mapped_column(String(8))
    note: Mapped[str] = mapped_column(Text)


class JobWishRow(Base):
    """A trade area a citizen wants work in (what kvikservice matches on)."""

    __tablename__ = "job_wish"
    __table_args__ = (Index("ix_job_wish_area", "trade_area", "citizen_id"),)
    citizen_id: Mapped[str] = mapped_column(ForeignKey("citizen.id"), primary_key=True)
    trade_area: Mapped[str] = mapped_column(String(40), primary_key=True)


class AdviceSessionRow(Base):
    __tablename__ = "advice_session"
    __table_args__ = (Index("ix_advice_session_site_held", "site_code", "held_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    citizen_id: Mapped[str | None] = mapped_column(
        ForeignKey("citizen.id"), nullable=True, index=True
    )
    topic: Mapped[str] = mapped_column(String(30))
    minutes: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(Text)
    referred_to: Mapped[str] = mapped_column(String(200))
    ticket_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    staff_id: Mapped[str] = mapped_column(String(40))
    site_code: Mapped[str] = mapped_column(String(8))
    held_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
