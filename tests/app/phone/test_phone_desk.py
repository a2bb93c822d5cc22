"""The phone desk at one workstation: a call from a citizen, a company or a number is
logged with its outcome; a wrong CPR, CVR or phone number is refused with nothing written;
a callback is placed in another site's queue and logged in one batch — both or neither."""

from __future__ import annotations

import pytest

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.entities import SupportBasis, TicketStatus
from app.errors import KnownError, ValidationError
from app.phone.records import CallerKind, CallOutcome, CallTopic
from app.phone.service import CallDraft, PhoneDeskService
from app.queue.callbacks import PHONE
from app.registration import NewCitizen, RegistrationService
from local_cache.store import LocalStore
from tests.conftest import configure

CPR = "0101901235"


@pytest.fixture
def desk(store: LocalStore) -> PhoneDeskService:
    ws = configure(store, site="MUS", counter=1, staff="mus-bbj")
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    RegistrationService(store.unit_of_work, bus, ws).register_citizen(
        NewCitizen(CPR, "Ida", "Bøgh", SupportBasis.CASH_BENEFIT, phone="22334455")
    )
    return PhoneDeskService(store.unit_of_work, bus, ws)


def pending(store: LocalStore) -> list[str]:
    with store.unit_of_work() as uow:
        return [e.name for _n, e in uow.outbox.pending()]


def test_calls_are_logged_with_their_outcome(desk: PhoneDeskService, store: LocalStore) -> None:
    desk.log(
        CallDraft(CallerKind.CITIZEN, "010190-1235", CallTopic.BENEFITS, "", CallOutcome.ANSWERED)
    )
    desk.log(
        CallDraft(
            CallerKind.COMPANY,
            "13585628",
            CallTopic.JOB_ORDER,
            "To lagerfolk",
            CallOutcome.HANDED,
            to_site="NYR",
        )
    )
    desk.log(CallDraft(CallerKind.ANONYMOUS, "", CallTopic.OTHER, "", CallOutcome.ANSWERED))
    calls = desk.calls_today()
    assert [c.caller_kind for c in calls][::-1] == [
        CallerKind.CITIZEN,
        CallerKind.COMPANY,
        CallerKind.ANONYMOUS,
    ]
    company = next(c for c in calls if c.caller_kind is CallerKind.COMPANY)
    assert (company.cvr, company.to_site, company.site_code) == ("13585628", "NYR", "MUS")
    assert pending(store).count("log_call") == 3


@pytest.mark.parametrize(
    ("kind", "identifier", "error"),
    [
        (CallerKind.CITIZEN, "3102901234", "findes ikke"),  # no 31 February
        (CallerKind.CITIZEN, "0202902346", "Ingen borger"),
        (CallerKind.COMPANY, "13585627", "CVR-nummeret"),
        (CallerKind.PHONE, "1234", "8 cifre"),
    ],
)
def test_a_wrong_caller_is_refused_and_nothing_is_written(
    desk: PhoneDeskService, store: LocalStore, kind: CallerKind, identifier: str, error: str
) -> None:
    before = pending(store)
    with pytest.raises(KnownError, match=error):
        desk.log(CallDraft(kind, identifier, CallTopic.OTHER, "", CallOutcome.ANSWERED))
    assert pending(store) == before and desk.calls_today() == []


def test_a_callback_goes_to_another_sites_queue_with_the_call(
    desk: PhoneDeskService, store: LocalStore
) -> None:
    logged = desk.log(
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
    assert logged.to_site == "SKB" and logged.callback_number.startswith("TM")
    [call] = desk.calls_today()
    with store.unit_of_work() as uow:
        ticket = uow.tickets.get(call.callback_ticket_id or "")
    assert ticket is not None and ticket.channel == PHONE and ticket.site_code == "SKB"
    assert ticket.status is TicketStatus.WAITING and ticket.phone == "22334455"
    assert ticket.number == logged.callback_number
    assert pending(store)[-2:] == ["place_callback", "log_call"]


def test_a_refused_callback_logs_no_call(desk: PhoneDeskService, store: LocalStore) -> None:
    before = pending(store)
    with pytest.raises(ValidationError):  # no such queue: the callback and the call fail
        desk.log(
            CallDraft(
                CallerKind.CITIZEN,
                CPR,
                CallTopic.JOB_SEARCH,
                "",
                CallOutcome.CALLBACK,
                to_site="SKB",
                service_code="findes_ikke",
            )
        )
    with pytest.raises(ValidationError, match="borgeren er fundet"):
        desk.log(CallDraft(CallerKind.PHONE, "22334455", CallTopic.OTHER, "", CallOutcome.CALLBACK))
    with pytest.raises(ValidationError, match="kendes ikke"):
        desk.log(
            CallDraft(
                CallerKind.ANONYMOUS, "", CallTopic.OTHER, "", CallOutcome.HANDED, to_site="XYZ"
            )
        )
    assert pending(store) == before and desk.calls_today() == []


def test_a_callback_for_a_citizen_without_a_number_asks_for_one(
    desk: PhoneDeskService, store: LocalStore
) -> None:
    ws = configure(store, site="MUS", counter=1, staff="mus-bbj")
    RegistrationService(
        store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws
    ).register_citizen(NewCitizen("0707901234", "Nadia", "Søndergård", SupportBasis.CASH_BENEFIT))
    before = pending(store)

    def callback(ring: str = "") -> CallDraft:
        return CallDraft(
            CallerKind.CITIZEN, "070790-1234", CallTopic.JOB_SEARCH, "", CallOutcome.CALLBACK,
            service_code="jobbutik", callback_phone=ring,
        )  # fmt: skip

    with pytest.raises(ValidationError, match="intet telefonnummer") as refused:
        desk.log(callback())
    assert refused.value.field == "callback_phone"
    assert pending(store) == before and desk.calls_today() == []
    logged = desk.log(callback("40 50 60 70"))
    assert logged.callback_number.startswith("TM")
