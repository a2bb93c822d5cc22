"""The phone entrance's agent (role call_center): the phone desk's work, none of the counter's.

At Nyropsgade's phone desk Tina Lykke Frederiksen (TLF, seeded) signs in with the demo PIN,
logs calls, places callbacks and takes companies' job orders; calling a number, categorising
a citizen or approving a CV is refused by the command layer and again by the server.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.commands.envelope import new_id
from app.entities import SupportBasis, TicketStatus
from app.jobnet.service import JobnetService
from app.jobshop.company_service import CompanyService
from app.jobshop.records import VacancyChannel
from app.jobshop.vacancy_service import VacancyService
from app.phone.records import CallerKind, CallOutcome, CallTopic
from app.phone.service import CallDraft, PhoneDeskService
from app.queue.service import QueueService
from app.registration import NewCitizen, RegistrationService
from app.security.demo_credentials import DEMO_PIN, seed_demo_credentials
from app.security.passwords import Passwords
from app.security.roles import PERMISSIONS, PermissionDeniedError, Role, allowed
from app.security.sign_in import LocalPasswordAuthenticator, SignInError, SignInService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from shared_store.visitation.seeding import ensure_visitation_seed
from tests.app.conftest import Clock as WallClock
from tests.app.visitation.conftest import make_desk, plan_for
from tests.conftest import configure
from tests.server.harness import ServerProcess
from tests.server.raw import RawStation

AGENT = "nyr-tlf"  # the seeded call-center agent at Nyropsgade
CPR = "0101901235"
CVR = "13585628"
PHONE_DESK = {
    "view_citizen",
    "search",
    "reveal_cpr",
    "print",
    "log_call",
    "place_callback",
    "create_vacancy",
    "register_company",
    "log_company_contact",
    "open_kvik_request",
    "schedule_group_meeting",
    "book_group_meeting",
    "cancel_group_meeting_booking",
    "record_audit",
}


def bus(store: LocalStore) -> CommandBus:
    return CommandBus(store.unit_of_work, CATALOGUE)


def pending(store: LocalStore) -> list[str]:
    with store.unit_of_work() as uow:
        return [e.name for _n, e in uow.outbox.pending()]


@pytest.fixture
def reception(store: LocalStore) -> RegistrationService:
    """Nyropsgade's receptionist at counter 1: registers the citizen and issues tickets."""
    ws = configure(store, site="NYR", counter=1, staff="nyr-ajm")
    return RegistrationService(store.unit_of_work, bus(store), ws)


@pytest.fixture
def wall_clock() -> WallClock:
    clock = WallClock(dt.datetime.now(dt.UTC))
    clock.set(2026, 11, 24)  # as tests/app/conftest.py's clock
    return clock


@pytest.fixture
def agent(store: LocalStore) -> WorkstationConfig:
    """The phone desk: Nyropsgade, counter 2, the call-center agent signed in."""
    return configure(store, site="NYR", counter=2, staff=AGENT)


def test_the_table_gives_the_agent_the_phone_desk_and_nothing_else() -> None:
    assert {action for action in PERMISSIONS if allowed(Role.CALL_CENTER, action)} == PHONE_DESK
    assert allowed("call_center", "log_call") and not allowed("call_center", "call_ticket")
    assert Role.CALL_CENTER.label_da == "call-center-medarbejder"


def test_the_seeded_agent_signs_in_with_the_demo_pin_at_her_own_site_only(
    store: LocalStore, passwords: Passwords
) -> None:
    assert AGENT in seed_demo_credentials(store.unit_of_work, passwords)
    authenticator = LocalPasswordAuthenticator(store.unit_of_work, passwords)
    nyr = SignInService(store.unit_of_work, authenticator, site_code="NYR")
    session = nyr.sign_in("TLF", DEMO_PIN)
    assert (session.staff_id, session.role, session.site_code) == (AGENT, Role.CALL_CENTER, "NYR")
    mus = SignInService(store.unit_of_work, authenticator, site_code="MUS")
    with pytest.raises(SignInError, match="arbejder i afdelingen NYR"):
        mus.sign_in("TLF", DEMO_PIN)


def test_the_agent_logs_calls_places_callbacks_and_takes_job_orders(
    store: LocalStore, reception: RegistrationService, agent: WorkstationConfig
) -> None:
    reception.register_citizen(
        NewCitizen(CPR, "Ida", "Bøgh", SupportBasis.CASH_BENEFIT, phone="22334455")
    )
    phone = PhoneDeskService(store.unit_of_work, bus(store), agent)
    phone.log(CallDraft(CallerKind.CITIZEN, CPR, CallTopic.BENEFITS, "", CallOutcome.ANSWERED))
    callback = phone.log(
        CallDraft(
            CallerKind.CITIZEN,
            CPR,
            CallTopic.JOB_SEARCH,
            "Vil tale med en rådgiver",
            CallOutcome.CALLBACK,
            to_site="SKB",
            service_code="aaben_raadgivning",
        )
    )
    company_id = CompanyService(store.unit_of_work, bus(store), agent).register(
        "Plejecenter Sølund", cvr=CVR
    )
    order = {
        "title": "Social- og sundhedshjælper",
        "trade_area": "sosu",
        "place": "Nørrebro",
        "deadline": dt.date.today() + dt.timedelta(days=10),
        "positions": 2,
    }
    phone.log_job_order(
        CallDraft(CallerKind.COMPANY, CVR, CallTopic.JOB_ORDER, "", CallOutcome.JOB_ORDER),
        company_id,
        order,
    )
    calls = phone.calls_today()
    assert sorted(c.outcome for c in calls) == sorted(
        [CallOutcome.ANSWERED, CallOutcome.CALLBACK, CallOutcome.JOB_ORDER]
    )
    assert all(c.staff_id == AGENT for c in calls)
    callback_id = next(c.callback_ticket_id for c in calls if c.callback_ticket_id)
    with store.unit_of_work() as uow:
        ticket = uow.tickets.get(callback_id or "")
    assert ticket is not None and ticket.number == callback.callback_number
    assert (ticket.site_code, ticket.status) == ("SKB", TicketStatus.WAITING)
    vacancy_id = next(c.vacancy_id for c in calls if c.vacancy_id)
    vacancies = VacancyService(store.unit_of_work, bus(store), agent)
    detail = vacancies.detail(vacancy_id)
    assert detail is not None and detail.line.vacancy.channel is VacancyChannel.PHONE
    assert pending(store)[-3:] == ["register_company", "create_vacancy", "log_call"]


def test_the_agent_may_not_call_a_number_categorise_or_approve_a_cv(
    store: LocalStore,
    reception: RegistrationService,
    agent: WorkstationConfig,
    wall_clock: WallClock,
) -> None:
    ensure_visitation_seed(store.engine, store.settings)
    citizen = reception.register_citizen(NewCitizen(CPR, "Ida", "Bøgh", SupportBasis.OTHER))
    waiting = reception.issue_ticket(citizen.id, "jobbutik")
    counsellor = make_desk(store, wall_clock, site="NYR", staff="nyr-kræ", counter=3)
    counsellor.bus.execute_one(
        counsellor.visitation._envelope(  # noqa: SLF001  (Jobnet's report, as the import makes it)
            "record_cv_status",
            {
                "report_id": new_id(),
                "citizen_id": citizen.id,
                "status": "paa_jobnet",
                "status_date": "2026-11-20",
            },
        )
    )
    before = pending(store)
    queue = QueueService(store.unit_of_work, bus(store), agent, ["jobbutik"])
    with pytest.raises(PermissionDeniedError) as refused:
        queue.call_next()
    assert refused.value.message == (
        "Som call-center-medarbejder må du ikke kalde et nummer op. "
        "Det kræver rollen receptionist, rådgiver eller leder."
    )
    ticket = queue.ticket(waiting.ticket_id)
    assert ticket is not None and ticket.status is TicketStatus.WAITING
    desk = make_desk(store, wall_clock, site="NYR", staff=AGENT, counter=2)
    with pytest.raises(PermissionDeniedError, match="kategorisere en borger"):
        desk.visitation.complete(plan_for(desk, citizen))
    with pytest.raises(PermissionDeniedError, match="må du ikke godkende et CV"):
        JobnetService(desk.visitation).approve_cv(citizen.id)
    assert pending(store) == before  # nothing written


def test_the_server_refuses_a_counter_command_from_the_agent(
    sqlite_server: ServerProcess,
) -> None:
    station = RawStation(sqlite_server, site="NYR", counter=2, staff=AGENT).enrol()
    call = {
        "call_id": new_id(),
        "caller_kind": CallerKind.ANONYMOUS.value,
        "topic": CallTopic.OTHER.value,
        "note": "",
        "outcome": CallOutcome.ANSWERED.value,
    }
    response = station.push(
        station.mutation(1, "log_call", call),
        station.mutation(2, "call_ticket", {"ticket_id": new_id(), "counter_number": 2}),
    )
    assert response.status_code == 200, response.text
    logged, called = response.json()["outcomes"]
    assert logged["status"] == "applied", logged
    assert called["status"] == "rejected"
    assert "Som call-center-medarbejder må du ikke kalde et nummer op" in called["message"]
