"""Referral targets, the units they resolve to, and the anti-kastebold limit.

A *unit* is a target at a place: "Unge og Uddannelse at Skelbækgade". Where a
target sits is a placement rule, not a site code in the data: a specialist
function is wherever the sites' configuration hosts it (reference.json,
`specialist_function`), a trade-area team is at the site chosen, the job-centre
team and appointments are at the site that refers, and outside units
(sickness benefit, social services, external providers) belong to no site.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.entities import Site
from app.errors import ValidationError

HOME_TARGET = "jobcenter_team"  # the first anchor of a new case: the referring site's own team


class Placement(StrEnum):
    OWN_SITE = "own_site"
    SPECIALIST = "specialist"  # the site whose specialist_function is the target's function
    CHOSEN_SITE = "chosen_site"  # e.g. a trade-area team: the user picks the site
    OUTSIDE = "outside"  # not at a job-centre site


@dataclass(frozen=True, slots=True)
class ReferralTarget:
    code: str
    label_da: str
    placement: Placement
    can_anchor: bool
    specialist_function: str = ""
    ticket_service: str = ""  # the queue at the own site, when the target receives today
    selectable: bool = True


@dataclass(frozen=True, slots=True)
class Unit:
    target: str
    site_code: str  # "" for a unit outside the sites


@dataclass(frozen=True, slots=True)
class KasteboldRule:
    """A move needs a supervisor when the anchor already moved `max_onward` times within
    `window_days`, or `max_per_year` times within `year_days` (the yearly ceiling), or when
    it returns the case to a unit it left within `window_days` (app/visitation/kastebold.py)."""

    max_onward: int = 2
    window_days: int = 30
    max_per_year: int = 4
    year_days: int = 365


def find_target(targets: Sequence[ReferralTarget], code: str) -> ReferralTarget:
    for target in targets:
        if target.code == code:
            return target
    raise ValidationError("Henvisningsmålet «{code}» kendes ikke.", code=code, field="target")


def resolve_unit(
    target: ReferralTarget, sites: Sequence[Site], *, referring_site: str, chosen_site: str = ""
) -> Unit:
    """Where the target is, by configuration; a chosen site must agree with it."""
    if target.placement is Placement.OUTSIDE:
        site = ""
    elif target.placement is Placement.OWN_SITE:
        site = referring_site
    elif target.placement is Placement.SPECIALIST:
        hosts = [s.code for s in sites if s.specialist_function == target.specialist_function]
        if not hosts:
            raise ValidationError(
                "Ingen afdeling har specialfunktionen «{specialist_function}».",
                specialist_function=target.specialist_function,
                field="target",
            )
        site = hosts[0]
    else:
        if not chosen_site:
            raise ValidationError(
                "Vælg afdelingen for «{target}».", target=target.label_da, field="target_site"
            )
        site = chosen_site
    if site and site not in {s.code for s in sites}:
        raise ValidationError("Afdelingen «{site}» kendes ikke.", site=site, field="target_site")
    if chosen_site and site != chosen_site:
        raise ValidationError(
            "«{target}» ligger i afdelingen {site}, ikke {chosen_site}.",
            target=target.label_da,
            site=site,
            chosen_site=chosen_site,
            field="target_site",
        )
    return Unit(target.code, site)


def unit_label(unit: Unit, targets: Sequence[ReferralTarget], sites: Sequence[Site]) -> str:
    target = next((t for t in targets if t.code == unit.target), None)
    name = target.label_da if target else unit.target
    site = next((s for s in sites if s.code == unit.site_code), None)
    if target is not None and target.placement is Placement.CHOSEN_SITE and site is not None:
        return f"{name}: {site.trade_area} ({site.name})"
    return f"{name} ({site.name})" if site else name
