"""A held contact interview asks for a re-assessment of the category under the scheme in
force on the day it was held — which may be newer than the scheme of the latest decision
(a 2026 «parat» decision, an interview on 2 January 2027: re-assess under «reform2027»).
It is a prompt on the worklist, not a forced step: the counsellor may postpone it, and a
new categorisation (record_categorisation) answers it."""

from __future__ import annotations

from app.commands.envelope import CommandEnvelope
from app.ports import UnitOfWork
from app.visitation.handler_support import close_follow_up, day_of, derived_id
from app.visitation.records import FollowUp, FollowUpKind, FollowUpStatus
from app.visitation.schemes import choose_scheme


def reassessment_after_interview(
    uow: UnitOfWork, interview: FollowUp, cmd: CommandEnvelope
) -> FollowUp | None:
    """The re-assessment a held contact interview asks for, under the scheme in force on
    the day it was held (which may be newer than the scheme of the latest decision)."""
    day = day_of(cmd)
    if uow.visitation.follow_up(derived_id(interview.id, "revurdering")) is not None:
        return None
    if uow.visitation.open_follow_ups(interview.citizen_id, (FollowUpKind.REASSESSMENT,)):
        return None  # one open prompt at a time
    scheme = choose_scheme(uow.visitation.schemes(), day)
    prompt = FollowUp(
        id=derived_id(interview.id, "revurdering"),
        citizen_id=interview.citizen_id,
        kind=FollowUpKind.REASSESSMENT,
        due=day,
        site_code=interview.site_code,
        created_at=cmd.issued_at_dt,
        source_id=interview.id,
        note=f"Revurdér kategorien efter skemaet «{scheme.label_da}» ({scheme.code} v{scheme.version}).",
    )
    uow.visitation.add_follow_up(prompt)
    return prompt


def answer_reassessments(uow: UnitOfWork, citizen_id: str, cmd: CommandEnvelope) -> None:
    """A new categorisation answers the open re-assessment prompts."""
    for prompt in uow.visitation.open_follow_ups(citizen_id, (FollowUpKind.REASSESSMENT,)):
        close_follow_up(uow, prompt, cmd, status=FollowUpStatus.DONE, outcome="revurderet")
