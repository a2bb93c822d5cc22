"""Reading `categorisation_schemes.json`: schemes, referral targets and the kastebold limit.

The same parser checks a scheme an administrator publishes at run time
(`publish_categorisation_scheme`), so a broken scheme is refused with a Danish
message naming what is wrong, before anyone categorises with it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any

from app.errors import ValidationError
from app.visitation.contact_course import first_interview_offset, parse_contact_course
from app.visitation.records import FollowUpKind
from app.visitation.schemes import (
    AgeAnswer,
    Category,
    Criterion,
    Deadlines,
    FollowUpRule,
    NextStep,
    NextStepRule,
    Option,
    OrientationItem,
    Question,
    Scheme,
)
from app.visitation.targets import KasteboldRule, Placement, ReferralTarget

FOLLOW_UP_KINDS_IN_SCHEMES = {"kontaktsamtale"}


@dataclass(frozen=True, slots=True)
class VisitationSeed:
    schemes: tuple[Scheme, ...]
    scheme_bodies: tuple[dict[str, Any], ...]  # as written, stored beside the parsed scheme
    targets: tuple[ReferralTarget, ...]
    kastebold: KasteboldRule


def _str_map(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValidationError("{where}: «when» skal være spørgsmål → svar.", where=where)
    return dict(value)


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(
            "{where}: datoen «{value}» er ikke ÅÅÅÅ-MM-DD.", where=where, value=value
        ) from None


def _next_step(data: Mapping[str, Any]) -> NextStep:
    return NextStep(
        target=str(data["target"]),
        move_anchor=bool(data.get("move_anchor", False)),
        meeting_kinds=tuple(data.get("meeting_kinds", ())),
        ticket_service=str(data.get("ticket_service", "")),
        text_da=str(data.get("text_da", "")),
    )


def _age_answer(data: Any) -> AgeAnswer | None:
    if data is None:
        return None
    return AgeAnswer(at_or_over=int(data["at_or_over"]), answer=str(data["answer"]))


def parse_scheme(data: Mapping[str, Any]) -> Scheme:
    where = f"Skemaet «{data.get('code', '?')}» v{data.get('version', '?')}"
    try:
        valid_from = _date(data["valid_from"], where)
        if valid_from is None:
            raise ValidationError("{where}: «valid_from» skal udfyldes.", where=where)
        scheme = Scheme(
            code=str(data["code"]),
            version=int(data["version"]),
            label_da=str(data["label_da"]),
            valid_from=valid_from,
            valid_to=_date(data.get("valid_to"), where),
            applies_to=frozenset(data["applies_to"]),
            questions=tuple(
                Question(
                    key=q["key"],
                    text_da=q["text_da"],
                    options=tuple(Option(o["value"], o["label_da"]) for o in q["options"]),
                    default=q.get("default"),
                    from_age=_age_answer(q.get("from_age")),
                    asked_if=_str_map(q.get("asked_if", {}), where),
                )
                for q in data["questions"]
            ),
            categories=tuple(
                Category(
                    code=c["code"],
                    label_da=c["label_da"],
                    next_step=_next_step(c["next_step"]),
                    job_ready=bool(c.get("job_ready", False)),
                    description_da=c.get("description_da", ""),
                    follow_ups=tuple(FollowUpRule(**f) for f in c.get("follow_ups", ())),
                )
                for c in data["categories"]
            ),
            orientation=tuple(
                OrientationItem(o["key"], o["label_da"], bool(o.get("jobnet", False)))
                for o in data["orientation"]
            ),
            criteria=tuple(
                Criterion(_str_map(c["when"], where), c["category"])
                for c in data.get("criteria", ())
            ),
            next_step_rules=tuple(
                NextStepRule(
                    _str_map(r["when"], where),
                    _next_step(r["next_step"]),
                    tuple(r.get("categories", ())),
                )
                for r in data.get("next_step_rules", ())
            ),
            default_category=data.get("default_category"),
            deadlines=Deadlines(**data.get("deadlines", {})),
            contact_course=parse_contact_course(data.get("contact_course"), where),
            joblog=bool(data.get("joblog", False)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError("{where} kan ikke læses: {exc!r}.", where=where, exc=exc) from None
    scheme = _with_course_interviews(scheme)
    _check_scheme(scheme, where)
    return scheme


def _with_course_interviews(scheme: Scheme) -> Scheme:
    """A category in the contact course gets its first job interview from the course (the
    due dates after it follow the course too: follow_up_commands.py), not a loop of its own."""
    course = scheme.contact_course
    if course is None:
        return scheme
    months, days = first_interview_offset(course)
    categories = tuple(
        replace(
            c,
            follow_ups=(
                *(f for f in c.follow_ups if f.kind != FollowUpKind.CONTACT_INTERVIEW.value),
                FollowUpRule(FollowUpKind.CONTACT_INTERVIEW.value, months, days, course.label_da),
            ),
        )
        if c.code in course.categories
        else c
        for c in scheme.categories
    )
    return replace(scheme, categories=categories)


def _check_scheme(scheme: Scheme, where: str) -> None:
    codes = {c.code for c in scheme.categories}
    if not codes:
        raise ValidationError("{where} har ingen kategorier.", where=where)
    if scheme.valid_to is not None and scheme.valid_to < scheme.valid_from:
        raise ValidationError("{where}: slutdatoen ligger før startdatoen.", where=where)
    if scheme.default_category is not None and scheme.default_category not in codes:
        raise ValidationError("{where}: standardkategorien findes ikke.", where=where)
    for criterion in scheme.criteria:
        if criterion.category not in codes:
            raise ValidationError("{where}: et kriterium peger på en ukendt kategori.", where=where)
        for key, value in criterion.when.items():
            question = scheme.question(key)
            if question is None or question.option(value) is None:
                raise ValidationError(
                    "{where}: kriteriet {key}={value} passer ikke til spørgsmålene.",
                    where=where,
                    key=key,
                    value=value,
                )
    for question in scheme.questions:
        if question.default is not None and question.option(question.default) is None:
            raise ValidationError(
                "{where}: standardsvaret på «{key}» findes ikke.", where=where, key=question.key
            )
        if question.from_age is not None and question.option(question.from_age.answer) is None:
            raise ValidationError(
                "{where}: svaret ud fra alderen på «{key}» findes ikke.",
                where=where,
                key=question.key,
            )
        for key, value in question.asked_if.items():
            earlier = scheme.question(key)
            if earlier is None or earlier.option(value) is None:
                raise ValidationError(
                    "{where}: «{key}» spørges ud fra {key2}={value}, som ikke findes.",
                    where=where,
                    key=question.key,
                    key2=key,
                    value=value,
                )
    for category in scheme.categories:
        for rule in category.follow_ups:
            if rule.kind not in FOLLOW_UP_KINDS_IN_SCHEMES or (rule.months, rule.days) == (0, 0):
                raise ValidationError(
                    "{where}: opfølgningen for «{code}» er ugyldig.",
                    where=where,
                    code=category.code,
                )
    if not scheme.orientation:
        raise ValidationError("{where} har ingen orienteringspunkter.", where=where)
    course = scheme.contact_course
    if course is not None and not course.categories <= codes:
        raise ValidationError("{where}: kontaktforløbet nævner en ukendt kategori.", where=where)


def parse_target(data: Mapping[str, Any]) -> ReferralTarget:
    try:
        return ReferralTarget(
            code=str(data["code"]),
            label_da=str(data["label_da"]),
            placement=Placement(data["placement"]),
            can_anchor=bool(data["can_anchor"]),
            specialist_function=str(data.get("specialist_function", "")),
            ticket_service=str(data.get("ticket_service", "")),
            selectable=bool(data.get("selectable", True)),
        )
    except (KeyError, ValueError) as exc:
        raise ValidationError(
            "Henvisningsmålet «{value}» kan ikke læses: {exc!r}.", value=data.get("code"), exc=exc
        ) from None


def check_next_steps(schemes: Sequence[Scheme], targets: Sequence[ReferralTarget]) -> None:
    codes = {t.code for t in targets}
    for scheme in schemes:
        steps = [c.next_step for c in scheme.categories]
        steps += [r.next_step for r in scheme.next_step_rules]
        for step in steps:
            if step.target not in codes:
                raise ValidationError(
                    "Skemaet «{code}» v{version} henviser til det ukendte mål «{target}».",
                    code=scheme.code,
                    version=scheme.version,
                    target=step.target,
                )


def parse_visitation_seed(data: Mapping[str, Any]) -> VisitationSeed:
    targets = tuple(parse_target(t) for t in data["referral_targets"])
    bodies = tuple(dict(s) for s in data["schemes"])
    schemes = tuple(parse_scheme(s) for s in bodies)
    check_next_steps(schemes, targets)
    limit = data.get("anti_kastebold", {})
    return VisitationSeed(
        schemes=schemes,
        scheme_bodies=bodies,
        targets=targets,
        kastebold=KasteboldRule(
            max_onward=int(limit.get("max_onward_referrals", 2)),
            window_days=int(limit.get("window_days", 30)),
            max_per_year=int(limit.get("max_onward_per_year", 4)),
            year_days=int(limit.get("year_days", 365)),
        ),
    )


def load_visitation_seed() -> VisitationSeed:
    text = resources.files("resources.seed").joinpath("categorisation_schemes.json")
    return parse_visitation_seed(json.loads(text.read_text("utf-8")))
