"""The desk's own commands (citizens, visits, tickets): name and version → handler."""

from __future__ import annotations

from app.commands.catalogue import Handlers
from app.commands.citizen_commands import register_citizen, update_citizen
from app.commands.ticket_commands import issue_ticket
from app.commands.visit_commands import start_visit

HANDLERS: Handlers = {
    ("register_citizen", 1): register_citizen,
    ("update_citizen", 1): update_citizen,
    ("start_visit", 1): start_visit,
    ("issue_ticket", 1): issue_ticket,
}
