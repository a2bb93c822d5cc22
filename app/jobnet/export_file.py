"""The Jobnet connection's file adapter: an export of CV statuses (CSV or JSON).

Columns `cpr`, `status`, `dato` (docs/user-guide.md, «Jobnet ved skranken»). A file that cannot be read as a whole
raises `JobnetFileError`; a row that cannot be read becomes a `ReportProblem` naming its
line (the header is line 1; a JSON list counts from 1), and the good rows are kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.cpr import parse_cpr
from app.errors import Fragment, KnownError, ValidationError
from app.jobnet.ports import CvReport, ReportProblem
from app.jobnet.records import CvStatusKind

COLUMNS = ("cpr", "status", "dato")
MAX_BYTES = 20 * 1024 * 1024
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y")
# What Jobnet's exports and people write → the status (case and spaces ignored).
_STATUSES = {
    "ingen": CvStatusKind.NONE,
    "intet": CvStatusKind.NONE,
    "intet cv": CvStatusKind.NONE,
    "paa_jobnet": CvStatusKind.ON_JOBNET,
    "på jobnet": CvStatusKind.ON_JOBNET,
    "paa jobnet": CvStatusKind.ON_JOBNET,
    "oprettet": CvStatusKind.ON_JOBNET,
    "godkendt": CvStatusKind.APPROVED,
}


class JobnetFileError(KnownError):
    """The file as a whole cannot be read: nothing is imported."""


def line_error(line: int, error: KnownError) -> ValidationError:
    """The row's own reason, with its line in front (translated as one template)."""
    return ValidationError(
        "Linje {line}: {problem}", line=line, problem=Fragment(error.template, **error.values)
    )


class JobnetExportFile:
    """Implements `app.jobnet.ports.JobnetConnection` over a file on disk."""

    def __init__(self, path: Path, *, today: dt.date | None = None) -> None:
        self._path = path
        self._today = today

    @property
    def source_name(self) -> str:
        return self._path.name

    def cv_reports(self) -> Sequence[CvReport | ReportProblem]:
        text = self._text()
        rows = _json_rows(text) if self._path.suffix.lower() == ".json" else _csv_rows(text)
        return [self._report(line, values) for line, values in rows]

    def _text(self) -> str:
        try:
            raw = self._path.read_bytes()
        except OSError as exc:
            raise JobnetFileError(
                "Filen kan ikke læses: {value}.", value=exc.strerror or type(exc).__name__
            ) from None
        if len(raw) > MAX_BYTES:
            raise JobnetFileError("Filen er for stor (højst 20 MB).")
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise JobnetFileError("Filen skal være gemt som UTF-8.") from None

    def _report(self, line: int, values: dict[str, str] | KnownError) -> CvReport | ReportProblem:
        try:
            if isinstance(values, KnownError):
                raise values
            return CvReport(
                line=line,
                cpr=parse_cpr(values.get("cpr", ""), today=self._today).digits,
                status=_status(values.get("status", "")),
                day=_date(values.get("dato", "")),
            )
        except KnownError as exc:  # a CprError too: the CPR's own reason
            return ReportProblem(line, line_error(line, exc))


def _status(given: str) -> CvStatusKind:
    status = _STATUSES.get(" ".join(given.casefold().split()))
    if status is None:
        raise ValidationError(
            "Status «{given}» kendes ikke (ingen, på jobnet eller godkendt).", given=given
        )
    return status


def _date(given: str) -> dt.date:
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(given.strip(), pattern).date()
        except ValueError:
            continue
    raise ValidationError(
        "Datoen «{given}» er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).", given=given
    )


def _csv_rows(text: str) -> list[tuple[int, dict[str, str] | KnownError]]:
    if not text.strip():
        raise JobnetFileError("Filen er tom.")
    first_line = text.splitlines()[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().casefold() for h in next(reader)]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise JobnetFileError(
            "Overskriften mangler kolonnerne: {missing} (filen skal have {columns}).",
            missing=", ".join(missing),
            columns=", ".join(COLUMNS),
        )
    rows: list[tuple[int, dict[str, str] | KnownError]] = []
    for record in reader:
        if not any(cell.strip() for cell in record):
            continue  # blank lines are not rows
        if len(record) != len(header):
            problem = ValidationError(
                "Rækken har {found} felter, men overskriften har {wanted}.",
                found=len(record),
                wanted=len(header),
            )
            rows.append((reader.line_num, problem))
            continue
        rows.append((reader.line_num, {h: c.strip() for h, c in zip(header, record, strict=True)}))
    return rows


def _json_rows(text: str) -> list[tuple[int, dict[str, str] | KnownError]]:
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise JobnetFileError(
            "JSON-filen kan ikke læses (linje {lineno}): {msg}.", lineno=exc.lineno, msg=exc.msg
        ) from None
    items = data.get("cv") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise JobnetFileError('JSON-filen skal være en liste af CV-statusser eller {"cv": [...]}.')
    rows: list[tuple[int, dict[str, str] | KnownError]] = []
    for position, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            rows.append((position, ValidationError("Elementet er ikke et JSON-objekt.")))
            continue
        keys = {str(k).strip().casefold(): "" if v is None else str(v) for k, v in item.items()}
        rows.append((position, keys))
    return rows
