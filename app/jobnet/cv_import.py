"""Applying Jobnet's CV statuses through commands: check every report, keep the good ones.

Like the vacancy import (docs/vacancy-import.md): `plan` runs each report's
`record_cv_status` through the real handler in a transaction that is never committed,
each in its own savepoint, so a row is judged exactly as the desk and the server judge
it; `run` executes the accepted rows' commands through the bus in one transaction. A
rejected row (a wrong CPR, an unknown citizen, a stale date) never costs the good ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.commands.bus import apply_command
from app.commands.envelope import CommandEnvelope, new_id
from app.cpr import mask_cpr
from app.errors import KnownError, NotFoundError, ValidationError
from app.jobnet.export_file import line_error
from app.jobnet.ports import CvReport, JobnetConnection
from app.ports import UnitOfWork
from app.security.roles import require
from app.visitation.service_base import VisitationServiceBase


@dataclass(frozen=True, slots=True)
class AcceptedReport:
    line: int
    masked_cpr: str
    envelope: CommandEnvelope


@dataclass(frozen=True, slots=True)
class RejectedReport:
    line: int
    error: KnownError  # its message names the line

    @property
    def reason(self) -> str:
        return self.error.message


@dataclass(frozen=True, slots=True)
class CvImportPlan:
    source: str
    accepted: tuple[AcceptedReport, ...]
    rejected: tuple[RejectedReport, ...]


class CvImportAbortedError(KnownError):
    """The store changed between the check and the import; nothing was imported."""


class CvStatusImport(VisitationServiceBase):
    def plan(self, connection: JobnetConnection) -> CvImportPlan:
        reports = connection.cv_reports()  # KnownError: the source as a whole is unreadable
        accepted: list[AcceptedReport] = []
        rejected: list[RejectedReport] = []
        with self._uow_factory() as uow:
            self._require(uow)
            uow.begin_write()  # savepoints need the transaction open from the start
            for report in reports:
                if not isinstance(report, CvReport):
                    rejected.append(RejectedReport(report.line, report.error))
                    continue
                try:
                    envelope = self._envelope_for(uow, report)
                    with uow.savepoint():
                        apply_command(uow, envelope, self._bus.catalogue, to_outbox=False)
                except KnownError as exc:
                    rejected.append(RejectedReport(report.line, line_error(report.line, exc)))
                else:
                    accepted.append(AcceptedReport(report.line, mask_cpr(report.cpr), envelope))
            uow.rollback()  # a check only: nothing of it stays
        return CvImportPlan(connection.source_name, tuple(accepted), tuple(rejected))

    def run(self, plan: CvImportPlan) -> int:
        """Apply the accepted rows together; returns how many."""
        if not plan.accepted:
            raise ValidationError("Der er ingen gyldige rækker at indlæse.")
        try:
            self._run(*(row.envelope for row in plan.accepted))
        except KnownError as exc:
            raise CvImportAbortedError(
                "Indlæsningen er afbrudt, og intet er indlæst: {message} Kontrollér filen igen.",
                message=exc,
            ) from None
        return len(plan.accepted)

    def _require(self, uow: UnitOfWork) -> None:
        staff = uow.reference.staff_member(self._ws.acting_staff_id)
        require(staff.role if staff else "", "record_cv_status")

    def _envelope_for(self, uow: UnitOfWork, report: CvReport) -> CommandEnvelope:
        citizen = uow.citizens.by_cpr(report.cpr)
        if citizen is None:
            raise NotFoundError(
                "Ingen borger med CPR-nummeret {cpr} er registreret.", cpr=mask_cpr(report.cpr)
            )
        args = {
            "report_id": new_id(),
            "citizen_id": citizen.id,
            "status": report.status.value,
            "status_date": report.day.isoformat(),
        }
        return self._envelope("record_cv_status", args)
