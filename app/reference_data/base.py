"""The base version (0) of every kind, read from the seed files: what applies until an
administrator publishes a version, and what readers fall back to."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from app.reference_data.kinds import KNOWN_BASIS_FLAGS
from app.reference_data.model import SEED_DAY, Kind, ReferenceVersion, Row, Value, rows_from_json
from app.reference_seed import load_reference_seed


def _file(name: str) -> dict[str, Any]:
    text = resources.files("resources.seed").joinpath(name).read_text("utf-8")
    data = json.loads(text)
    return data if isinstance(data, dict) else {}


def _targets() -> tuple[Row, ...]:
    """categorisation_schemes.json's targets, each with every column (defaults filled)."""
    defaults: dict[str, Value] = {
        "specialist_function": "",
        "ticket_service": "",
        "selectable": True,
    }
    raw = rows_from_json(_file("categorisation_schemes.json").get("referral_targets"))
    return tuple({**defaults, **row} for row in raw)


def _support_bases() -> tuple[Row, ...]:
    rows: list[Row] = []
    for info in load_reference_seed().support_bases:
        primary, akasse = KNOWN_BASIS_FLAGS.get(info.code.value, (False, False))
        rows.append(
            {
                "code": info.code.value,
                "label_da": info.label_da,
                "label_en": info.label_en,
                "valid_from": info.valid_from.isoformat() if info.valid_from else "",
                "valid_to": info.valid_to.isoformat() if info.valid_to else "",
                "primary_visitation": primary,
                "akasse_report": akasse,
            }
        )
    return tuple(rows)


def _codes(when: Any, key: str) -> str:
    if not isinstance(when, dict) or key not in when:
        return ""
    return ", ".join(code or "-" for code in when[key])


def _target_groups() -> tuple[Row, ...]:
    """target_groups.json's latest version as rows: one rule a row, top to bottom, each with
    its group's name (the file's own dates apply until a version is published)."""
    versions = _file("target_groups.json").get("versions") or [{}]
    body = max(versions, key=lambda v: str(v.get("valid_from", "")))
    labels = {str(g["code"]): str(g["label_da"]) for g in body.get("groups", ())}
    return tuple(
        {
            "group": str(rule["group"]),
            "label_da": labels.get(str(rule["group"]), ""),
            "support_basis": _codes(rule.get("when"), "support_basis"),
            "category": _codes(rule.get("when"), "category"),
        }
        for rule in body.get("rules", ())
    )


@functools.cache
def seed_version(kind: Kind) -> ReferenceVersion:
    if kind is Kind.TARGET_GROUPS:
        rows = _target_groups()
    elif kind is Kind.REFERRAL_TARGETS:
        rows = _targets()
    elif kind is Kind.SUPPORT_BASES:
        rows = _support_bases()
    else:
        rows = rows_from_json(_file("reference_data.json").get(kind.value))
    return ReferenceVersion(kind, 0, SEED_DAY, rows)
