"""SQLAlchemy implementation of `app.jobnet.ports.JobnetRepository`."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.jobnet.records import CvStatus, CvStatusKind
from app.visitation.records import Orientation, OrientationMark
from shared_store.jobnet.tables import CvStatusRow
from shared_store.visitation.tables import OrientationRow


class SqlJobnet:
    def __init__(self, session: Session) -> None:
        self._s = session

    def cv_status(self, citizen_id: str) -> CvStatus | None:
        r = self._s.get(CvStatusRow, citizen_id)
        if r is None:
            return None
        return CvStatus(
            citizen_id=r.citizen_id,
            status=CvStatusKind(r.status),
            cv_date=r.cv_date,
            approved_on=r.approved_on,
            approved_by=r.approved_by,
            source=r.source,
            changed_at=r.changed_at,
            changed_by=r.changed_by,
        )

    def save_cv_status(self, status: CvStatus) -> None:
        self._s.merge(
            CvStatusRow(
                citizen_id=status.citizen_id,
                status=status.status.value,
                cv_date=status.cv_date,
                approved_on=status.approved_on,
                approved_by=status.approved_by,
                source=status.source,
                changed_at=status.changed_at,
                changed_by=status.changed_by,
            )
        )
        self._s.flush()

    def orientations_for(self, citizen_id: str) -> Sequence[Orientation]:
        # The orientation checklist is visitation's table; the card only reads it.
        stmt = (
            select(OrientationRow)
            .where(OrientationRow.citizen_id == citizen_id)
            .order_by(OrientationRow.recorded_at.desc())
        )
        return [
            Orientation(
                r.visitation_id,
                r.citizen_id,
                r.scheme_code,
                r.scheme_version,
                {k: OrientationMark(**v) for k, v in json.loads(r.items_json).items()},
                r.staff_id,
                r.recorded_at,
            )
            for r in self._s.scalars(stmt)
        ]
