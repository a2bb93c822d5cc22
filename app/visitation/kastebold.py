"""The anti-kastebold rule: a case may not be thrown from unit to unit.

An *onward referral* is one that moves the anchoring unit. When a citizen's
anchor has already moved `max_onward` times within the last `window_days`
days (today included), the next move needs a supervisor's approval and a
reason. With the defaults (2 within 30 days) the third move in a month is held.
"""

from __future__ import annotations

import datetime as dt

from app.errors import ConflictError
from app.visitation.targets import KasteboldRule


def window_after(today: dt.date, rule: KasteboldRule) -> dt.date:
    """Moves on days strictly after this date are inside the window."""
    return today - dt.timedelta(days=rule.window_days)


def needs_approval(moves_in_window: int, rule: KasteboldRule) -> bool:
    return moves_in_window >= rule.max_onward


class KasteboldLimitError(ConflictError):
    """The referral would pass the limit; a supervisor must approve it with a reason."""

    def __init__(self, moves: int, rule: KasteboldRule) -> None:
        super().__init__(
            "Borgeren er allerede henvist videre {moves} gange inden for {days} "
            "dage. En ny flytning af sagen kræver en leders godkendelse med begrundelse "
            "(ingen kastebold).",
            field="supervisor_id",
            moves=moves,
            days=rule.window_days,
        )
        self.moves = moves
        self.rule = rule
