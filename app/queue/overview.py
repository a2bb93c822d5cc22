"""The supervisors' picture of every queue at every site, and how it travels as JSON.

The server builds it from the tickets every workstation has synced (the same
`figures_for` the desk uses for its own site), adds who sits at each counter
and which workstations it has heard from lately. A site none of whose
workstations is in touch is marked stale: its numbers are the last it sent,
not the present.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from app.entities import Ticket, TicketStatus
from app.opening_hours import OpeningHours
from app.queue.callbacks import CALLBACK_TARGET, CALLBACKS, is_callback
from app.queue.figures import HourFigures, ServiceFigures, figures_for, hourly
from app.security.roles import allowed


@dataclass(frozen=True, slots=True)
class CounterStatus:
    counter_number: int
    staff_name: str | None  # who made the counter's latest call today
    ticket_number: str | None  # the ticket at the counter now (called or being served)


@dataclass(frozen=True, slots=True)
class WorkstationPresence:
    workstation_id: str
    counter_number: int
    live: bool  # an open event stream, or a request within the server's window
    last_seen: dt.datetime | None


@dataclass(frozen=True, slots=True)
class SiteOverview:
    site_code: str
    site_name: str
    services: tuple[ServiceFigures, ...]
    counters: tuple[CounterStatus, ...]
    workstations: tuple[WorkstationPresence, ...]
    hours: tuple[HourFigures, ...] = ()

    @property
    def stale(self) -> bool:
        """No workstation of the site is in touch: what we show may be old."""
        return not any(w.live for w in self.workstations)

    @property
    def last_heard(self) -> dt.datetime | None:
        seen = [w.last_seen for w in self.workstations if w.last_seen is not None]
        return max(seen, default=None)


@dataclass(frozen=True, slots=True)
class Overview:
    as_of: dt.datetime
    sites: tuple[SiteOverview, ...]

    def visible_to(self, role: str, own_site: str) -> Overview:
        """Other sites' queues only for a role the table allows (supervisors)."""
        if allowed(role, "view_other_sites"):
            return self
        return replace(self, sites=tuple(s for s in self.sites if s.site_code == own_site))


def counter_statuses(
    tickets: Sequence[Ticket], staff_name: Callable[[str], str | None]
) -> tuple[CounterStatus, ...]:
    latest: dict[int, Ticket] = {}
    for t in tickets:
        if t.counter_number is None or t.called_at is None:
            continue
        seen = latest.get(t.counter_number)
        if seen is None or (seen.called_at or t.called_at) < t.called_at:
            latest[t.counter_number] = t
    at_counter = {TicketStatus.CALLED, TicketStatus.SERVING}
    return tuple(
        CounterStatus(
            counter_number=number,
            staff_name=staff_name(t.called_by) if t.called_by else None,
            ticket_number=t.number if t.status in at_counter else None,
        )
        for number, t in sorted(latest.items())
    )


def site_overview(
    site_code: str,
    site_name: str,
    tickets: Sequence[Ticket],
    service_codes: Sequence[str],
    now: dt.datetime,
    staff_name: Callable[[str], str | None],
    workstations: Sequence[WorkstationPresence] = (),
    *,
    hours: OpeningHours | None = None,
) -> SiteOverview:
    """`hours`: the site's opening hours, so closed time counts as no waiting time.
    Callbacks are one line of their own (`CALLBACKS`) beside the walk-ins' queues."""
    walk_ins = [t for t in tickets if not is_callback(t)]
    # A callback waits from when it was placed (a re-queue after no answer moves only its
    # place in the queue), against the callbacks' own target.
    rings = [replace(t, service_code=CALLBACKS, queued_at=None) for t in tickets if is_callback(t)]
    callbacks = (
        (figures_for(CALLBACKS, rings, now, hours=hours, target=CALLBACK_TARGET),) if rings else ()
    )
    return SiteOverview(
        site_code=site_code,
        site_name=site_name,
        services=tuple(figures_for(code, walk_ins, now, hours=hours) for code in service_codes)
        + callbacks,
        counters=counter_statuses(tickets, staff_name),
        workstations=tuple(workstations),
        hours=hourly(tickets, hours),
    )


# --- JSON -------------------------------------------------------------------------------


def _seconds(value: dt.timedelta) -> float:
    return round(value.total_seconds(), 1)


def _time(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def to_wire(overview: Overview) -> dict[str, Any]:
    return {
        "as_of": overview.as_of.isoformat(),
        "sites": [
            {
                "site_code": s.site_code,
                "site_name": s.site_name,
                "services": [
                    {
                        "service_code": f.service_code,
                        "waiting": f.waiting,
                        "longest_wait_s": _seconds(f.longest_wait),
                        "average_wait_s": _seconds(f.average_wait),
                        "open_counters": f.open_counters,
                        "served": f.served,
                        "no_shows": f.no_shows,
                        "service_level": f.service_level,
                        "expected_wait_s": _seconds(f.expected_wait),
                        "after_closing": f.after_closing,
                        "opens_at": _time(f.opens_at),
                    }
                    for f in s.services
                ],
                "counters": [
                    {
                        "counter_number": c.counter_number,
                        "staff_name": c.staff_name,
                        "ticket_number": c.ticket_number,
                    }
                    for c in s.counters
                ],
                "workstations": [
                    {
                        "workstation_id": w.workstation_id,
                        "counter_number": w.counter_number,
                        "live": w.live,
                        "last_seen": _time(w.last_seen),
                    }
                    for w in s.workstations
                ],
                "hours": [
                    {
                        "hour": h.hour,
                        "arrivals": h.arrivals,
                        "average_wait_s": None
                        if h.average_wait is None
                        else _seconds(h.average_wait),
                    }
                    for h in s.hours
                ],
            }
            for s in overview.sites
        ],
    }


def _opt_time(raw: object) -> dt.datetime | None:
    return None if raw is None else dt.datetime.fromisoformat(str(raw))


def _figures(raw: Mapping[str, Any]) -> ServiceFigures:
    level = raw["service_level"]
    return ServiceFigures(
        service_code=str(raw["service_code"]),
        waiting=int(raw["waiting"]),
        longest_wait=dt.timedelta(seconds=float(raw["longest_wait_s"])),
        average_wait=dt.timedelta(seconds=float(raw["average_wait_s"])),
        open_counters=int(raw["open_counters"]),
        served=int(raw["served"]),
        no_shows=int(raw["no_shows"]),
        service_level=None if level is None else float(level),
        expected_wait=dt.timedelta(seconds=float(raw["expected_wait_s"])),
        # A server older than opening hours sends neither.
        after_closing=bool(raw.get("after_closing", False)),
        opens_at=_opt_time(raw.get("opens_at")),
    )


def _hour(raw: Mapping[str, Any]) -> HourFigures:
    wait = raw["average_wait_s"]
    return HourFigures(
        hour=int(raw["hour"]),
        arrivals=int(raw["arrivals"]),
        average_wait=None if wait is None else dt.timedelta(seconds=float(wait)),
    )


def from_wire(data: Any) -> Overview:
    """Raises ValueError (KeyError, TypeError included) on anything malformed."""
    try:
        return Overview(
            as_of=dt.datetime.fromisoformat(str(data["as_of"])),
            sites=tuple(
                SiteOverview(
                    site_code=str(s["site_code"]),
                    site_name=str(s["site_name"]),
                    services=tuple(_figures(f) for f in s["services"]),
                    counters=tuple(
                        CounterStatus(
                            counter_number=int(c["counter_number"]),
                            staff_name=c["staff_name"],
                            ticket_number=c["ticket_number"],
                        )
                        for c in s["counters"]
                    ),
                    workstations=tuple(
                        WorkstationPresence(
                            workstation_id=str(w["workstation_id"]),
                            counter_number=int(w["counter_number"]),
                            live=bool(w["live"]),
                            last_seen=_opt_time(w["last_seen"]),
                        )
                        for w in s["workstations"]
                    ),
                    hours=tuple(_hour(h) for h in s.get("hours", ())),
                )
                for s in data["sites"]
            ),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"malformed queue overview: {exc!r}") from exc
