"""record_categorisation, record_orientation, register_insured_deadline, publish_categorisation_scheme."""

from __future__ import annotations

from typing import Any

from app.commands import args as a
from app.commands.envelope import CommandEnvelope
from app.errors import ConflictError, ValidationError
from app.ports import UnitOfWork
from app.reference_data.readers import categorised_at_once, reported_to_akasse
from app.reference_data.referral_targets import referral_targets as targets_in_force
from app.visitation.deadlines import add_months, add_period, format_da
from app.visitation.handler_support import (
    citizen_of,
    close_follow_up,
    day_of,
    derived_id,
    ensure_anchor,
    follow_up_site,
    scheme_in_force,
)
from app.visitation.reassessment import answer_reassessments
from app.visitation.records import (
    Decision,
    FollowUp,
    FollowUpKind,
    FollowUpStatus,
    Orientation,
    OrientationMark,
)
from app.visitation.schemes import choose_scheme, find_scheme
from app.visitation.seed import check_next_steps, parse_scheme


def record_categorisation(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    args = cmd.args
    a.reject_unknown(
        args,
        {"decision_id", "visitation_id", "citizen_id", "scheme_code", "scheme_version"}
        | {"answers", "category", "reason"},
    )
    decision_id = a.identifier(args, "decision_id")
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    day = day_of(cmd)
    scheme = scheme_in_force(
        uow,
        a.text(args, "scheme_code", "Skemaet", max_length=40),
        a.integer(args, "scheme_version", "Skemaversionen", minimum=1),
        day,
    )
    if not categorised_at_once(uow, citizen.support_basis, scheme.applies_to, day):
        if reported_to_akasse(uow, citizen.support_basis, day):
            raise ValidationError(
                "Forsikrede ledige kategoriseres ikke i modtagelsen; registrér fristen for "
                "kategorisering i stedet."
            )
        raise ValidationError("Primærvisitation gælder kun ledige uden forsikring.")
    raw_answers = args.get("answers")
    if not isinstance(raw_answers, dict):
        raise ValidationError("Svarene mangler.", field="answers")
    answers = scheme.check_answers(raw_answers)
    category_code = a.text(args, "category", "Kategorien", max_length=40)
    category = scheme.category(category_code)
    if category is None:
        raise ValidationError(
            "Kategorien «{category_code}» findes ikke i skemaet.",
            category_code=category_code,
            field="category",
        )
    suggested = scheme.suggest(answers)
    reason = a.text(args, "reason", "Begrundelsen", required=False, max_length=1000)
    if suggested is not None and category.code != suggested and not reason:
        label = scheme.category(suggested)
        raise ValidationError(
            "Skriv en begrundelse, når kategorien afviger fra skemaets forslag ({value}).",
            value=label.label_da if label else suggested,
            field="reason",
        )
    if uow.visitation.decision(decision_id) is not None:
        raise ConflictError("Afgørelsen findes allerede med dette id.")
    uow.visitation.add_decision(
        Decision(
            id=decision_id,
            citizen_id=citizen.id,
            visitation_id=a.identifier(args, "visitation_id"),
            scheme_code=scheme.code,
            scheme_version=scheme.version,
            answers=answers,
            category=category.code,
            category_label=category.label_da,
            suggested_category=suggested,
            reason=reason,
            staff_id=cmd.staff_id,
            site_code=cmd.site_code,
            decided_at=cmd.issued_at_dt,
        )
    )
    ensure_anchor(uow, citizen.id, cmd)
    answer_reassessments(uow, citizen.id, cmd)  # a prompt after a contact interview
    # Re-assessment: the new category's contact course replaces the old one.
    for old in uow.visitation.open_follow_ups(citizen.id, (FollowUpKind.CONTACT_INTERVIEW,)):
        close_follow_up(
            uow, old, cmd, status=FollowUpStatus.CANCELLED, outcome="erstattet af ny kategorisering"
        )
    follow_up_ids = []
    for rule in category.follow_ups:
        follow_up = FollowUp(
            id=derived_id(decision_id, rule.kind),
            citizen_id=citizen.id,
            kind=FollowUpKind(rule.kind),
            due=add_period(day, months=rule.months, days=rule.days),
            site_code=follow_up_site(uow, citizen.id, cmd),
            created_at=cmd.issued_at_dt,
            source_id=decision_id,
            note=rule.label_da,
        )
        uow.visitation.add_follow_up(follow_up)
        follow_up_ids.append(follow_up.id)
    return {
        "decision_id": decision_id,
        "category": category.code,
        "suggested_category": suggested,
        "follow_up_ids": follow_up_ids,
    }


def record_orientation(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """Every item of the scheme's checklist: given, or skipped with a reason. No silent gaps."""
    args = cmd.args
    a.reject_unknown(
        args, {"visitation_id", "citizen_id", "scheme_code", "scheme_version", "items"}
    )
    visitation_id = a.identifier(args, "visitation_id")
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    scheme = scheme_in_force(
        uow,
        a.text(args, "scheme_code", "Skemaet", max_length=40),
        a.integer(args, "scheme_version", "Skemaversionen", minimum=1),
        day_of(cmd),
    )
    items = args.get("items")
    if not isinstance(items, dict):
        raise ValidationError("Orienteringen mangler.", field="items")
    a.reject_unknown(items, {item.key for item in scheme.orientation})
    marks: dict[str, OrientationMark] = {}
    for item in scheme.orientation:
        mark = items.get(item.key)
        if not isinstance(mark, dict) or not isinstance(mark.get("given"), bool):
            raise ValidationError(
                "«{item}» er hverken krydset af eller sprunget over med en begrundelse.",
                item=item.label_da,
                field=item.key,
            )
        reason = a.text(mark, "reason", "Begrundelsen", required=False, max_length=500)
        if not mark["given"] and not reason:
            raise ValidationError(
                "Skriv hvorfor «{item}» springes over.", item=item.label_da, field=item.key
            )
        marks[item.key] = OrientationMark(mark["given"], reason)
    if uow.visitation.orientation(visitation_id) is not None:
        raise ConflictError("Orienteringen for denne visitation er allerede registreret.")
    uow.visitation.add_orientation(
        Orientation(
            visitation_id,
            citizen.id,
            scheme.code,
            scheme.version,
            marks,
            cmd.staff_id,
            cmd.issued_at_dt,
        )
    )
    skipped = sorted(key for key, mark in marks.items() if not mark.given)
    return {"visitation_id": visitation_id, "skipped": skipped}


def register_insured_deadline(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """Insured citizens are categorised later, within N months of benefit (scheme data)."""
    args = cmd.args
    a.reject_unknown(args, {"follow_up_id", "citizen_id", "benefit_start"})
    follow_up_id = a.identifier(args, "follow_up_id")
    citizen = citizen_of(uow, a.identifier(args, "citizen_id"))
    if not reported_to_akasse(uow, citizen.support_basis, day_of(cmd)):
        raise ValidationError("Fristen for kategorisering gælder kun forsikrede ledige.")
    start = a.date(args, "benefit_start", "Første dag med dagpenge")
    scheme = choose_scheme(uow.visitation.schemes(), day_of(cmd))
    existing = uow.visitation.open_follow_ups(citizen.id, (FollowUpKind.CATEGORISATION,))
    if existing:
        raise ConflictError(
            "Borgeren har allerede en frist for kategorisering ({due:%d.%m.%Y}).",
            due=existing[0].due,
        )
    ensure_anchor(uow, citizen.id, cmd)
    due = add_months(start, scheme.deadlines.insured_categorisation_months)
    uow.visitation.add_follow_up(
        FollowUp(
            id=follow_up_id,
            citizen_id=citizen.id,
            kind=FollowUpKind.CATEGORISATION,
            due=due,
            site_code=follow_up_site(uow, citizen.id, cmd),
            created_at=cmd.issued_at_dt,
            source_id=follow_up_id,
            note=f"Dagpenge fra {format_da(start)}",
        )
    )
    return {"follow_up_id": follow_up_id, "due": due.isoformat()}


def publish_categorisation_scheme(uow: UnitOfWork, cmd: CommandEnvelope) -> dict[str, Any]:
    """An administrator adds a scheme (or a corrected version) without a new release."""
    args = cmd.args
    a.reject_unknown(args, {"scheme"})
    # Who may publish is the role table's business (administrators), checked by the bus.
    body = args.get("scheme")
    if not isinstance(body, dict):
        raise ValidationError("Skemaet mangler.", field="scheme")
    scheme = parse_scheme(body)
    check_next_steps([scheme], targets_in_force(uow, day_of(cmd)))
    existing = find_scheme(uow.visitation.schemes(), scheme.code, scheme.version)
    if existing is not None:
        if existing == scheme:
            return {"scheme": scheme.code, "version": scheme.version}
        raise ConflictError(
            "Skemaet «{code}» version {version} findes allerede; giv rettelsen et nyt versionsnummer.",
            code=scheme.code,
            version=scheme.version,
        )
    uow.visitation.add_scheme(scheme, body, source="published")
    return {"scheme": scheme.code, "version": scheme.version}
