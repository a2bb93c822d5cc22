"""Companies with one responsible consultant, and the contact warning window (item 4)."""

from __future__ import annotations

import pytest

from app.errors import ConflictError, ValidationError
from app.jobshop.records import ContactSubject
from app.security.roles import PermissionDeniedError
from local_cache.store import LocalStore
from tests.app.conftest import Clock
from tests.app.jobshop.conftest import JobDesk, make_job_desk


def test_a_company_has_a_valid_cvr_once_and_one_responsible_consultant(jobs: JobDesk) -> None:
    company_id = jobs.companies.register("DSV A/S", cvr="13585628")
    with pytest.raises(ValidationError, match="CVR-nummeret «12345678» er ikke gyldigt"):
        jobs.companies.register("Fejl ApS", cvr="12345678")
    with pytest.raises(ConflictError, match="CVR-nummer 13585628 er allerede oprettet"):
        jobs.companies.register("DSV Road", cvr="13585628")
    jobs.companies.register("Bageriet", phone="33 33 33 33")
    with pytest.raises(ConflictError, match="navnet «Bageriet»"):
        jobs.companies.register("bageriet")
    [line] = jobs.companies.companies("dsv")
    assert (line.company.id, line.responsible_name) == (company_id, "Åse Andersen")
    jobs.companies.assign_consultant(company_id, "skb-sol")
    assert jobs.companies.companies("dsv")[0].responsible_name == "Søren Østergaard Lund"


def test_a_receptionist_may_not_hand_a_company_to_another_consultant(
    store: LocalStore, clock: Clock
) -> None:
    counsellor = make_job_desk(store, clock, staff="mus-aan")
    company_id = counsellor.company()
    receptionist = make_job_desk(store, clock, staff="mus-bbj")
    with pytest.raises(PermissionDeniedError):
        receptionist.companies.assign_consultant(company_id, "mus-bbj")


def test_a_colleagues_contact_on_the_same_subject_within_the_window_warns(
    store: LocalStore, clock: Clock
) -> None:
    aase = make_job_desk(store, clock, site="MUS", staff="mus-aan")
    company_id = aase.company("Netto Valby")
    aase.companies.log_contact(company_id, ContactSubject.JOB_ORDER, note="Ny jobordre")
    assert aase.companies.contact_warning(company_id, ContactSubject.JOB_ORDER) is None  # own

    soeren = make_job_desk(store, clock, site="SKB", staff="skb-sol")
    clock.advance(days=13)
    warning = soeren.companies.contact_warning(company_id, ContactSubject.JOB_ORDER)
    assert warning is not None
    [clash] = warning.contacts
    assert (warning.company_name, warning.subject) == ("Netto Valby", ContactSubject.JOB_ORDER)
    assert (clash.staff_name, f"{clash.contact.contacted_at:%d.%m.%Y}") == (
        "Åse Andersen",
        "24.11.2026",
    )
    assert soeren.companies.contact_warning(company_id, ContactSubject.LAYOFF_NOTICE) is None
    # Logging after the warning is never refused: the contact happened; the log says so.
    soeren.companies.log_contact(company_id, ContactSubject.JOB_ORDER, warned=True)
    recent = soeren.companies.recent_contacts(company_id)
    assert [(c.staff_name, c.contact.warned) for c in recent] == [
        ("Søren Østergaard Lund", True),
        ("Åse Andersen", False),
    ]

    clock.advance(days=2)  # Åse's contact is now 15 days old; Søren's own does not count
    assert soeren.companies.contact_warning(company_id, ContactSubject.JOB_ORDER) is None
    warning = aase.companies.contact_warning(company_id, ContactSubject.JOB_ORDER)
    assert warning is not None and warning.window_days == 14


def test_a_contact_needs_a_known_channel_and_subject(jobs: JobDesk) -> None:
    company_id = jobs.company()
    with pytest.raises(ValidationError, match="Kontaktformen «brevdue»"):
        jobs.companies.log_contact(company_id, ContactSubject.OTHER, channel="brevdue")
    assert jobs.companies.recent_contacts(company_id) == []
