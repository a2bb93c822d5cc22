"""Writing `categorisation_schemes.json` into a store: schemes, referral targets, rules."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.ports import SettingsStore
from app.visitation.seed import VisitationSeed, load_visitation_seed
from app.visitation.targets import KasteboldRule, ReferralTarget
from shared_store.json_text import dumps
from shared_store.visitation.rows import scheme_row
from shared_store.visitation.tables import ReferralTargetRow, VisitationRuleRow

KASTEBOLD_KEY = "anti_kastebold"


def _target_body(target: ReferralTarget) -> dict[str, Any]:
    return {
        "code": target.code,
        "label_da": target.label_da,
        "placement": target.placement.value,
        "can_anchor": target.can_anchor,
        "specialist_function": target.specialist_function,
        "ticket_service": target.ticket_service,
        "selectable": target.selectable,
    }


def _rule_body(rule: KasteboldRule) -> dict[str, Any]:
    return {
        "max_onward": rule.max_onward,
        "window_days": rule.window_days,
        "max_per_year": rule.max_per_year,
        "year_days": rule.year_days,
    }


def apply_visitation_seed(engine: Engine, seed: VisitationSeed) -> None:
    """Upsert schemes, targets and rules. Schemes are never deleted: old decisions need them."""
    with Session(engine) as session, session.begin():
        for scheme, body in zip(seed.schemes, seed.scheme_bodies, strict=True):
            session.merge(scheme_row(scheme, body, "seed"))
        for order, target in enumerate(seed.targets):
            session.merge(
                ReferralTargetRow(
                    code=target.code, sort_order=order, body_json=dumps(_target_body(target))
                )
            )
        session.merge(
            VisitationRuleRow(key=KASTEBOLD_KEY, value_json=dumps(_rule_body(seed.kastebold)))
        )


def ensure_visitation_seed(
    engine: Engine, settings: SettingsStore, seed: VisitationSeed | None = None
) -> bool:
    """Seed when the file changed since the last start; returns True when it wrote."""
    seed = seed or load_visitation_seed()
    content = dumps(
        [
            list(seed.scheme_bodies),
            [_target_body(t) for t in seed.targets],
            _rule_body(seed.kastebold),
        ]
    )
    fingerprint = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
    if settings.get_setting("visitation_seed_version") == fingerprint:
        return False
    apply_visitation_seed(engine, seed)
    settings.set_setting("visitation_seed_version", fingerprint)
    return True
