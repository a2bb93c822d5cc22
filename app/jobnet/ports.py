"""What Jobnet at the counter needs from storage, and the Jobnet connection itself.

`JobnetConnection` is the port a real integration plugs into later; today the only
adapter reads an export file (app/jobnet/export_file.py). Nothing calls Jobnet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from app.errors import KnownError
from app.jobnet.records import CvStatus, CvStatusKind
from app.visitation.records import Orientation


class JobnetRepository(Protocol):
    def cv_status(self, citizen_id: str) -> CvStatus | None: ...
    def save_cv_status(self, status: CvStatus) -> None: ...
    def orientations_for(self, citizen_id: str) -> Sequence[Orientation]: ...  # newest first


@dataclass(frozen=True, slots=True)
class CvReport:
    """One citizen's CV status as Jobnet reports it."""

    line: int  # where in the source (a file's line, a list's position)
    cpr: str  # ten digits, checked
    status: CvStatusKind
    day: dt.date


@dataclass(frozen=True, slots=True)
class ReportProblem:
    """A report that cannot be read; the rest of the source is still used."""

    line: int
    error: KnownError = field(compare=False)


class JobnetConnection(Protocol):
    """Where CV statuses come from: a file today, Jobnet's own interface later."""

    @property
    def source_name(self) -> str: ...

    def cv_reports(self) -> Sequence[CvReport | ReportProblem]:
        """Every report; a source that cannot be read at all raises KnownError."""
        ...
