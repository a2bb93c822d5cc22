"""The reform's target groups as reference data: a published version's rules, or the
seed file's own dated versions (app/visitation/target_groups.py) before any."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.ports import UnitOfWork
from app.reference_data.base import seed_version
from app.reference_data.model import Kind, ReferenceVersion, in_force
from app.reference_data.readers import version_in_force
from app.reference_data.validators import NOT_YET
from app.visitation.target_groups import (
    GroupRule,
    TargetGroup,
    TargetGroupVersion,
    load_target_groups,
    target_group_for,
    version_on,
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


class TargetGroupResolver:
    """Target-group codes for many citizens on many days from the versions read once
    (production figures: every visit of a month): "" where no group applies."""

    def __init__(self, published: Sequence[ReferenceVersion]) -> None:
        self._published = tuple(published)
        self._seed = seed_version(Kind.TARGET_GROUPS)
        self._by_day: dict[dt.date, TargetGroupVersion | None] = {}
        self._parsed: dict[int, TargetGroupVersion] = {}

    def _version(self, day: dt.date) -> TargetGroupVersion | None:
        if day not in self._by_day:
            version = in_force(self._published, day, self._seed)
            if version.is_seed:
                self._by_day[day] = version_on(day)
            else:
                parsed = self._parsed.get(version.version)
                if parsed is None:
                    parsed = self._parsed[version.version] = as_target_groups(version)
                self._by_day[day] = parsed
        return self._by_day[day]

    def code(self, support_basis: str, category: str | None, day: dt.date) -> str:
        version = self._version(day)
        group = version.group_for(support_basis, category or "") if version else None
        return group.code if group else ""


def target_group_labels(uow: UnitOfWork) -> dict[str, str]:
    """Every target group's name, the seed's and every published version's (the latest
    name of a code wins)."""
    labels = {g.code: g.label_da for v in load_target_groups() for g in v.groups}
    for version in uow.reference_versions.versions(Kind.TARGET_GROUPS):
        labels |= {g.code: g.label_da for g in as_target_groups(version).groups}
    return labels
