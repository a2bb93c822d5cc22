"""The ONE permission table: which role may do which action.

Every command name (app.catalogue.CATALOGUE) is an action, and so
are a few things that are not commands (viewing, revealing a CPR, printing, the
audit screens). `apply_command` refuses a command whose issuing staff member's
role is not in the table — on the workstation and again on the server — so
hiding a button is never the only guard. A command missing from the table is
refused (a test keeps the table complete).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING

from app.errors import Alternatives, KnownError, Phrase

if TYPE_CHECKING:
    from app.commands.envelope import CommandEnvelope
    from app.entities import Staff
    from app.ports import UnitOfWork


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    COUNSELLOR = "counsellor"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    CALL_CENTER = "call_center"  # the phone entrance's agent

    @property
    def label_da(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.RECEPTIONIST: Phrase("receptionist"),
    Role.COUNSELLOR: Phrase("rådgiver"),
    Role.SUPERVISOR: Phrase("leder"),
    Role.ADMINISTRATOR: Phrase("administrator"),
    Role.CALL_CENTER: Phrase("call-center-medarbejder"),
}

R, C, S, A = Role.RECEPTIONIST, Role.COUNSELLOR, Role.SUPERVISOR, Role.ADMINISTRATOR
P = Role.CALL_CENTER
# Everyone who serves citizens. The administrator runs the system (staff, schemes,
# retention) and deliberately does not look up citizens: a role that needs no personal
# data gets none.
FRONT_DESK = frozenset({R, C, S})
# The phone entrance's agent: takes calls, books callbacks and meetings, takes job orders
# from companies; none of the counter's work (the queue, visitation, approvals).
PHONE_DESK = FRONT_DESK | {P}
EVERYONE = frozenset(Role)
SUPERVISORS = frozenset({S})
ADMINS = frozenset({A})
OVERSIGHT = frozenset({S, A})  # who reads the audit trail

# action → (roles allowed, what it is in Danish, for the refusal message)
PERMISSIONS: Mapping[str, tuple[frozenset[Role], str]] = {
    # --- citizens, visits, tickets ------------------------------------------------------
    "register_citizen": (FRONT_DESK, Phrase("registrere en borger")),
    "update_citizen": (FRONT_DESK, Phrase("rette en borgers oplysninger")),
    "start_visit": (FRONT_DESK, Phrase("registrere et besøg")),
    "issue_ticket": (FRONT_DESK, Phrase("udstede en kønummerbillet")),
    # --- queue at the counter -----------------------------------------------------------
    "call_ticket": (FRONT_DESK, Phrase("kalde et nummer op")),
    "recall_ticket": (FRONT_DESK, Phrase("kalde et nummer op igen")),
    "start_serving": (FRONT_DESK, Phrase("begynde betjeningen")),
    "finish_ticket": (FRONT_DESK, Phrase("afslutte en betjening")),
    "mark_no_show": (FRONT_DESK, Phrase("markere et nummer som udeblevet")),
    "place_callback": (PHONE_DESK, Phrase("bestille et tilbagekald")),
    "log_call": (PHONE_DESK, Phrase("registrere et opkald")),
    "callback_not_answered": (FRONT_DESK, Phrase("melde et tilbagekald uden svar")),
    "undo_no_show": (FRONT_DESK, Phrase("fortryde at et nummer blev meldt udeblevet")),
    "park_ticket": (FRONT_DESK, Phrase("parkere et nummer")),
    "return_ticket": (FRONT_DESK, Phrase("sende et parkeret nummer tilbage i køen")),
    "cancel_ticket": (FRONT_DESK, Phrase("annullere et nummer")),
    "transfer_ticket": (FRONT_DESK, Phrase("flytte et nummer til en anden kø")),
    "set_counter_service": (SUPERVISORS, Phrase("åbne eller lukke en kø ved en skranke")),
    # --- visitation: categorisation, referral, meetings, follow-ups ---------------------
    "record_categorisation": (FRONT_DESK, Phrase("kategorisere en borger")),
    "record_orientation": (FRONT_DESK, Phrase("registrere vejledningen")),
    "register_insured_deadline": (FRONT_DESK, Phrase("registrere en frist for en forsikret ledig")),
    "refer_citizen": (FRONT_DESK, Phrase("henvise en borger")),
    "request_referral_approval": (FRONT_DESK, Phrase("bede en leder godkende en henvisning")),
    "decide_referral_approval": (
        SUPERVISORS,
        Phrase("godkende eller afvise en henvisning ud over grænsen"),
    ),
    # Sessions are planned from the site's template whenever a desk opens the list.
    # The phone desk plans a site's template weeks before it books a caller there.
    "schedule_group_meeting": (PHONE_DESK, Phrase("planlægge et gruppemøde")),
    "book_group_meeting": (PHONE_DESK, Phrase("booke en plads på et gruppemøde")),
    "cancel_group_meeting_booking": (PHONE_DESK, Phrase("aflyse en booking på et gruppemøde")),
    "register_absence": (FRONT_DESK, Phrase("registrere en udeblivelse")),
    "register_refused_offer": (FRONT_DESK, Phrase("registrere et afvist tilbud")),
    # A no-show in the queue for a booked meeting, marked at any counter, awaits the
    # counsellor, who confirms it (the hearing follows) or dismisses it.
    "register_pending_absence": (FRONT_DESK, Phrase("registrere en udeblivelse fra køen")),
    "confirm_pending_absence": (frozenset({C, S}), Phrase("bekræfte en udeblivelse")),
    "dismiss_pending_absence": (frozenset({C, S}), Phrase("afvise en udeblivelse")),
    "conclude_hearing": (FRONT_DESK, Phrase("afslutte en partshøring")),
    "complete_follow_up": (FRONT_DESK, Phrase("afslutte en opfølgning")),
    # The reform's contact course: interviews and exemptions are counsellors' work.
    "register_job_interview": (frozenset({C, S}), Phrase("registrere en afholdt jobsamtale")),
    "grant_course_exemption": (frozenset({C, S}), Phrase("fritage en borger fra jobsamtalerne")),
    "publish_categorisation_scheme": (ADMINS, Phrase("udgive et visitationsskema")),
    # Queue thresholds, opening hours, referral targets, support bases: dated versions.
    "publish_reference_data": (ADMINS, Phrase("udgive referencedata")),
    # --- job shop: vacancies, referrals to them, companies, kvikservice, open advice ----
    "create_vacancy": (PHONE_DESK, Phrase("oprette et job")),
    "edit_vacancy": (FRONT_DESK, Phrase("rette et job")),
    "set_vacancy_status": (FRONT_DESK, Phrase("ændre et jobs status")),
    # Taking an order that landed at the site's job shop is the job shop's own work.
    "pick_up_vacancy": (frozenset({C, S}), Phrase("tage en jobordre")),
    "refer_to_vacancy": (FRONT_DESK, Phrase("henvise en borger til et job")),
    "record_referral_outcome": (FRONT_DESK, Phrase("registrere resultatet af en henvisning")),
    "register_company": (PHONE_DESK, Phrase("oprette en virksomhed")),
    # The company's one responsible consultant is a decision for consultants and leaders.
    "assign_company_consultant": (
        frozenset({C, S}),
        Phrase("skifte en virksomheds ansvarlige konsulent"),
    ),
    "log_company_contact": (PHONE_DESK, Phrase("registrere en virksomhedskontakt")),
    "open_kvik_request": (PHONE_DESK, Phrase("oprette en kvikservice-forespørgsel")),
    "mark_kvik_candidate_sent": (FRONT_DESK, Phrase("sende en kandidat til en virksomhed")),
    "close_kvik_request": (FRONT_DESK, Phrase("afslutte en kvikservice-forespørgsel")),
    "set_job_wishes": (FRONT_DESK, Phrase("registrere en borgers jobønsker")),
    "log_advice_session": (frozenset({C, S}), Phrase("registrere en samtale i åben rådgivning")),
    # Jobnet: approving a CV is the job shop counsellors' judgement, as is importing
    # Jobnet's CV statuses (the server re-checks the role of every such command).
    "approve_cv": (frozenset({C, S}), Phrase("godkende et CV")),
    "record_cv_status": (frozenset({C, S}), Phrase("registrere en CV-status fra Jobnet")),
    # Self-service PCs: whoever meets the citizen at the desk gives them a PC and frees it.
    "assign_selfservice_pc": (FRONT_DESK, Phrase("sætte en borger ved en selvbetjenings-pc")),
    "release_selfservice_pc": (FRONT_DESK, Phrase("frigive en selvbetjenings-pc")),
    # --- audit trail ----------------------------------------------------------------------
    "record_audit": (EVERYONE, Phrase("skrive i revisionsloggen")),
    "purge_audit": (ADMINS, Phrase("slette udløbne poster i revisionsloggen")),
    # --- not commands: checked by the services and screens --------------------------------
    "view_citizen": (PHONE_DESK, Phrase("se en borgers oplysninger")),
    "reveal_cpr": (PHONE_DESK, Phrase("vise et fuldt CPR-nummer")),
    "search": (PHONE_DESK, Phrase("søge efter borgere")),
    "print": (PHONE_DESK, Phrase("udskrive")),
    "view_audit": (OVERSIGHT, Phrase("se revisionsloggen")),
    "export_audit": (OVERSIGHT, Phrase("eksportere revisionsloggen")),
    "view_other_sites": (SUPERVISORS, Phrase("se andre afdelingers køer")),
    "manage_staff": (ADMINS, Phrase("administrere medarbejdere og adgangskoder")),
    "manage_schemes": (ADMINS, Phrase("administrere visitationsskemaer")),
    "approve_kastebold_override": (SUPERVISORS, Phrase("godkende en henvisning ud over grænsen")),
    "import_vacancies": (frozenset({C, S}), Phrase("importere job fra en fil")),
    "change_desk_settings": (SUPERVISORS, Phrase("ændre arbejdsstationens indstillinger")),
    # Production figures name staff members: the dashboard and its export are leaders'.
    "read_production_figures": (SUPERVISORS, Phrase("se ledelsesinformation")),
}

NON_COMMAND_ACTIONS = frozenset(
    {
        "view_citizen",
        "reveal_cpr",
        "search",
        "print",
        "view_audit",
        "export_audit",
        "view_other_sites",
        "manage_staff",
        "manage_schemes",
        "change_desk_settings",
        "approve_kastebold_override",
        "import_vacancies",
        "read_production_figures",
    }
)


class PermissionDeniedError(KnownError):
    """The signed-in staff member's role may not do this (Danish message names both)."""


def parse_role(value: str) -> Role | None:
    try:
        return Role(value)
    except ValueError:
        return None


def allowed(role: Role | str, action: str) -> bool:
    entry = PERMISSIONS.get(action)
    parsed = parse_role(str(role))
    return entry is not None and parsed is not None and parsed in entry[0]


def _roles_da(roles: frozenset[Role]) -> Alternatives:
    return Alternatives(r.label_da for r in Role if r in roles)


def require(role: Role | str, action: str) -> None:
    """Raise PermissionDeniedError unless `role` may do `action`."""
    if allowed(role, action):
        return
    entry = PERMISSIONS.get(action)
    if entry is None:
        raise PermissionDeniedError(
            "Handlingen «{action}» står ikke i rettighedstabellen og er derfor ikke tilladt.",
            action=action,
        )
    roles, what = entry
    parsed = parse_role(str(role))
    if parsed is None:
        raise PermissionDeniedError(
            "Som «{role}» må du ikke {what}. Det kræver rollen {roles}.",
            role=str(role),
            what=what,
            roles=_roles_da(roles),
        )
    raise PermissionDeniedError(
        "Som {role} må du ikke {what}. Det kræver rollen {roles}.",
        role=parsed.label_da,
        what=what,
        roles=_roles_da(roles),
    )


def works_at(staff: Staff, site_code: str) -> bool:
    """Where a staff member may act: their own site; an administrator (who runs the system
    and sees no citizens) at every site. The same rule on the desk and the server."""
    return staff.site_code == site_code or parse_role(staff.role) is Role.ADMINISTRATOR


def authorise(uow: UnitOfWork, envelope: CommandEnvelope) -> None:
    """The command layer's check: the envelope's staff member's role against the table."""
    staff = uow.reference.staff_member(envelope.staff_id)
    if staff is None:
        raise PermissionDeniedError(
            "Medarbejderen «{staff_id}» kendes ikke; handlingen er afvist.",
            staff_id=envelope.staff_id,
        )
    require(staff.role, envelope.name)
