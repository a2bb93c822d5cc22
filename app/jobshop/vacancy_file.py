"""Reading a file of job orders (CSV or JSON) into rows; the format is docs/vacancy-import.md.

This module only reads: each row becomes a dict of the import's Danish column
names, or a problem with its line number. Whether a row may be imported is
decided by the commands themselves (app/jobshop/vacancy_import.py).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path

from app.errors import KnownError

REQUIRED = ("virksomhed", "titel", "branche", "arbejdssted", "frist")
OPTIONAL = ("jobordre_id", "cvr", "arbejdstid", "krav", "antal", "kontakt")
COLUMNS = REQUIRED + OPTIONAL
MAX_BYTES = 50 * 1024 * 1024


class ImportFileError(KnownError):
    """The file as a whole cannot be read: nothing is imported."""


@dataclass(frozen=True, slots=True)
class FileRow:
    line: int  # the line in a CSV file (header = 1), the position (1, 2, …) in a JSON list
    values: dict[str, str]


def read_vacancy_file(path: Path) -> list[FileRow]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError("Filen kan ikke læses: {value}.", value=exc.strerror or exc) from None
    if len(raw) > MAX_BYTES:
        raise ImportFileError("Filen er for stor (højst 50 MB).")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError("Filen skal være gemt som UTF-8.") from None
    if path.suffix.lower() == ".json":
        return _json_rows(text)
    return _csv_rows(text)


def _csv_rows(text: str) -> list[FileRow]:
    if not text.strip():
        raise ImportFileError("Filen er tom.")
    first_line = text.splitlines()[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().casefold() for h in next(reader)]
    _check_header(header)
    rows = []
    for record in reader:
        if not any(cell.strip() for cell in record):
            continue  # blank lines are not rows
        line = reader.line_num
        if len(record) > len(header):
            rows.append(FileRow(line, {"__problem__": "Rækken har flere felter end overskriften."}))
            continue
        rows.append(FileRow(line, {h: c.strip() for h, c in zip(header, record, strict=False)}))
    return rows


def _json_rows(text: str) -> list[FileRow]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(
            "JSON-filen kan ikke læses (linje {lineno}): {msg}.", lineno=exc.lineno, msg=exc.msg
        ) from None
    items = data.get("jobordrer") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ImportFileError(
            'JSON-filen skal være en liste af jobordrer eller {"jobordrer": [...]}.'
        )
    rows = []
    for position, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            rows.append(FileRow(position, {"__problem__": "Elementet er ikke et JSON-objekt."}))
            continue
        keys = {str(k).strip().casefold(): v for k, v in item.items()}
        unknown = sorted(set(keys) - set(COLUMNS))
        if unknown:
            problem = f"Ukendte felter: {', '.join(unknown)}."
            rows.append(FileRow(position, {"__problem__": problem}))
            continue
        rows.append(
            FileRow(position, {k: "" if v is None else str(v).strip() for k, v in keys.items()})
        )
    return rows


def _check_header(header: list[str]) -> None:
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportFileError(
            "Overskriften mangler kolonnerne: {missing} (se formatet: {columns}).",
            missing=", ".join(missing),
            columns=", ".join(COLUMNS),
        )
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise ImportFileError(
            "Ukendte kolonner i overskriften: {unknown}.", unknown=", ".join(unknown)
        )
    if len(set(header)) != len(header):
        raise ImportFileError("En kolonne står to gange i overskriften.")
