"""Categorisation schemes for the administrator: read every version as written, check a
draft (its JSON, the scheme's own rules, its next steps against the referral targets in
force on its first day), list what it changes against the version it follows, publish it
through `publish_categorisation_scheme` (audited and synced like every command).

A scheme is a tree (questions, options, criteria, categories, next steps), so the draft
is its JSON text as `resources/seed/categorisation_schemes.json` holds it; the preview
says in words what changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.commands.bus import CommandBus
from app.commands.envelope import utc_now
from app.errors import ValidationError
from app.ports import UnitOfWorkFactory
from app.reference_data.referral_targets import referral_targets
from app.visitation.schemes import Scheme
from app.visitation.seed import check_next_steps, parse_scheme
from app.workstation import WorkstationConfig

PUBLISH_SCHEME = "publish_categorisation_scheme"


@dataclass(frozen=True, slots=True)
class SchemeEntry:
    code: str
    version: int
    label_da: str
    valid_from: dt.date
    valid_to: dt.date | None
    body: Mapping[str, Any]


class SchemeChangeKind(StrEnum):
    NEW_SCHEME = "new_scheme"
    LABEL = "label"
    PERIOD = "period"
    APPLIES_TO = "applies_to"
    CATEGORY_ADDED = "category_added"
    CATEGORY_REMOVED = "category_removed"
    CATEGORY_CHANGED = "category_changed"
    QUESTION_ADDED = "question_added"
    QUESTION_REMOVED = "question_removed"
    QUESTION_CHANGED = "question_changed"
    CONTACT_COURSE = "contact_course"
    OTHER = "other"  # criteria, rules, orientation, deadlines


@dataclass(frozen=True, slots=True)
class SchemeChange:
    kind: SchemeChangeKind
    subject: str = ""  # a category's or question's code, or the changed field
    before: str = ""
    after: str = ""


@dataclass(frozen=True, slots=True)
class SchemePreview:
    scheme: Scheme
    body: Mapping[str, Any]
    follows: SchemeEntry | None  # the latest version of the same code, if any
    changes: tuple[SchemeChange, ...]


def _period(s: Scheme) -> str:
    return f"{s.valid_from.isoformat()} – {s.valid_to.isoformat() if s.valid_to else ''}"


def scheme_changes(old: Scheme | None, new: Scheme) -> tuple[SchemeChange, ...]:
    if old is None:
        return (SchemeChange(SchemeChangeKind.NEW_SCHEME, new.code, "", new.label_da),)
    out: list[SchemeChange] = []
    if old.label_da != new.label_da:
        out.append(SchemeChange(SchemeChangeKind.LABEL, "", old.label_da, new.label_da))
    if (old.valid_from, old.valid_to) != (new.valid_from, new.valid_to):
        out.append(SchemeChange(SchemeChangeKind.PERIOD, "", _period(old), _period(new)))
    if old.applies_to != new.applies_to:
        out.append(
            SchemeChange(
                SchemeChangeKind.APPLIES_TO,
                "",
                ", ".join(sorted(old.applies_to)),
                ", ".join(sorted(new.applies_to)),
            )
        )
    before = {c.code: c for c in old.categories}
    after = {c.code: c for c in new.categories}
    for code in after.keys() - before.keys():
        out.append(SchemeChange(SchemeChangeKind.CATEGORY_ADDED, code, "", after[code].label_da))
    for code in before.keys() - after.keys():
        out.append(SchemeChange(SchemeChangeKind.CATEGORY_REMOVED, code, before[code].label_da))
    for code in before.keys() & after.keys():
        if before[code] != after[code]:
            out.append(
                SchemeChange(
                    SchemeChangeKind.CATEGORY_CHANGED,
                    code,
                    before[code].label_da,
                    after[code].label_da,
                )
            )
    asked = {q.key: q for q in old.questions}
    asks = {q.key: q for q in new.questions}
    for key in asks.keys() - asked.keys():
        out.append(SchemeChange(SchemeChangeKind.QUESTION_ADDED, key, "", asks[key].text_da))
    for key in asked.keys() - asks.keys():
        out.append(SchemeChange(SchemeChangeKind.QUESTION_REMOVED, key, asked[key].text_da))
    for key in asked.keys() & asks.keys():
        if asked[key] != asks[key]:
            out.append(
                SchemeChange(
                    SchemeChangeKind.QUESTION_CHANGED, key, asked[key].text_da, asks[key].text_da
                )
            )
    if old.contact_course != new.contact_course:
        out.append(SchemeChange(SchemeChangeKind.CONTACT_COURSE))
    rest = ("criteria", "next_step_rules", "orientation", "deadlines", "default_category")
    for name in rest:
        if getattr(old, name) != getattr(new, name):
            out.append(SchemeChange(SchemeChangeKind.OTHER, name))
    return tuple(sorted(out, key=lambda c: (list(SchemeChangeKind).index(c.kind), c.subject)))


def parse_draft(text: str) -> dict[str, Any]:
    """The draft's JSON object, or a Danish error naming the line."""
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "Skemaet er ikke gyldig JSON: fejl i linje {line}, kolonne {column}.",
            field="scheme",
            line=exc.lineno,
            column=exc.colno,
        ) from exc
    if not isinstance(body, dict):
        raise ValidationError("Skemaet skal være ét JSON-objekt {…}.", field="scheme")
    return body


class SchemeAdminService:
    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        bus: CommandBus,
        workstation: WorkstationConfig,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self._uow_factory, self._bus, self._ws, self._clock = uow_factory, bus, workstation, clock

    def entries(self) -> tuple[SchemeEntry, ...]:
        with self._uow_factory() as uow:
            bodies = list(uow.visitation.scheme_bodies())
        out = []
        for body in bodies:
            scheme = parse_scheme(body)
            out.append(
                SchemeEntry(
                    scheme.code,
                    scheme.version,
                    scheme.label_da,
                    scheme.valid_from,
                    scheme.valid_to,
                    body,
                )
            )
        return tuple(sorted(out, key=lambda e: (e.valid_from, e.code, e.version)))

    def draft_of(self, entry: SchemeEntry) -> str:
        """A draft to edit: the entry's body as the next version of its code."""
        latest = max(e.version for e in self.entries() if e.code == entry.code)
        body = dict(entry.body) | {"version": latest + 1}
        return json.dumps(body, ensure_ascii=False, indent=2)

    def check(self, text: str) -> SchemePreview:
        body = parse_draft(text)
        scheme = parse_scheme(body)
        with self._uow_factory() as uow:
            check_next_steps([scheme], referral_targets(uow, scheme.valid_from))
        same_code = [e for e in self.entries() if e.code == scheme.code]
        if any(e.version == scheme.version for e in same_code):
            raise ValidationError(
                "Skemaet «{code}» version {version} findes allerede; giv rettelsen et nyt "
                "versionsnummer.",
                field="version",
                code=scheme.code,
                version=scheme.version,
            )
        follows = max(same_code, key=lambda e: e.version, default=None)
        old = parse_scheme(follows.body) if follows else None
        return SchemePreview(scheme, body, follows, scheme_changes(old, scheme))

    def publish(self, text: str) -> SchemePreview:
        preview = self.check(text)
        envelope = dataclasses.replace(
            self._ws.envelope(PUBLISH_SCHEME, 1, {"scheme": dict(preview.body)}),
            issued_at=self._clock().isoformat(),
        )
        self._bus.execute_one(envelope)
        return preview
