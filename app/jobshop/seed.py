"""The job shop's configuration: trade areas and rules (resources/seed/jobshop.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from app.jobshop.records import JobshopRules, TradeArea


@dataclass(frozen=True, slots=True)
class JobshopSeed:
    trade_areas: tuple[TradeArea, ...]
    rules: JobshopRules


def parse_rules(body: dict[str, Any]) -> JobshopRules:
    return JobshopRules(
        contact_warning_days=int(body["contact_warning_days"]),
        kvik_visit_window_days=int(body["kvik_visit_window_days"]),
        closed_days=tuple(str(d) for d in body["closed_days"]),
    )


def rules_body(rules: JobshopRules) -> dict[str, Any]:
    return {
        "contact_warning_days": rules.contact_warning_days,
        "kvik_visit_window_days": rules.kvik_visit_window_days,
        "closed_days": list(rules.closed_days),
    }


def load_jobshop_seed() -> JobshopSeed:
    text = resources.files("resources.seed").joinpath("jobshop.json").read_text("utf-8")
    data = json.loads(text)
    areas = tuple(
        TradeArea(code=t["code"], label_da=t["label_da"], label_en=t["label_en"], sort_order=i)
        for i, t in enumerate(data["trade_areas"])
    )
    return JobshopSeed(trade_areas=areas, rules=parse_rules(data["rules"]))
