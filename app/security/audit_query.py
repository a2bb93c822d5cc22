"""Reading the audit trail (supervisors, administrators): filter, verify, export, expire.

Retention. Entries older than the retention period (a setting, in days; default
`DEFAULT_RETENTION_DAYS`) are removed by an administrator's `purge_audit`
command, which carries the cut-off time so the workstation and the server remove
the same entries. A purge removes only the oldest part of each workstation's
chain, and keeps the link (number and hash) of the last removed entry as that
chain's anchor: the remaining entries still verify from the anchor, and an entry
removed any other way is still detected. The length of the period is the
municipality's decision (its data-protection officer's), not the code's.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import fields
from pathlib import Path

from app.clock import COPENHAGEN
from app.commands.bus import CommandBus
from app.commands.envelope import CommandEnvelope, utc_now
from app.errors import ValidationError
from app.file_export import write_atomically
from app.ports import SettingsStore, UnitOfWorkFactory
from app.security.audit import AuditEntry, ChainLink, ChainVerdict, verify_chain
from app.security.audit_trail import AuditTrail
from app.security.ports import AuditFilter
from app.security.roles import require

DEFAULT_RETENTION_DAYS = 5 * 365
RETENTION_SETTING = "audit_retention_days"
CSV_COLUMNS = (
    ("Tid", "at"),
    ("Medarbejder", "staff_id"),
    ("Afdeling", "site_code"),
    ("Arbejdsstation", "workstation_id"),
    ("Løbenummer", "seq"),
    ("Handling", "action"),
    ("Borger", "citizen_id"),
    ("Formål", "purpose"),
    ("Detalje", "detail"),
    ("Hash", "hash"),
    ("Kædebrud", "link_note"),
)


def retention_days(settings: SettingsStore) -> int:
    value = settings.get_setting(RETENTION_SETTING)
    return int(value) if value and value.isdigit() else DEFAULT_RETENTION_DAYS


def set_retention_days(settings: SettingsStore, days: int) -> None:
    if days < 30:
        raise ValidationError("Revisionsloggen skal gemmes i mindst 30 dage.", field="days")
    settings.set_setting(RETENTION_SETTING, str(days))


def _local_time(at: str) -> str:
    return dt.datetime.fromisoformat(at).astimezone(COPENHAGEN).strftime("%d.%m.%Y %H:%M:%S")


def entries_csv(entries: Sequence[AuditEntry]) -> str:
    """Semicolon-separated (Danish Excel), local time, one line per entry."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([label for label, _ in CSV_COLUMNS])
    for entry in entries:
        row = [getattr(entry, key) for _, key in CSV_COLUMNS]
        row[0] = _local_time(entry.at)
        writer.writerow(row)
    return out.getvalue()


class AuditQueryService:
    """What the audit screen asks; every call checks the signed-in role first."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        role: Callable[[], str],
        trail: AuditTrail | None = None,
    ) -> None:
        self._uow_factory = uow_factory
        self._role = role
        self._trail = trail  # logs exports

    def find(self, where: AuditFilter, *, limit: int = 10_000) -> list[AuditEntry]:
        require(self._role(), "view_audit")
        with self._uow_factory() as uow:
            return list(uow.audit.find(where, limit=limit))

    def verify(self) -> ChainVerdict:
        """Every chain this store holds, from its anchor (if purged)."""
        require(self._role(), "view_audit")
        with self._uow_factory() as uow:
            entries: list[AuditEntry] = []
            anchors: dict[str, ChainLink] = {}
            for ws in uow.audit.workstations():
                entries += uow.audit.chain(ws)
                anchor = uow.audit.anchor(ws)
                if anchor is not None:
                    anchors[ws] = anchor
        return verify_chain(entries, anchors=anchors)

    def export_csv(self, where: AuditFilter) -> str:
        require(self._role(), "export_audit")
        entries = self.find(where)
        if self._trail is not None:
            self._trail.record("export_audit", detail=f"{len(entries)} poster: {_describe(where)}")
        return entries_csv(entries)

    def export_to(self, path: Path, where: AuditFilter) -> int:
        """Write the filtered entries as CSV; returns how many."""
        text = self.export_csv(where)
        write_export(path, text)
        return text.count("\r\n") - 1


def write_export(path: Path, text: str) -> Path:
    """Readable only by the user (0600): the file names citizens and staff. BOM: Danish
    Excel reads æøå right."""
    return write_atomically(path, text.encode("utf-8-sig"), what="Revisionsloggen", mode=0o600)


def _describe(where: AuditFilter) -> str:
    parts = [f"{f.name}={getattr(where, f.name)}" for f in fields(where) if getattr(where, f.name)]
    return ", ".join(parts) or "alle"


def purge_envelope(
    make: Callable[[str, int, dict[str, object]], CommandEnvelope],
    days: int,
    *,
    now: dt.datetime | None = None,
) -> CommandEnvelope:
    """The `purge_audit` command for a retention of `days` (run it on the bus)."""
    before = (now or utc_now()) - dt.timedelta(days=days)
    return make("purge_audit", 1, {"before": before.astimezone(dt.UTC).isoformat()})


def purge_expired(
    bus: CommandBus,
    make: Callable[[str, int, dict[str, object]], CommandEnvelope],
    settings: SettingsStore,
    *,
    now: dt.datetime | None = None,
) -> int:
    """Remove what is older than the retention period (an administrator's command)."""
    result = bus.execute_one(purge_envelope(make, retention_days(settings), now=now))
    return int(result["purged"])


class AuditRetention:
    """How long the trail is kept, and removing what is older (administrators only)."""

    def __init__(
        self,
        bus: CommandBus,
        make: Callable[[str, int, dict[str, object]], CommandEnvelope],
        settings: SettingsStore,
        *,
        role: Callable[[], str],
    ) -> None:
        self._bus = bus
        self._make = make  # the desk's envelope maker: the purge goes under the signed-in name
        self._settings = settings
        self._role = role

    def days(self) -> int:
        return retention_days(self._settings)

    def set_days(self, days: int) -> None:
        require(self._role(), "purge_audit")
        set_retention_days(self._settings, days)

    def purge(self) -> int:
        require(self._role(), "purge_audit")  # the command layer checks again
        return purge_expired(self._bus, self._make, self._settings)
