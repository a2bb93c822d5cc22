"""Formats and refusals in both languages: ui/formats.py and ui/failures.py."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.clock import COPENHAGEN
from app.commands import args as a
from app.cpr import parse_cpr
from app.entities import TicketStatus
from app.errors import ConflictError, KnownError, Phrase, ValidationError
from app.queue.lifecycle import QueueAction, next_status
from app.security.roles import require
from app.sync.client import Offline
from app.visitation.meetings import GroupMeetingFullError
from app.visitation.records import GroupSession, MeetingKind
from ui.failures import danish_text, failure_text
from ui.formats import format_date, format_datetime, format_number, format_percent, format_time
from ui.i18n import current_language, install_translation

MOMENT = dt.datetime(2026, 12, 5, 13, 5, 7, tzinfo=dt.UTC)  # 14:05:07 in Copenhagen


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    app = QCoreApplication.instance()
    assert app is not None
    translator = install_translation(app, "en")
    assert translator is not None
    try:
        yield
    finally:
        app.removeTranslator(translator)


def test_danish_formats(qapp: QApplication) -> None:
    assert current_language() == "da"
    assert format_time(MOMENT) == "14:05"  # not QLocale's 14.05
    assert format_time(MOMENT, seconds=True) == "14:05:07"
    assert format_time(dt.time(9, 0)) == "09:00"
    assert format_date(dt.date(2026, 12, 5)) == "05.12.2026"
    assert format_date(dt.date(2026, 12, 5), year=False) == "05.12"
    assert format_datetime(MOMENT) == "05.12.2026 14:05"
    assert format_percent(0.85) == "85 %"
    assert format_percent(0.855, 1) == "85,5 %"
    assert format_number(1234567) == "1.234.567"
    assert format_number(2.5, 1) == "2,5"


def test_english_formats(english: None) -> None:
    assert current_language() == "en"
    assert format_time(MOMENT) == "14:05"
    assert format_time(MOMENT, seconds=True) == "14:05:07"
    assert format_date(dt.date(2026, 12, 5)) == "05/12/2026"
    assert format_date(dt.date(2026, 12, 5), year=False) == "05/12"
    assert format_datetime(MOMENT) == "05/12/2026 14:05"
    assert format_percent(0.85) == "85%"
    assert format_percent(0.855, 1) == "85.5%"
    assert format_number(1234567) == "1,234,567"
    assert format_number(2.5, 1) == "2.5"


def test_a_moment_without_zone_is_taken_as_local(qapp: QApplication) -> None:
    assert format_datetime(dt.datetime(2026, 12, 5, 9, 30)) == "05.12.2026 09:30"
    assert format_time(MOMENT.astimezone(COPENHAGEN)) == "14:05"


def _refusal(run: Callable[[], object]) -> KnownError:
    with pytest.raises(KnownError) as caught:
        run()
    return caught.value


def test_a_refusal_reads_as_its_danish_message(qapp: QApplication) -> None:
    error = _refusal(lambda: a.text({}, "note", "Bemærkningen"))
    assert error.message == "Bemærkningen skal udfyldes."
    assert failure_text(error) == "Bemærkningen skal udfyldes."
    moved = _refusal(lambda: next_status("A-001", TicketStatus.DONE, QueueAction.CALL))
    assert (
        failure_text(moved) == moved.message == "Billet A-001 er færdigbetjent og kan ikke kaldes."
    )


def test_a_refusal_in_english_translates_template_and_label(english: None) -> None:
    assert failure_text(_refusal(lambda: a.text({}, "note", "Bemærkningen"))) == (
        "The note must be filled in."
    )
    assert failure_text(_refusal(lambda: parse_cpr("12345"))) == (
        "The CPR number must have 10 digits – it has 5."
    )
    moved = _refusal(lambda: next_status("A-001", TicketStatus.DONE, QueueAction.CALL))
    assert failure_text(moved) == "Ticket A-001 has been served and cannot be called."


def test_dates_in_a_refusal_follow_the_language(qapp: QApplication) -> None:
    error = ConflictError(
        "{full_name} er allerede henvist til «{title}» (den {referred_at:%d.%m.%Y}).",
        full_name="Anna Jensen",
        title="Lagerarbejder",
        referred_at=MOMENT,
    )
    assert failure_text(error) == error.message
    assert error.message == "Anna Jensen er allerede henvist til «Lagerarbejder» (den 05.12.2026)."


def test_dates_in_an_english_refusal(english: None) -> None:
    error = ConflictError(
        "{full_name} er allerede henvist til «{title}» (den {referred_at:%d.%m.%Y}).",
        full_name="Anna Jensen",
        title="Lagerarbejder",
        referred_at=MOMENT,
    )
    assert (
        failure_text(error)
        == "Anna Jensen has already been referred to «Lagerarbejder» (on 05/12/2026)."
    )


def test_an_unknown_template_stays_danish(english: None) -> None:
    error = ValidationError("Noget helt nyt om {what}.", what=Phrase("noget"))
    assert failure_text(error) == "Noget helt nyt om noget."


def test_the_sync_clients_own_text_is_translated(english: None) -> None:
    offline = Offline("Serveren kan ikke nås; ændringerne gemmes her og sendes senere.")
    assert failure_text(offline) == (
        "The server cannot be reached; the changes are kept here and sent later."
    )


def test_a_refused_role_names_the_roles_in_either_language(qapp: QApplication) -> None:
    refused = _refusal(lambda: require("receptionist", "view_audit"))
    assert refused.message == (
        "Som receptionist må du ikke se revisionsloggen. Det kræver rollen leder eller administrator."
    )
    assert failure_text(refused) == refused.message


def test_a_refused_role_in_english(english: None) -> None:
    refused = _refusal(lambda: require("administrator", "register_citizen"))
    assert failure_text(refused) == (
        "As administrator you may not register a citizen. "
        "It needs the role receptionist, counsellor or supervisor."
    )


def test_the_servers_finished_danish_text_is_translated_through_its_template(
    english: None,
) -> None:
    assert danish_text("Billet A-001 er færdigbetjent og kan ikke kaldes.") == (
        "Ticket A-001 has been served and cannot be called."
    )
    assert danish_text("Medarbejderen «KJ» kendes ikke af serveren.") == (
        "The staff member «KJ» is not known to the server."
    )
    assert danish_text("Forespørgslen kunne ikke udføres.") == (
        "The request could not be carried out."
    )
    assert danish_text("Afvent borgerens svar (partshøringsfrist 08.12.2026)") == (
        "Await the citizen's reply (consultation deadline 08.12.2026)"
    )
    assert danish_text("Noget serveren først kender i en senere version.") == (
        "Noget serveren først kender i en senere version."
    )


def test_danish_text_stays_as_it_came_in_danish(qapp: QApplication) -> None:
    text = "Billet A-001 er færdigbetjent og kan ikke kaldes."
    assert danish_text(text) == text


def test_a_fully_booked_meeting_in_english(english: None) -> None:
    session = GroupSession(
        id="s1",
        site_code="Musvågevej",
        kind=MeetingKind.JOB_MEETING,
        starts_at=dt.datetime(2026, 12, 8, 8, 0, tzinfo=dt.UTC),
        room="Lokale 1",
        capacity=10,
    )
    full = GroupMeetingFullError(session, None)
    assert full.message.startswith("Jobmøde tirsdag 08.12.2026 kl. 09:00 (Musvågevej, Lokale 1)")
    assert failure_text(full) == (
        "Job meeting Tuesday 08/12/2026 at 09:00 (Musvågevej, Lokale 1) is fully booked. "
        "There are no later meetings with free places; contact the meeting planner."
    )
