"""SQLAlchemy implementation of `app.security.ports` (credentials and the audit trail)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.security.audit import AuditEntry, ChainLink, audit_time
from app.security.ports import AuditFilter, Credential
from shared_store.security.tables import AuditAnchorRow, AuditEntryRow, StaffCredentialRow

_ENTRY_FIELDS = (
    "id",
    "workstation_id",
    "seq",
    "at",
    "staff_id",
    "site_code",
    "action",
    "citizen_id",
    "purpose",
    "detail",
    "prev_hash",
    "hash",
    "link_note",
)


def _entry(row: AuditEntryRow) -> AuditEntry:
    return AuditEntry(**{name: getattr(row, name) for name in _ENTRY_FIELDS})


class SqlCredentials:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, staff_id: str) -> Credential | None:
        r = self._s.get(StaffCredentialRow, staff_id)
        if r is None:
            return None
        return Credential(r.staff_id, r.secret_hash, r.failed_count, r.locked_until, r.changed_at)

    def save(self, credential: Credential) -> None:
        self._s.merge(
            StaffCredentialRow(
                staff_id=credential.staff_id,
                secret_hash=credential.secret_hash,
                failed_count=credential.failed_count,
                locked_until=credential.locked_until,
                changed_at=credential.changed_at,
            )
        )
        self._s.flush()


class SqlAudit:
    def __init__(self, session: Session) -> None:
        self._s = session

    def head(self, workstation_id: str) -> ChainLink | None:
        row = self._s.scalars(
            select(AuditEntryRow)
            .where(AuditEntryRow.workstation_id == workstation_id)
            .order_by(AuditEntryRow.seq.desc())
            .limit(1)
        ).first()
        return ChainLink(row.seq, row.hash) if row else self.anchor(workstation_id)

    def add(self, entry: AuditEntry) -> None:
        self._s.add(AuditEntryRow(**{name: getattr(entry, name) for name in _ENTRY_FIELDS}))
        self._s.flush()

    def get(self, entry_id: str) -> AuditEntry | None:
        row = self._s.get(AuditEntryRow, entry_id)
        return _entry(row) if row else None

    def chain(self, workstation_id: str) -> Sequence[AuditEntry]:
        rows = self._s.scalars(
            select(AuditEntryRow)
            .where(AuditEntryRow.workstation_id == workstation_id)
            .order_by(AuditEntryRow.seq)
        )
        return [_entry(r) for r in rows]

    def anchor(self, workstation_id: str) -> ChainLink | None:
        row = self._s.get(AuditAnchorRow, workstation_id)
        return ChainLink(row.seq, row.hash) if row else None

    def workstations(self) -> Sequence[str]:
        entries = select(AuditEntryRow.workstation_id).distinct()
        anchors = select(AuditAnchorRow.workstation_id)
        return sorted(set(self._s.scalars(entries)) | set(self._s.scalars(anchors)))

    def find(self, where: AuditFilter, *, limit: int = 10_000) -> Sequence[AuditEntry]:
        stmt = select(AuditEntryRow)
        for column, value in (
            (AuditEntryRow.staff_id, where.staff_id),
            (AuditEntryRow.citizen_id, where.citizen_id),
            (AuditEntryRow.action, where.action),
            (AuditEntryRow.site_code, where.site_code),
            (AuditEntryRow.workstation_id, where.workstation_id),
        ):
            if value:
                stmt = stmt.where(column == value)
        if where.since is not None:
            stmt = stmt.where(AuditEntryRow.at >= audit_time(where.since))
        if where.until is not None:
            stmt = stmt.where(AuditEntryRow.at < audit_time(where.until))
        stmt = stmt.order_by(AuditEntryRow.at, AuditEntryRow.workstation_id, AuditEntryRow.seq)
        return [_entry(r) for r in self._s.scalars(stmt.limit(limit))]

    def purge_prefix(self, workstation_id: str, before: str) -> int:
        in_chain = AuditEntryRow.workstation_id == workstation_id
        first_kept = self._s.scalar(
            select(func.min(AuditEntryRow.seq)).where(in_chain, AuditEntryRow.at >= before)
        )
        stmt = select(AuditEntryRow).where(in_chain).order_by(AuditEntryRow.seq)
        if first_kept is not None:
            stmt = stmt.where(AuditEntryRow.seq < first_kept)
        doomed = list(self._s.scalars(stmt))
        if not doomed:
            return 0
        last = doomed[-1]
        self._s.merge(
            AuditAnchorRow(
                workstation_id=workstation_id,
                site_code=last.site_code,
                seq=last.seq,
                hash=last.hash,
                purged_before=before,
            )
        )
        for row in doomed:  # through the ORM: the sync logs see every deletion
            self._s.delete(row)
        self._s.flush()
        return len(doomed)
