"""Jobnet's commands: name and version → handler."""

from __future__ import annotations

from app.commands.catalogue import Handlers
from app.jobnet import cv_commands

HANDLERS: Handlers = {
    ("approve_cv", 1): cv_commands.approve_cv,
    ("record_cv_status", 1): cv_commands.record_cv_status,
}
