"""Writes queue statistics as CSV (for Danish Excel) or XLSX; never half a file.

CSV: UTF-8 with BOM, ';' between fields and a decimal comma, as Danish Excel
opens it with a double click; dates ISO. XLSX (openpyxl): two sheets, per
counter and per service, bold frozen header, numbers stored as numbers. Both
are written to a temporary file in the target folder and renamed into place.
"""

from __future__ import annotations

import csv
import dataclasses
import errno
import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from app.errors import KnownError
from app.queue.day_statistics import StatisticsRow

HEADERS = (
    "Dato",
    "Afdeling",
    "Kø",
    "Skranke",
    "Ankomne",
    "Betjent",
    "Udeblevet",
    "Annulleret",
    "Ventetid p50 (min)",
    "Ventetid p90 (min)",
    "Betjeningstid gns. (min)",
    "Betjeningstid p90 (min)",
)
SHEETS = ("Pr. skranke", "Pr. kø")
MINUTES_FROM = HEADERS.index("Ventetid p50 (min)")


class ExportError(KnownError):
    """The statistics file could not be written where the user asked."""


_REASONS = {  # the OS says why in English; the user reads Danish
    errno.ENOENT: "mappen findes ikke",
    errno.EACCES: "du har ikke lov til at skrive der",
    errno.EPERM: "du har ikke lov til at skrive der",
    errno.EROFS: "drevet er skrivebeskyttet",
    errno.ENOSPC: "der er ikke plads på drevet",
    errno.EISDIR: "der ligger en mappe med det navn",
}


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, "filen kunne ikke skrives")


def _cells(row: StatisticsRow) -> list[object]:
    values = dataclasses.astuple(row)
    day, site, service, counter, *numbers = values
    rounded = [round(v, 1) if isinstance(v, float) else v for v in numbers]
    return [day.isoformat(), site, service, "" if counter is None else counter, *rounded]


def _danish(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    return str(value)


def csv_text(rows: Sequence[StatisticsRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([_danish(v) for v in _cells(row)])
    return out.getvalue()


def write_csv(path: Path, rows: Sequence[StatisticsRow]) -> Path:
    return _atomic(path, csv_text(rows).encode("utf-8-sig"))


def write_xlsx(
    path: Path, per_counter: Sequence[StatisticsRow], per_service: Sequence[StatisticsRow]
) -> Path:
    from openpyxl import Workbook  # imported on use: only an export needs it
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for title, rows in zip(SHEETS, (per_counter, per_service), strict=True):
        sheet = book.create_sheet(title)
        sheet.append(list(HEADERS))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for row in rows:
            sheet.append([None if v == "" else v for v in _cells(row)])
            for cell in sheet[sheet.max_row][MINUTES_FROM:]:
                cell.number_format = "0.0"  # minutes show one decimal, stay numbers
        for column in sheet.columns:
            sheet.column_dimensions[column[0].column_letter].width = max(
                10, len(str(column[0].value)) + 2
            )
    buffer = io.BytesIO()
    book.save(buffer)
    return _atomic(path, buffer.getvalue())


def _atomic(path: Path, data: bytes) -> Path:
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".skranke-", suffix=".tmp")
    except OSError as exc:
        raise ExportError(
            f"Statistikken kunne ikke gemmes i mappen {path.parent}: {_reason(exc)}."
        ) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.chmod(temporary, 0o644)  # mkstemp makes it 0600: colleagues could not open it
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"Statistikken kunne ikke gemmes som {path}: {_reason(exc)}.") from exc
    return path
