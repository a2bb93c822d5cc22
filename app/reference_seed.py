"""Seed data for sites, counters, services, support bases and staff: data, not code."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from app.entities import Counter, Service, Site, Staff, SupportBasis, SupportBasisInfo


@dataclass(frozen=True, slots=True)
class ReferenceSeed:
    sites: tuple[Site, ...]
    counters: tuple[Counter, ...]
    services: tuple[Service, ...]
    support_bases: tuple[SupportBasisInfo, ...]
    staff: tuple[Staff, ...]


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def parse_reference_seed(data: dict[str, Any]) -> ReferenceSeed:
    sites = tuple(Site(**row) for row in data["sites"])
    counters = tuple(
        Counter(site_code=code, number=n, name=f"Skranke {n}")
        for code, count in data["counters_per_site"].items()
        for n in range(1, int(count) + 1)
    )
    return ReferenceSeed(
        sites=sites,
        counters=counters,
        services=tuple(Service(**row) for row in data["services"]),
        support_bases=tuple(
            SupportBasisInfo(
                code=SupportBasis(row["code"]),
                label_da=row["label_da"],
                label_en=row["label_en"],
                valid_from=_date(row.get("valid_from")),
                valid_to=_date(row.get("valid_to")),
            )
            for row in data["support_bases"]
        ),
        staff=tuple(Staff(**row) for row in data["staff"]),
    )


def load_reference_seed() -> ReferenceSeed:
    text = resources.files("resources.seed").joinpath("reference.json").read_text("utf-8")
    return parse_reference_seed(json.loads(text))
