"""Writing `jobshop.json` into a store: trade areas and rules."""

from __future__ import annotations

import hashlib

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.jobshop.seed import JobshopSeed, load_jobshop_seed, rules_body
from app.ports import SettingsStore
from shared_store.jobshop.tables import JobshopRuleRow, TradeAreaRow
from shared_store.json_text import dumps

RULES_KEY = "jobshop"


def _content(seed: JobshopSeed) -> str:
    areas = [[t.code, t.label_da, t.label_en, t.sort_order] for t in seed.trade_areas]
    return dumps([areas, rules_body(seed.rules)])


def ensure_jobshop_seed(
    engine: Engine, settings: SettingsStore, seed: JobshopSeed | None = None
) -> bool:
    """Upsert trade areas and rules when the file changed since the last start."""
    seed = seed or load_jobshop_seed()
    fingerprint = hashlib.sha256(_content(seed).encode("utf-8")).hexdigest()[:16]
    if settings.get_setting("jobshop_seed_version") == fingerprint:
        return False
    with Session(engine) as session, session.begin():
        # Trade areas are never deleted: old vacancies still name them.
        for area in seed.trade_areas:
            session.merge(
                TradeAreaRow(
                    code=area.code,
                    label_da=area.label_da,
                    label_en=area.label_en,
                    sort_order=area.sort_order,
                )
            )
        session.merge(JobshopRuleRow(key=RULES_KEY, value_json=dumps(rules_body(seed.rules))))
    settings.set_setting("jobshop_seed_version", fingerprint)
    return True
