"""The version in force on a day, for everyone who reads reference data (desk and server).

Every reader falls back to the seed files (version 0) until a version has begun."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from app.entities import SupportBasis, SupportBasisInfo
from app.opening_hours import OpeningHours
from app.ports import UnitOfWork
from app.reference_data.base import seed_version
from app.reference_data.kinds import ALL_SITES, KNOWN_BASIS_FLAGS, SPECS, WEEKDAYS
from app.reference_data.model import Kind, ReferenceVersion, in_force
from app.reference_data.validators import Context


def version_in_force(uow: UnitOfWork, kind: Kind, day: dt.date) -> ReferenceVersion:
    return in_force(uow.reference_versions.versions(kind), day, seed_version(kind))


@dataclass(frozen=True, slots=True)
class QueueThresholds:
    """When a queue's longest wait turns yellow (warn) and red (limit), in minutes."""

    warn_minutes: int = 10
    limit_minutes: int = 15
    per_site: Mapping[str, tuple[int, int]] = field(default_factory=dict)

    def for_site(self, site_code: str) -> tuple[int, int]:
        return self.per_site.get(site_code, (self.warn_minutes, self.limit_minutes))


def thresholds_of(version: ReferenceVersion) -> QueueThresholds:
    per_site = {
        str(r["site_code"]): (int(r["warn_minutes"]), int(r["limit_minutes"])) for r in version.rows
    }
    warn, limit = per_site.pop(ALL_SITES, (10, 15))
    return QueueThresholds(warn, limit, per_site)


def queue_thresholds(uow: UnitOfWork, day: dt.date) -> QueueThresholds:
    return thresholds_of(version_in_force(uow, Kind.QUEUE_THRESHOLDS, day))


@dataclass(frozen=True, slots=True)
class OpeningDay:
    weekday: int  # 0 = Monday, as date.weekday()
    opens: dt.time
    closes: dt.time


def opening_week(uow: UnitOfWork, site_code: str, day: dt.date) -> tuple[OpeningDay, ...]:
    """The site's week as it stands on `day` (a weekday not listed is closed)."""
    version = version_in_force(uow, Kind.OPENING_HOURS, day)
    return tuple(
        sorted(
            (
                OpeningDay(
                    WEEKDAYS.index(str(r["weekday"])),
                    dt.time.fromisoformat(str(r["opens"])),
                    dt.time.fromisoformat(str(r["closes"])),
                )
                for r in version.rows
                if r["site_code"] == site_code
            ),
            key=lambda d: d.weekday,
        )
    )


def opening_hours(uow: UnitOfWork, site_code: str, day: dt.date) -> OpeningDay | None:
    """The hours of `day` itself at the site, or None when it is closed that day."""
    week = opening_week(uow, site_code, day)
    return next((d for d in week if d.weekday == day.weekday()), None)


def entrance_hours(uow: UnitOfWork, entrance: str, day: dt.date) -> OpeningHours:
    """An entrance's hours (a site's code or PHONE_ENTRANCE) as they stand on `day`, public
    holidays closed: what the queue's figures and expected waits count."""
    return OpeningHours({d.weekday: (d.opens, d.closes) for d in opening_week(uow, entrance, day)})


# How a service that computes queue figures learns an entrance's hours (the composition root
# passes `entrance_hours`; without one, every minute counts as open).
EntranceHours = Callable[[UnitOfWork, str, dt.date], OpeningHours]

OPENING_HOURS_SWITCH = "SKRANKE_OPENING_HOURS"


def entrance_hours_in_use() -> EntranceHours | None:
    """`entrance_hours`, unless the machine's environment sets SKRANKE_OPENING_HOURS=off
    (every minute open): a training room used round the clock, and the test suite, whose
    queues wait on the real clock at any hour of any day."""
    if os.environ.get(OPENING_HOURS_SWITCH, "").strip().lower() == "off":
        return None
    return entrance_hours


@dataclass(frozen=True, slots=True)
class TradeAreaSite:
    """The site answering for a trade area, and within how many of its open hours a job
    order must be taken there."""

    site_code: str
    pickup_hours: int


def trade_area_site(uow: UnitOfWork, trade_area: str, day: dt.date) -> TradeAreaSite | None:
    """None when the version in force names no site for the trade area."""
    version = version_in_force(uow, Kind.TRADE_AREA_SITES, day)
    row = next((r for r in version.rows if r["trade_area"] == trade_area), None)
    if row is None:
        return None
    return TradeAreaSite(str(row["site_code"]), int(row["pickup_hours"]))


@dataclass(frozen=True, slots=True)
class BasisFlags:
    primary_visitation: bool  # categorised at once at reception (uninsured unemployed)
    akasse_report: bool  # insured: the a-kasse is told (absences, availability)


def support_bases(uow: UnitOfWork, day: dt.date) -> Sequence[SupportBasisInfo]:
    version = version_in_force(uow, Kind.SUPPORT_BASES, day)
    if version.is_seed:
        return uow.reference.support_bases()
    return [
        SupportBasisInfo(
            SupportBasis(str(r["code"])),
            str(r["label_da"]),
            str(r["label_en"]),
            dt.date.fromisoformat(str(r["valid_from"])) if r["valid_from"] else None,
            dt.date.fromisoformat(str(r["valid_to"])) if r["valid_to"] else None,
        )
        for r in version.rows
    ]


def basis_flags(uow: UnitOfWork, code: str, day: dt.date) -> BasisFlags:
    version = version_in_force(uow, Kind.SUPPORT_BASES, day)
    row = next((r for r in version.rows if r["code"] == code), None)
    if row is None:
        return BasisFlags(False, False)
    return BasisFlags(row["primary_visitation"] is True, row["akasse_report"] is True)


def context_for(uow: UnitOfWork, kind: Kind) -> Context:
    """What a draft of `kind` is checked against, from the store as it stands."""
    sites = uow.reference.sites()
    targets: set[str] = set()
    for scheme in uow.visitation.schemes():
        targets |= {c.next_step.target for c in scheme.categories}
        targets |= {r.next_step.target for r in scheme.next_step_rules}
    spec = SPECS[kind]
    codes: set[str] = set()
    if spec.key == ("code",):
        for version in (seed_version(kind), *uow.reference_versions.versions(kind)):
            codes |= {str(r["code"]) for r in version.rows}
    return Context(
        site_codes=frozenset(s.code for s in sites),
        service_codes=frozenset(s.code for s in uow.reference.services()),
        specialist_functions=frozenset(s.specialist_function for s in sites),
        scheme_targets=frozenset(targets),
        codes_in_force=frozenset(codes),
        extra={"trade_areas": tuple(t.code for t in uow.jobshop.trade_areas())},
    )


def categorised_at_once(
    uow: UnitOfWork, basis: SupportBasis, applies_to: frozenset[str], day: dt.date
) -> bool:
    """Whether a citizen of this basis gets primary visitation under a scheme: a basis the
    release knows as the scheme says (its `applies_to`); a basis added as reference data by
    its flag «primærvisitation straks»."""
    if basis.value in KNOWN_BASIS_FLAGS:
        return basis.value in applies_to
    return basis_flags(uow, basis.value, day).primary_visitation


def reported_to_akasse(uow: UnitOfWork, basis: SupportBasis, day: dt.date) -> bool:
    """Insured: categorised within months, not at reception, and the a-kasse is told."""
    return basis_flags(uow, basis.value, day).akasse_report
