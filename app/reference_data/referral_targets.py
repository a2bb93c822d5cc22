"""The referral targets in force on a day, as visitation's commands and screens use them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.ports import UnitOfWork
from app.reference_data.model import Kind
from app.reference_data.readers import version_in_force
from app.visitation.seed import parse_target
from app.visitation.targets import ReferralTarget


def referral_targets(uow: UnitOfWork, day: dt.date) -> Sequence[ReferralTarget]:
    """The targets in force: a published version, or the seeded table before any."""
    version = version_in_force(uow, Kind.REFERRAL_TARGETS, day)
    if version.is_seed:
        return uow.visitation.referral_targets()
    return [parse_target(row) for row in version.rows]
