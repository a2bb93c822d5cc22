"""Writes queue statistics as CSV (for Danish Excel) or XLSX; never half a file.

CSV: UTF-8 with BOM, ';' between fields and a decimal comma, as Danish Excel
opens it with a double click; dates ISO. XLSX (openpyxl): two sheets, per
counter and per service, bold frozen header, numbers stored as numbers. Both
are written to a temporary file in the target folder and renamed into place.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Sequence
from pathlib import Path

from app.file_export import write_atomically
from app.queue.day_statistics import StatisticsRow

HEADERS = (
    "Dato",
    "Afdeling",
    "Kø",
    "Kanal",
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
CHANNELS = {"walk_in": "fremmøde", "phone": "tilbagekald"}  # Ticket.channel as a reader says it
MINUTES_FROM = HEADERS.index("Ventetid p50 (min)")


def _cells(row: StatisticsRow) -> list[object]:
    values = dataclasses.astuple(row)
    day, site, service, channel, counter, *numbers = values
    rounded = [round(v, 1) if isinstance(v, float) else v for v in numbers]
    way = CHANNELS.get(channel, channel)
    return [day.isoformat(), site, service, way, "" if counter is None else counter, *rounded]


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
    # 0644: colleagues open the statistics too
    return write_atomically(path, data, what="Statistikken", mode=0o644)
