"""What Skranke keeps about a citizen's CV on Jobnet (one row per citizen)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.errors import Phrase


class CvStatusKind(StrEnum):
    NONE = "ingen"
    ON_JOBNET = "paa_jobnet"
    APPROVED = "godkendt"

    @property
    def label_da(self) -> str:
        return _LABELS[self]


_LABELS = {
    CvStatusKind.NONE: Phrase("Intet CV"),
    CvStatusKind.ON_JOBNET: Phrase("CV på Jobnet"),
    CvStatusKind.APPROVED: Phrase("CV godkendt"),
}

SOURCE_DESK = "skranke"  # approved by the job shop at a desk
SOURCE_FILE = "jobnet_fil"  # reported by an export from Jobnet


@dataclass(frozen=True, slots=True)
class CvStatus:
    citizen_id: str
    status: CvStatusKind
    cv_date: dt.date | None  # when the CV was (last) put on Jobnet
    approved_on: dt.date | None
    approved_by: str  # a staff id; "" when the approval came from Jobnet's own file
    source: str  # SOURCE_DESK or SOURCE_FILE: where the latest change came from
    changed_at: dt.datetime
    changed_by: str

    @property
    def latest_date(self) -> dt.date | None:
        """The newest date the row knows: a report older than it is stale."""
        days = [d for d in (self.cv_date, self.approved_on) if d is not None]
        return max(days) if days else None
