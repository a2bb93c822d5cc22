"""The self-service PCs' commands: name and version → handler."""

from __future__ import annotations

from app.commands.catalogue import Handlers
from app.selfservice import commands

HANDLERS: Handlers = {
    ("assign_selfservice_pc", 1): commands.assign_selfservice_pc,
    ("release_selfservice_pc", 1): commands.release_selfservice_pc,
}
