"""A transferred ticket may be reserved for one counter or one staff member."""

from __future__ import annotations

from app.entities import Ticket


def is_reserved(ticket: Ticket) -> bool:
    return ticket.target_counter is not None or ticket.target_staff is not None


def is_for(ticket: Ticket, counter_number: int, staff_id: str | None) -> bool:
    """Reserved for this counter, or for the person signed in at it (wherever they sit)."""
    if ticket.target_counter is not None:
        return ticket.target_counter == counter_number
    return ticket.target_staff is not None and ticket.target_staff == staff_id


def reserved_for_others(ticket: Ticket, counter_number: int, staff_id: str | None) -> bool:
    return is_reserved(ticket) and not is_for(ticket, counter_number, staff_id)
