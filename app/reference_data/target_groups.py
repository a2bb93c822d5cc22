"""The reform's target groups as reference data: a published version's rules, or the
seed file's own dated versions (app/visitation/target_groups.py) before any."""

from __future__ import annotations

import datetime as dt

from app.ports import UnitOfWork
from app.reference_data.model import Kind, ReferenceVersion
from app.reference_data.readers import version_in_force
from app.reference_data.validators import NOT_YET
from app.visitation.target_groups import (
    GroupRule,
    TargetGroup,
    TargetGroupVersion,
    target_group_for,
)


def _codes(text: str) -> frozenset[str] | None:
    if not text:
        return None  # any
    return frozenset("" if c.strip() == NOT_YET else c.strip() for c in text.split(","))


def as_target_groups(version: ReferenceVersion) -> TargetGroupVersion:
    groups: dict[str, TargetGroup] = {}
    rules = []
    for row in version.rows:
        code = str(row["group"])
        groups.setdefault(code, TargetGroup(code, str(row["label_da"])))
        rules.append(
            GroupRule(code, _codes(str(row["support_basis"])), _codes(str(row["category"])))
        )
    return TargetGroupVersion(version.valid_from, None, tuple(groups.values()), tuple(rules))


def target_group(
    uow: UnitOfWork, support_basis: str, category: str | None, day: dt.date
) -> TargetGroup | None:
    """The citizen's target group on `day` by the version in force (None: no group)."""
    version = version_in_force(uow, Kind.TARGET_GROUPS, day)
    if version.is_seed:
        return target_group_for(support_basis, category, day)
    return as_target_groups(version).group_for(support_basis, category or "")
