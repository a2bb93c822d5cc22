"""Production figures as CSV (for Danish Excel) or XLSX; never half a file.

One line per figure row, the same flat table the dashboard reads: section and
measure by their Danish names, then day, site, unit, (staff member), group,
breakdown and the count. Unit, group and breakdown are the codes the figures
carry (a queue service, a support basis, a category, an outcome, a topic).
CSV: UTF-8 with BOM and ';' between fields, as Danish Excel opens it with a
double click; dates ISO. XLSX (openpyxl): the sheet «Tal» with a bold frozen
header and counts stored as numbers, and the sheet «Mål» with the targets. Both
are written to a temporary file beside the target and renamed into place
(app/file_export.py), as the queue statistics are.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Sequence
from pathlib import Path

from app.file_export import write_atomically
from app.management_info.figures import FigureRow, ProductionFigures

HEADERS = ("Område", "Mål", "Dato", "Afdeling", "Enhed", "Gruppe", "Opdeling", "Antal")
STAFF_HEADERS = ("Medarbejder-id", "Medarbejder")
SHEET, TARGETS_SHEET = "Tal", "Mål"
TARGET_NAMES = {
    "kvik_met_share": "Kvikservice: andel opfyldt inden for svarfristen",
    "kvik_due_working_days": "Kvikservice: svarfrist (arbejdsdage)",
    "queue_warn_minutes": "Kø: gul ved længste ventetid over (min)",
    "queue_limit_minutes": "Kø: rød ved længste ventetid over (min)",
    "queue_service_level_minutes": "Kø: kaldt inden for (min)",
    "hearing_conclusion_days": "Partshøring: afsluttet senest dage efter fristen",
}


def headers(figures: ProductionFigures) -> tuple[str, ...]:
    if not figures.per_staff:
        return HEADERS
    return (*HEADERS[:4], *STAFF_HEADERS, *HEADERS[4:])


def _rows(figures: ProductionFigures, sites: Sequence[str] | None) -> list[FigureRow]:
    wanted = None if sites is None else set(sites)
    return [r for r in figures.rows if wanted is None or r.site_code in wanted]


def cells(figures: ProductionFigures, row: FigureRow) -> list[object]:
    first: list[object] = [
        row.section.label_da,
        row.measure.label_da,
        row.day.isoformat(),
        row.site_code,
    ]
    if figures.per_staff:
        names = {s.staff_id: s.name for s in figures.staff}
        first += [row.staff_id or "", names.get(row.staff_id or "", "")]
    return [*first, row.unit, row.group, row.breakdown, row.value]


def csv_text(figures: ProductionFigures, sites: Sequence[str] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers(figures))
    for row in _rows(figures, sites):
        writer.writerow([str(v) for v in cells(figures, row)])
    return out.getvalue()


def write_csv(path: Path, figures: ProductionFigures, sites: Sequence[str] | None = None) -> int:
    """Writes the figures (of `sites`, all when None) as CSV; returns the number of rows."""
    _atomic(path, csv_text(figures, sites).encode("utf-8-sig"))
    return len(_rows(figures, sites))


def write_xlsx(path: Path, figures: ProductionFigures, sites: Sequence[str] | None = None) -> int:
    """Writes the figures (of `sites`, all when None) as XLSX; returns the number of rows."""
    from openpyxl import Workbook  # imported on use: only an export needs it
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    sheet = book.create_sheet(SHEET)
    sheet.append(list(headers(figures)))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    rows = _rows(figures, sites)
    for row in rows:
        sheet.append(cells(figures, row))
    for column in sheet.columns:
        sheet.column_dimensions[column[0].column_letter].width = max(
            10, len(str(column[0].value)) + 2
        )
    targets = book.create_sheet(TARGETS_SHEET)
    targets.append(["Mål", "Værdi"])
    for cell in targets[1]:
        cell.font = Font(bold=True)
    for name, value in dataclasses.asdict(figures.targets).items():
        targets.append([TARGET_NAMES.get(name, name), value])
    targets.column_dimensions["A"].width = 50
    buffer = io.BytesIO()
    book.save(buffer)
    _atomic(path, buffer.getvalue())
    return len(rows)


def write_figures(
    path: Path, figures: ProductionFigures, sites: Sequence[str] | None = None
) -> int:
    """CSV or XLSX by the path's suffix (.xlsx: Excel; anything else: CSV)."""
    if path.suffix.lower() == ".xlsx":
        return write_xlsx(path, figures, sites)
    return write_csv(path, figures, sites)


def _atomic(path: Path, data: bytes) -> Path:
    # 0644: colleagues open the figures too
    return write_atomically(path, data, what="Ledelsesinformationen", mode=0o644)
