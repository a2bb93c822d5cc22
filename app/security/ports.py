"""What security needs from storage: `uow.credentials` and `uow.audit`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from app.security.audit import AuditEntry, ChainLink


@dataclass(frozen=True, slots=True)
class Credential:
    """A staff member's secret on this workstation, with the lock-out state."""

    staff_id: str
    secret_hash: str
    failed_count: int = 0
    locked_until: dt.datetime | None = None
    changed_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """All given conditions must hold; `until` is exclusive. Times are aware datetimes."""

    staff_id: str = ""
    citizen_id: str = ""
    action: str = ""
    site_code: str = ""
    workstation_id: str = ""
    since: dt.datetime | None = None
    until: dt.datetime | None = None


class CredentialRepository(Protocol):
    def get(self, staff_id: str) -> Credential | None: ...
    def save(self, credential: Credential) -> None: ...


class AuditRepository(Protocol):
    """Append-only: entries are added, read and — only by the retention purge — removed."""

    def head(self, workstation_id: str) -> ChainLink | None:
        """The newest entry of the workstation's chain, else its purge anchor, else None."""
        ...

    def add(self, entry: AuditEntry) -> None: ...
    def get(self, entry_id: str) -> AuditEntry | None: ...
    def chain(self, workstation_id: str) -> Sequence[AuditEntry]: ...  # by sequence number
    def anchor(self, workstation_id: str) -> ChainLink | None: ...
    def workstations(self) -> Sequence[str]: ...
    def find(self, where: AuditFilter, *, limit: int = 10_000) -> Sequence[AuditEntry]: ...

    def purge_prefix(self, workstation_id: str, before: str) -> int:
        """Delete the chain's oldest entries while their time is before `before` (ISO,
        UTC), keep the last deleted one's link as the anchor; returns how many went."""
        ...
