"""Security's commands (the audit trail's): name and version → handler."""

from __future__ import annotations

from app.commands.catalogue import Handlers
from app.security.audit_commands import purge_audit, record_audit

HANDLERS: Handlers = {
    ("record_audit", 1): record_audit,
    ("purge_audit", 1): purge_audit,
}
