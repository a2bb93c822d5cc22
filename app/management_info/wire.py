"""Production figures as JSON between the server and the desk (rows as compact lists).

    {"period_start": "2026-11-01", "period_end": "2026-11-30", "sites": ["MUS", ...],
     "per_staff": false, "origin": "server", "computed_at": "2026-12-01T08:00:00+00:00",
     "targets": {"kvik_met_share": 1.0, ...}, "staff": [["mus-bbj", "BBJ", "Birthe …"]],
     "rows": [["koe", "ankomster", "2026-11-02", "MUS", "jobbutik", null, "", "", 17], ...]}

`from_wire` raises ValueError on anything else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from app.management_info.figures import (
    FigureRow,
    FiguresOrigin,
    Measure,
    ProductionFigures,
    Section,
    StaffLabel,
    Targets,
)


def to_wire(figures: ProductionFigures) -> dict[str, Any]:
    return {
        "period_start": figures.period_start.isoformat(),
        "period_end": figures.period_end.isoformat(),
        "sites": list(figures.sites),
        "per_staff": figures.per_staff,
        "origin": figures.origin.value,
        "computed_at": figures.computed_at.isoformat(),
        "targets": dataclasses.asdict(figures.targets),
        "staff": [[s.staff_id, s.initials, s.name] for s in figures.staff],
        "rows": [
            [
                r.section.value,
                r.measure.value,
                r.day.isoformat(),
                r.site_code,
                r.unit,
                r.staff_id,
                r.group,
                r.breakdown,
                r.value,
            ]
            for r in figures.rows
        ],
    }


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("expected text")
    return value


def _row(raw: object) -> FigureRow:
    if not isinstance(raw, list) or len(raw) != 9:
        raise ValueError("a figure row has nine fields")
    section, measure, day, site, unit, staff, group, breakdown, value = raw
    if staff is not None:
        staff = _text(staff)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError("a figure is a whole number")
    return FigureRow(
        Section(section),
        Measure(measure),
        dt.date.fromisoformat(_text(day)),
        _text(site),
        _text(unit),
        staff,
        _text(group),
        _text(breakdown),
        value,
    )


def from_wire(data: object) -> ProductionFigures:
    if not isinstance(data, dict):
        raise ValueError("production figures are an object")
    try:
        targets = data.get("targets", {})
        if not isinstance(targets, dict):
            raise ValueError("targets are an object")
        known = {f.name for f in dataclasses.fields(Targets)}
        computed_at = dt.datetime.fromisoformat(_text(data["computed_at"]))
        return ProductionFigures(
            period_start=dt.date.fromisoformat(_text(data["period_start"])),
            period_end=dt.date.fromisoformat(_text(data["period_end"])),
            sites=tuple(_text(s) for s in data["sites"]),
            per_staff=bool(data["per_staff"]),
            origin=FiguresOrigin(data["origin"]),
            computed_at=computed_at,
            rows=tuple(_row(r) for r in data["rows"]),
            targets=Targets(**{k: v for k, v in targets.items() if k in known}),
            staff=tuple(
                StaffLabel(_text(s[0]), _text(s[1]), _text(s[2])) for s in data.get("staff", [])
            ),
        )
    except (KeyError, TypeError, IndexError) as exc:
        raise ValueError(f"production figures: {exc}") from exc
