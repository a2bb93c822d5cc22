"""Importing job orders from a file: check every row first, then all or nothing.

`plan` runs each row's commands (register_company when the company is new,
then create_vacancy) through the real handlers in one transaction that is
never committed, each row in its own savepoint: a row the rules refuse is
reported with its line and the Danish reason, and the rows after it see the
rows before it (a job order twice in the file is caught). `run` then executes
exactly the accepted rows' commands in ONE transaction through the bus: either
every accepted row is imported or none is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.commands.bus import apply_command
from app.commands.envelope import CommandEnvelope, new_id
from app.entities import Staff
from app.errors import KnownError, ValidationError
from app.jobshop.records import TradeArea
from app.jobshop.vacancy_file import FileRow, read_vacancy_file
from app.ports import UnitOfWork
from app.security.roles import require
from app.text_search import fold_name
from app.visitation.service_base import VisitationServiceBase

Progress = Callable[[int, int], None]  # rows checked, rows in all
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y")


@dataclass(frozen=True, slots=True)
class AcceptedRow:
    line: int
    title: str
    company_name: str
    envelopes: tuple[CommandEnvelope, ...]


@dataclass(frozen=True, slots=True)
class RejectedRow:
    line: int
    reason: str  # Danish
    error: KnownError | None = field(default=None, compare=False)  # to show it translated


@dataclass(frozen=True, slots=True)
class ImportPlan:
    source: Path
    accepted: tuple[AcceptedRow, ...]
    rejected: tuple[RejectedRow, ...]

    @property
    def new_companies(self) -> int:
        return sum(
            1 for row in self.accepted for e in row.envelopes if e.name == "register_company"
        )


class ImportAbortedError(KnownError):
    """The store changed between the check and the import; nothing was imported."""


class VacancyImportService(VisitationServiceBase):
    def plan(self, path: Path, *, progress: Progress | None = None) -> ImportPlan:
        rows = read_vacancy_file(path)  # ImportFileError: the file as a whole is unreadable
        accepted: list[AcceptedRow] = []
        rejected: list[RejectedRow] = []
        with self._uow_factory() as uow:
            self._require_import(uow)
            uow.begin_write()  # savepoints need the transaction open from the start
            reader = _RowReader(list(uow.jobshop.trade_areas()), list(uow.reference.staff()), self)
            for done, row in enumerate(rows, start=1):
                try:
                    envelopes = reader.envelopes(uow, row)
                    with uow.savepoint():
                        for envelope in envelopes:
                            apply_command(uow, envelope, self._bus.catalogue, to_outbox=False)
                except KnownError as exc:
                    rejected.append(RejectedRow(row.line, exc.message, exc))
                else:
                    reader.remember(envelopes)
                    accepted.append(
                        AcceptedRow(
                            row.line, row.values["titel"], row.values["virksomhed"], envelopes
                        )
                    )
                if progress is not None and (done % 200 == 0 or done == len(rows)):
                    progress(done, len(rows))
            uow.rollback()  # a check only: nothing of it stays
        return ImportPlan(path, tuple(accepted), tuple(rejected))

    def run(self, plan: ImportPlan) -> int:
        """Import the accepted rows together; returns how many vacancies were created."""
        envelopes = [e for row in plan.accepted for e in row.envelopes]
        if not envelopes:
            raise ValidationError("Der er ingen gyldige rækker at importere.")
        try:
            self._run(*envelopes)
        except KnownError as exc:
            raise ImportAbortedError(
                "Importen er afbrudt, og intet er importeret: {message} Kontrollér filen igen.",
                message=exc,
            ) from None
        return len(plan.accepted)

    def _require_import(self, uow: UnitOfWork) -> None:
        staff = uow.reference.staff_member(self._ws.acting_staff_id)
        require(staff.role if staff else "", "import_vacancies")

    def envelope_for(self, name: str, args: dict[str, object]) -> CommandEnvelope:
        return self._envelope(name, args)

    @property
    def importer_id(self) -> str:
        """New companies and orders without a contact go to the person importing."""
        return self._ws.acting_staff_id


class _RowReader:
    """Turns one file row into the commands that import it."""

    def __init__(
        self, areas: list[TradeArea], staff: list[Staff], service: VacancyImportService
    ) -> None:
        self._areas = {a.code: a.code for a in areas} | {
            fold_name(a.label_da): a.code for a in areas
        }
        self._staff = {s.id: s.id for s in staff} | {s.initials.casefold(): s.id for s in staff}
        self._service = service
        self._new_companies: dict[str, str] = {}  # cvr or folded name → id created by this file

    def envelopes(self, uow: UnitOfWork, row: FileRow) -> tuple[CommandEnvelope, ...]:
        values = row.values
        if "__problem__" in values:
            raise ValidationError(values["__problem__"])
        for column in ("virksomhed", "titel", "branche", "arbejdssted", "frist"):
            if not values.get(column):
                raise ValidationError("Feltet «{column}» skal udfyldes.", column=column)
        commands: list[CommandEnvelope] = []
        company_id = self._company_id(uow, values)
        if company_id is None:
            company_id = new_id()
            commands.append(
                self._service.envelope_for(
                    "register_company",
                    {
                        "company_id": company_id,
                        "name": values["virksomhed"],
                        "cvr": values.get("cvr", ""),
                        "responsible_staff_id": self._service.importer_id,
                    },
                )
            )
        args: dict[str, object] = {
            "vacancy_id": new_id(),
            "company_id": company_id,
            "title": values["titel"],
            "trade_area": self._trade_area(values["branche"]),
            "place": values["arbejdssted"],
            "hours": values.get("arbejdstid", ""),
            "requirements": values.get("krav", ""),
            "deadline": _date(values["frist"]).isoformat(),
            "positions": _count(values.get("antal", "")),
            "contact_staff_id": self._contact(values.get("kontakt", "")),
        }
        if values.get("jobordre_id"):
            args["source_ref"] = values["jobordre_id"]
        commands.append(self._service.envelope_for("create_vacancy", args))
        return tuple(commands)

    def remember(self, envelopes: tuple[CommandEnvelope, ...]) -> None:
        for envelope in envelopes:
            if envelope.name == "register_company":
                args = envelope.args
                key = str(args["cvr"]) or fold_name(str(args["name"]))
                self._new_companies[key] = str(args["company_id"])

    def _company_id(self, uow: UnitOfWork, values: dict[str, str]) -> str | None:
        cvr = "".join(values.get("cvr", "").split())
        key = cvr or fold_name(values["virksomhed"])
        if key in self._new_companies:
            return self._new_companies[key]
        known = uow.jobshop.company_by_cvr(cvr) if cvr else uow.jobshop.company_by_name(key)
        return known.id if known else None

    def _trade_area(self, given: str) -> str:
        code = self._areas.get(given) or self._areas.get(fold_name(given))
        if code is None:
            raise ValidationError("Branchen «{given}» kendes ikke.", given=given)
        return code

    def _contact(self, given: str) -> str:
        if not given:
            return self._service.importer_id
        staff_id = self._staff.get(given) or self._staff.get(given.casefold())
        if staff_id is None:
            raise ValidationError(
                "Kontaktkonsulenten «{given}» kendes ikke (id eller initialer).", given=given
            )
        return staff_id


def _date(given: str) -> dt.date:
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(given, pattern).date()
        except ValueError:
            continue
    raise ValidationError(
        "Fristen «{given}» er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).", given=given
    )


def _count(given: str) -> int:
    if not given:
        return 1
    try:
        return int(given)
    except ValueError:
        raise ValidationError(
            "Antal stillinger «{given}» er ikke et helt tal.", given=given
        ) from None
