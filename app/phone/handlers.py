"""The phone desk's commands: name and version → handler."""

from __future__ import annotations

from app.commands.catalogue import Handlers
from app.phone import commands

HANDLERS: Handlers = {("log_call", 1): commands.log_call}
