"""Minimal disclosure: CPR masked unless revealed on purpose; a ticket names nobody."""

from __future__ import annotations

import dataclasses

import pytest

from app.entities import SupportBasis
from app.errors import ValidationError
from app.registration import NewCitizen, RegistrationService


def test_cpr_is_masked_everywhere_until_revealed_for_a_stated_purpose(
    registration: RegistrationService,
) -> None:
    citizen = registration.register_citizen(
        NewCitizen("211062-5629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    [hit] = registration.search("Ågård")
    assert hit.masked_cpr == "211062-xxxx"
    _cpr, card = registration.find_by_cpr("2110625629")
    assert card is not None and card.masked_cpr == "211062-xxxx"
    with pytest.raises(ValidationError, match="formålet"):
        registration.reveal_cpr(citizen.id, "  ")
    assert registration.reveal_cpr(citizen.id, "Identifikation") == "211062-5629"


def test_a_ticket_carries_no_cpr_and_no_name(registration: RegistrationService) -> None:
    citizen = registration.register_citizen(
        NewCitizen("211062-5629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    receipt = registration.issue_ticket(citizen.id, "jobbutik")
    printed = " ".join(str(v) for v in dataclasses.asdict(receipt).values())
    for secret in ("211062", "5629", "Søren", "Ågård", citizen.id):
        assert secret not in printed.replace(receipt.ticket_id, "")
