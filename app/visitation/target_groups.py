"""The reform's five target groups (from 1 January 2027), derived by rules in data.

`resources/seed/target_groups.json` holds dated versions; each has the groups and
rules read top to bottom: the first rule whose `when` matches the citizen's support
basis and latest category gives the group. A cash-benefit recipient not (yet)
categorised is job-ready by default (jobsøgningsindsats). Before the first version
(1 January 2027) there is no target group: None.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from app.errors import ValidationError

WHEN_KEYS = frozenset({"support_basis", "category"})


@dataclass(frozen=True, slots=True)
class TargetGroup:
    code: str
    label_da: str


@dataclass(frozen=True, slots=True)
class GroupRule:
    group: str
    support_basis: frozenset[str] | None  # None: any
    category: frozenset[str] | None

    def matches(self, support_basis: str, category: str) -> bool:
        return (self.support_basis is None or support_basis in self.support_basis) and (
            self.category is None or category in self.category
        )


@dataclass(frozen=True, slots=True)
class TargetGroupVersion:
    valid_from: dt.date
    valid_to: dt.date | None
    groups: tuple[TargetGroup, ...]
    rules: tuple[GroupRule, ...]

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def group_for(self, support_basis: str, category: str) -> TargetGroup | None:
        rule = next((r for r in self.rules if r.matches(support_basis, category)), None)
        return next((g for g in self.groups if rule and g.code == rule.group), None)


def _codes(when: Mapping[str, Any], key: str, where: str) -> frozenset[str] | None:
    if key not in when:
        return None
    value = when[key]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError("{where}: «{key}» skal være en liste af koder.", where=where, key=key)
    return frozenset(value)


def parse_target_groups(data: Mapping[str, Any]) -> tuple[TargetGroupVersion, ...]:
    """Every version checked: known keys, rules naming known groups, dates in order."""
    versions = []
    for number, body in enumerate(data.get("versions", ()), start=1):
        where = f"Målgrupper, version {number}"
        try:
            valid_from = dt.date.fromisoformat(body["valid_from"])
            valid_to = dt.date.fromisoformat(body["valid_to"]) if body.get("valid_to") else None
            groups = tuple(TargetGroup(str(g["code"]), str(g["label_da"])) for g in body["groups"])
            rules = []
            for rule in body["rules"]:
                when = rule.get("when", {})
                unknown = sorted(set(when) - WHEN_KEYS)
                if unknown:
                    raise ValidationError(
                        "{where}: «when» kender ikke «{key}».", where=where, key=unknown[0]
                    )
                rules.append(
                    GroupRule(
                        str(rule["group"]),
                        _codes(when, "support_basis", where),
                        _codes(when, "category", where),
                    )
                )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValidationError(
                "{where} kan ikke læses: {exc!r}.", where=where, exc=exc
            ) from None
        codes = {g.code for g in groups}
        missing = sorted({r.group for r in rules} - codes)
        if missing:
            raise ValidationError(
                "{where}: en regel peger på den ukendte målgruppe «{code}».",
                where=where,
                code=missing[0],
            )
        if valid_to is not None and valid_to < valid_from:
            raise ValidationError("{where}: slutdatoen ligger før startdatoen.", where=where)
        versions.append(TargetGroupVersion(valid_from, valid_to, groups, tuple(rules)))
    return tuple(versions)


@functools.cache
def load_target_groups() -> tuple[TargetGroupVersion, ...]:
    text = resources.files("resources.seed").joinpath("target_groups.json")
    return parse_target_groups(json.loads(text.read_text("utf-8")))


def version_on(
    day: dt.date, versions: Sequence[TargetGroupVersion] | None = None
) -> TargetGroupVersion | None:
    """The version in force on `day`: the latest start among those valid."""
    valid = [v for v in (load_target_groups() if versions is None else versions) if v.valid_on(day)]
    return max(valid, key=lambda v: v.valid_from) if valid else None


def target_group_for(
    support_basis: str,
    category: str | None,
    on_date: dt.date,
    versions: Sequence[TargetGroupVersion] | None = None,
) -> TargetGroup | None:
    """The citizen's target group on `on_date` from the support-basis code and the latest
    category code (None or "" before any categorisation); None before the reform."""
    version = version_on(on_date, versions)
    return version.group_for(support_basis, category or "") if version else None
