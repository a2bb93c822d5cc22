"""The visitation summary as lines of Danish text: one wording for screen, card and paper."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.clock import COPENHAGEN
from app.visitation.summary import VisitationSummary
from ui.formats import format_date
from ui.visitation.meeting_text import kind_text, place_text, when_text


def summary_lines(summary: VisitationSummary) -> list[tuple[str, str]]:
    """(heading, text) pairs in the order the receptionist reads them out."""
    lines = [
        (QCoreApplication.translate("VisitationSummary", "Kategori"), summary.category_label),
        (
            QCoreApplication.translate("VisitationSummary", "Ansvarlig enhed"),
            summary.responsible_unit or QCoreApplication.translate("VisitationSummary", "Ingen"),
        ),
    ]
    if summary.meeting is not None:
        meeting = summary.meeting
        lines.append(
            (
                QCoreApplication.translate("VisitationSummary", "Møde"),
                QCoreApplication.translate("VisitationSummary", "{kind} {when}, {place}").format(
                    kind=kind_text(meeting.kind),
                    when=when_text(meeting.starts_at),
                    place=place_text(meeting.site_name, meeting.room),
                ),
            )
        )
    for referral in summary.referrals:
        text = referral.to_label
        if referral.anchor_moved:
            text = QCoreApplication.translate(
                "VisitationSummary", "{unit} (har nu ansvaret for sagen)"
            ).format(unit=text)
        lines.append((QCoreApplication.translate("VisitationSummary", "Henvist til"), text))
    if summary.next_contact is not None:
        lines.append(
            (
                QCoreApplication.translate("VisitationSummary", "Næste samtale senest"),
                format_date(summary.next_contact),
            )
        )
    if summary.next_ticket:
        lines.append(
            (
                QCoreApplication.translate("VisitationSummary", "Næste billet"),
                QCoreApplication.translate("VisitationSummary", "{queue} – i dag").format(
                    queue=summary.next_ticket
                ),
            )
        )
    return lines


def summary_title(summary: VisitationSummary) -> str:
    decided = summary.decided_at.astimezone(COPENHAGEN)
    return QCoreApplication.translate(
        "VisitationSummary", "Visitation af {name} ({cpr}) {date}, {site}"
    ).format(
        name=summary.citizen_name,
        cpr=summary.masked_cpr,
        date=format_date(decided),
        site=summary.site_name,
    )


def summary_plain_text(summary: VisitationSummary) -> str:
    """Heading and lines as plain text (the card, a tooltip, the printout)."""
    return "\n".join(f"{heading}: {text}" for heading, text in summary_lines(summary))
