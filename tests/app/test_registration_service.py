"""The receptionist's use cases through the service layer, on a real store."""

from __future__ import annotations

import pytest

from app.cpr import CprError
from app.entities import SupportBasis, TicketStatus
from app.errors import ConflictError
from app.registration import NewCitizen, OpenTicket, RegistrationService


def test_find_by_cpr_returns_card_with_recent_visits(registration: RegistrationService) -> None:
    citizen = registration.register_citizen(
        NewCitizen("211062-5629", "Søren", "Ågård", SupportBasis.INSURED, a_kasse="3F")
    )
    registration.issue_ticket(citizen.id, "jobbutik")
    cpr, card = registration.find_by_cpr("2110625629")
    assert cpr.digits == "2110625629"
    assert card is not None
    assert card.citizen.full_name == "Søren Ågård"
    assert card.masked_cpr == "211062-xxxx"
    assert [v.service_name for v in card.recent_visits] == ["Jobbutik"]


def test_unknown_cpr_is_not_an_error(registration: RegistrationService) -> None:
    _cpr, card = registration.find_by_cpr("0101901235")
    assert card is None


def test_bad_cpr_raises_with_the_danish_message(registration: RegistrationService) -> None:
    with pytest.raises(CprError):
        registration.find_by_cpr("12345")


def test_search_by_cpr_digits_or_name_masks_the_cpr(registration: RegistrationService) -> None:
    registration.register_citizen(NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.STUDENT))
    by_cpr = registration.search("211062-5629")
    by_name = registration.search("aagaard")
    assert [h.full_name for h in by_cpr] == [h.full_name for h in by_name] == ["Søren Ågård"]
    assert by_name[0].masked_cpr == "211062-xxxx"
    assert registration.search("") == []


def test_registering_a_cpr_twice_is_a_conflict(registration: RegistrationService) -> None:
    registration.register_citizen(NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.OTHER))
    with pytest.raises(ConflictError) as caught:
        registration.register_citizen(NewCitizen("211062-5629", "S", "Å", SupportBasis.OTHER))
    assert "allerede registreret" in caught.value.message


def test_new_registrations_offer_only_support_bases_valid_today(
    registration: RegistrationService,
) -> None:
    import datetime as dt

    before = {i.code for i in registration.support_bases(on=dt.date(2025, 6, 30))}
    after = {i.code for i in registration.support_bases(on=dt.date(2025, 7, 1))}
    assert SupportBasis.EDUCATION_BENEFIT in before
    assert SupportBasis.EDUCATION_BENEFIT not in after
    assert SupportBasis.CASH_BENEFIT in after


def test_the_ticket_a_citizen_still_holds_today_is_found(
    registration: RegistrationService,
) -> None:
    soren = registration.register_citizen(
        NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.STUDENT)
    )
    other = registration.register_citizen(
        NewCitizen("0707614285", "Mette", "Kræmer", SupportBasis.STUDENT)
    )
    assert registration.open_ticket(soren.id) is None
    registration.issue_ticket(other.id, "jobbutik")
    assert registration.open_ticket(soren.id) is None  # someone else's ticket is not his
    receipt = registration.issue_ticket(soren.id, "jobbutik")
    held = registration.open_ticket(soren.id)
    assert held == OpenTicket(receipt.number, "Jobbutik", TicketStatus.WAITING)
