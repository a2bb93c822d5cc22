"""Queue statistics on the wire (GET /v1/queue/statistics): rows as plain JSON and back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.queue.day_statistics import StatisticsRow


@dataclass(frozen=True, slots=True)
class StatisticsReport:
    site_codes: tuple[str, ...]  # the sites the figures cover (the server cuts by role)
    per_counter: tuple[StatisticsRow, ...]
    per_service: tuple[StatisticsRow, ...]


def _row_to_wire(row: StatisticsRow) -> dict[str, Any]:
    data = dataclasses.asdict(row)
    data["day"] = row.day.isoformat()
    return data


def _optional_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _row_from_wire(data: Any) -> StatisticsRow:
    return StatisticsRow(
        day=dt.date.fromisoformat(str(data["day"])),
        site_code=str(data["site_code"]),
        service_code=str(data["service_code"]),
        channel=str(data.get("channel", "walk_in")),  # a server without callbacks
        counter_number=None if data["counter_number"] is None else int(data["counter_number"]),
        arrivals=int(data["arrivals"]),
        served=int(data["served"]),
        no_shows=int(data["no_shows"]),
        cancelled=int(data["cancelled"]),
        wait_p50_min=_optional_float(data["wait_p50_min"]),
        wait_p90_min=_optional_float(data["wait_p90_min"]),
        service_mean_min=_optional_float(data["service_mean_min"]),
        service_p90_min=_optional_float(data["service_p90_min"]),
    )


def to_wire(
    site_codes: Sequence[str],
    per_counter: Sequence[StatisticsRow],
    per_service: Sequence[StatisticsRow],
) -> dict[str, Any]:
    return {
        "sites": list(site_codes),
        "per_counter": [_row_to_wire(r) for r in per_counter],
        "per_service": [_row_to_wire(r) for r in per_service],
    }


def from_wire(data: Any) -> StatisticsReport:
    """Raises ValueError on anything malformed (KeyError and TypeError included)."""
    try:
        return StatisticsReport(
            site_codes=tuple(str(s) for s in data["sites"]),
            per_counter=tuple(_row_from_wire(r) for r in data["per_counter"]),
            per_service=tuple(_row_from_wire(r) for r in data["per_service"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError(f"malformed statistics: {exc}") from exc
