"""Published reference data versions in SQL (written through the ORM: sync sees them)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.reference_data.model import Kind, ReferenceVersion, rows_from_json
from shared_store.json_text import dumps
from shared_store.reference_data.tables import ReferenceDataVersionRow


def _version(row: ReferenceDataVersionRow) -> ReferenceVersion:
    return ReferenceVersion(
        kind=Kind(row.kind),
        version=row.version,
        valid_from=row.valid_from,
        rows=rows_from_json(json.loads(row.rows_json)),
        staff_id=row.staff_id,
        published_at=row.published_at,
        note=row.note,
    )


class SqlReferenceVersions:
    def __init__(self, session: Session) -> None:
        self._s = session

    def versions(self, kind: Kind) -> Sequence[ReferenceVersion]:
        stmt = (
            select(ReferenceDataVersionRow)
            .where(ReferenceDataVersionRow.kind == kind.value)
            .order_by(ReferenceDataVersionRow.version)
        )
        return [_version(r) for r in self._s.scalars(stmt)]

    def add(self, version: ReferenceVersion) -> None:
        assert version.published_at is not None
        self._s.add(
            ReferenceDataVersionRow(
                kind=version.kind.value,
                version=version.version,
                valid_from=version.valid_from,
                rows_json=dumps([dict(r) for r in version.rows]),
                note=version.note,
                staff_id=version.staff_id,
                published_at=version.published_at,
            )
        )
        self._s.flush()
