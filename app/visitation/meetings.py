"""Group meetings (jobmøde, CV-møde) and bookable open-advice hours: the weekly template,
the full-session refusal, Danish times.

Sessions are planned from `resources/seed/group_meetings.json` (site, kind,
weekday, time, room, capacity). A planned session's id is derived from what it
is (site, kind, local start), so two workstations planning the same week
offline create the same session, and the server sees one.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from app.clock import COPENHAGEN
from app.errors import ConflictError, Fragment, Phrase
from app.visitation.records import GroupSession, MeetingKind

_WEEKDAYS_DA = (
    Phrase("mandag"),
    Phrase("tirsdag"),
    Phrase("onsdag"),
    Phrase("torsdag"),
    Phrase("fredag"),
    Phrase("lørdag"),
    Phrase("søndag"),
)
_KINDS_DA = {
    MeetingKind.JOB_MEETING: Phrase("Jobmøde"),
    MeetingKind.CV_MEETING: Phrase("CV-møde"),
    MeetingKind.OPEN_ADVICE: Phrase("Åben rådgivning"),
}
_SESSION_NAMESPACE = uuid.UUID("6f1d3c1e-56a4-4f57-9a59-2b1f0e7c0d11")


def format_moment_da(moment: dt.datetime) -> str:
    """«tirsdag 08.12.2026 kl. 09:00», in Copenhagen time."""
    local = moment.astimezone(COPENHAGEN)
    return f"{_WEEKDAYS_DA[local.weekday()]} {local:%d.%m.%Y} kl. {local:%H:%M}"


def describe_session(session: GroupSession, site_name: str = "") -> str:
    """«Jobmøde tirsdag 08.12.2026 kl. 09:00 (Musvågevej, Lokale 1)»."""
    return str(session_fragment(session, site_name))


def session_fragment(session: GroupSession, site_name: str = "") -> Fragment:
    """The session as `describe_session` writes it, for a message the desk translates."""
    local = session.starts_at.astimezone(COPENHAGEN)
    return Fragment(
        "{kind} {weekday} {when:%d.%m.%Y} kl. {when:%H:%M} ({site}, {room})",
        kind=_KINDS_DA[session.kind],
        weekday=_WEEKDAYS_DA[local.weekday()],
        when=local,
        site=site_name or session.site_code,
        room=session.room,
    )


class GroupMeetingFullError(ConflictError):
    """The last seat went to someone else; `next_session` is the one to offer instead."""

    def __init__(self, session: GroupSession, next_session: GroupSession | None) -> None:
        if next_session is None:
            super().__init__(
                "{session} er fuldt booket. Der er ingen senere møder med ledige pladser; "
                "kontakt mødeplanlæggeren.",
                field="session_id",
                session=session_fragment(session),
            )
        else:
            super().__init__(
                "{session} er fuldt booket. Næste ledige: {next}.",
                field="session_id",
                session=session_fragment(session),
                next=session_fragment(next_session),
            )
        self.session = session
        self.next_session = next_session


class SeatRaceError(ConflictError):
    """Another desk changed the session's seats between our read and our write: try again."""

    def __init__(self) -> None:
        super().__init__(
            "En anden skranke bookede en plads på mødet i samme øjeblik. Prøv igen.",
            field="session_id",
        )


@dataclass(frozen=True, slots=True)
class Slot:
    site_code: str
    kind: MeetingKind
    weekday: int  # 0 = Monday
    time: dt.time
    room: str
    capacity: int


@dataclass(frozen=True, slots=True)
class MeetingTemplate:
    weeks_ahead: int
    slots: tuple[Slot, ...]


def parse_template(data: Mapping[str, Any]) -> MeetingTemplate:
    return MeetingTemplate(
        weeks_ahead=int(data.get("weeks_ahead", 4)),
        slots=tuple(
            Slot(
                site_code=s["site_code"],
                kind=MeetingKind(s["kind"]),
                weekday=_WEEKDAYS_DA.index(s["weekday"]),
                time=dt.time.fromisoformat(s["time"]),
                room=s["room"],
                capacity=int(s["capacity"]),
            )
            for s in data["slots"]
        ),
    )


@functools.cache  # the file ships with the program; read once per process
def load_template() -> MeetingTemplate:
    text = resources.files("resources.seed").joinpath("group_meetings.json").read_text("utf-8")
    return parse_template(json.loads(text))


def session_id_for(site_code: str, kind: MeetingKind, starts_local: dt.datetime) -> str:
    key = f"{site_code}|{kind.value}|{starts_local:%Y-%m-%dT%H:%M}"
    return str(uuid.uuid5(_SESSION_NAMESPACE, key))


def planned_sessions(
    template: MeetingTemplate, site_code: str, kind: MeetingKind, today: dt.date
) -> Sequence[GroupSession]:
    """The template's sessions from tomorrow to `weeks_ahead` weeks on, in order."""
    found: list[GroupSession] = []
    for offset in range(1, template.weeks_ahead * 7 + 1):
        day = today + dt.timedelta(days=offset)
        for slot in template.slots:
            if (slot.site_code, slot.kind, slot.weekday) != (site_code, kind, day.weekday()):
                continue
            found.append(_session_of(slot, dt.datetime.combine(day, slot.time, COPENHAGEN)))
    return found


def _session_of(slot: Slot, local: dt.datetime) -> GroupSession:
    """The slot's session starting at `local` (Copenhagen time), with its derived id."""
    return GroupSession(
        id=session_id_for(slot.site_code, slot.kind, local),
        kind=slot.kind,
        site_code=slot.site_code,
        room=slot.room,
        starts_at=local.astimezone(dt.UTC),
        capacity=slot.capacity,
    )


def is_template_id(session_id: str) -> bool:
    """Whether the id is of the kind `session_id_for` derives (a name-based UUID): a template
    session's. An extra meeting a planner adds has a random id and can never collide."""
    return uuid.UUID(session_id).version == 5


def template_session(
    template: MeetingTemplate, site_code: str, kind: MeetingKind, starts_at: dt.datetime
) -> GroupSession | None:
    """The template's session of that site and kind starting at `starts_at`, if it has one."""
    local = starts_at.astimezone(COPENHAGEN)
    for slot in template.slots:
        if (slot.site_code, slot.kind, slot.weekday) != (site_code, kind, local.weekday()):
            continue
        if local.time().replace(tzinfo=None) == slot.time:
            return _session_of(slot, local)
    return None


def session_args(session: GroupSession) -> dict[str, Any]:
    """The schedule_group_meeting arguments that plan the session."""
    return {
        "session_id": session.id,
        "kind": session.kind.value,
        "site_code": session.site_code,
        "room": session.room,
        "starts_at": session.starts_at.isoformat(),
        "capacity": session.capacity,
    }
