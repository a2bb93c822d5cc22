"""The queue's commands: name and version → handler."""

from __future__ import annotations

from app.commands.catalogue import Handlers
from app.queue import callbacks, commands, counter_commands, transfer_commands

HANDLERS: Handlers = {
    ("call_ticket", 1): commands.call_ticket,
    ("recall_ticket", 1): commands.recall_ticket,
    ("start_serving", 1): commands.start_serving,
    ("finish_ticket", 1): commands.finish_ticket,
    ("finish_ticket", 2): commands.finish_ticket_v2,
    ("mark_no_show", 1): commands.mark_no_show,
    ("undo_no_show", 1): commands.undo_no_show,
    ("park_ticket", 1): commands.park_ticket,
    ("return_ticket", 1): commands.return_ticket,
    ("cancel_ticket", 1): commands.cancel_ticket,
    ("transfer_ticket", 1): transfer_commands.transfer_ticket,
    ("transfer_ticket", 2): transfer_commands.transfer_ticket_v2,
    ("set_counter_service", 1): counter_commands.set_counter_service,
    ("place_callback", 1): callbacks.place_callback,
    ("callback_not_answered", 1): callbacks.callback_not_answered,
}
