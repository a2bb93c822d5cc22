"""The anti-kastebold rule: a case may not be thrown from unit to unit.

An *onward referral* is one that moves the anchoring unit. A move is held for a
supervisor's approval with a reason when

* it returns the case to a unit the case left within the rolling window
  (A → B → A: back-and-forth), whatever the count;
* the anchor has already moved `max_onward` times within the last `window_days`
  days (today included) — with the defaults (2 within 30 days) the third move in a
  month is held;
* or the anchor has already moved `max_per_year` times within the last `year_days`
  days — the yearly ceiling on top of the rolling window (default 4 within 365 days).

`check_move` is the one place these are decided: the commands (on the desk and again
on the server), the visitation screen and the supervisors' list all ask it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from app.errors import ConflictError
from app.visitation.records import Referral
from app.visitation.targets import KasteboldRule, Unit


class HoldReason(StrEnum):
    BACK_AND_FORTH = "back_and_forth"  # the move returns the case to a unit it left
    WINDOW = "window"  # max_onward moves within window_days
    YEAR = "year"  # max_per_year moves within year_days


def window_after(today: dt.date, rule: KasteboldRule) -> dt.date:
    """Moves on days strictly after this date are inside the rolling window."""
    return today - dt.timedelta(days=rule.window_days)


def year_after(today: dt.date, rule: KasteboldRule) -> dt.date:
    """Moves on days strictly after this date count towards the yearly ceiling."""
    return today - dt.timedelta(days=rule.year_days)


def history_after(today: dt.date, rule: KasteboldRule) -> dt.date:
    """The moves the rule looks at: those after the earlier of the two windows' starts."""
    return min(window_after(today, rule), year_after(today, rule))


@dataclass(frozen=True, slots=True)
class KasteboldCheck:
    """What the rule says about one more move (or about the case, without a target)."""

    rule: KasteboldRule
    moves_in_window: int
    moves_in_year: int
    reasons: tuple[HoldReason, ...]  # empty: the move goes through without a supervisor
    returns_to: Unit | None = None  # back-and-forth: the unit the case returns to
    left_on: dt.date | None = None  # the day it left that unit

    @property
    def held(self) -> bool:
        return bool(self.reasons)

    def error(self, label_of: Callable[[Unit], str]) -> KasteboldHeldError:
        """The refusal for a held move, by its first reason (back-and-forth first)."""
        reason = self.reasons[0]
        if reason is HoldReason.BACK_AND_FORTH:
            assert self.returns_to is not None and self.left_on is not None
            return KasteboldReturnError(label_of(self.returns_to), self.left_on, self.rule)
        if reason is HoldReason.WINDOW:
            return KasteboldLimitError(self.moves_in_window, self.rule)
        return KasteboldYearLimitError(self.moves_in_year, self.rule)


def check_move(
    moves: Sequence[Referral], today: dt.date, rule: KasteboldRule, to_unit: Unit | None = None
) -> KasteboldCheck:
    """Whether one more move of the anchor, on `today` and to `to_unit`, needs a supervisor.

    `moves` are the citizen's anchor moves (any order; older ones are ignored). Without
    `to_unit` only the counts are asked (is the case at a limit whatever the target?)."""
    moved = [m for m in moves if m.anchor_moved]
    in_window = [m for m in moved if m.day > window_after(today, rule)]
    in_year = [m for m in moved if m.day > year_after(today, rule)]
    reasons: list[HoldReason] = []
    left_on = None
    if to_unit is not None:
        left_on = max((m.day for m in in_window if m.from_unit == to_unit), default=None)
        if left_on is not None:
            reasons.append(HoldReason.BACK_AND_FORTH)
    if len(in_window) >= rule.max_onward:
        reasons.append(HoldReason.WINDOW)
    if len(in_year) >= rule.max_per_year:
        reasons.append(HoldReason.YEAR)
    return KasteboldCheck(
        rule,
        len(in_window),
        len(in_year),
        tuple(reasons),
        to_unit if left_on is not None else None,
        left_on,
    )


def went_back_and_forth(moves: Sequence[Referral], today: dt.date, rule: KasteboldRule) -> bool:
    """Whether the case already returned to a unit it left, within the rolling window."""
    in_window = sorted(
        (m for m in moves if m.anchor_moved and m.day > window_after(today, rule)),
        key=lambda m: m.referred_at,
    )
    left: set[Unit] = set()
    for move in in_window:
        if move.to_unit in left:
            return True
        left.add(move.from_unit)
    return False


class KasteboldHeldError(ConflictError):
    """The move needs a supervisor's approval and a reason (any of the rule's reasons)."""

    rule: KasteboldRule


class KasteboldLimitError(KasteboldHeldError):
    """The referral would pass the rolling window's limit."""

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


class KasteboldYearLimitError(KasteboldHeldError):
    """The referral would pass the yearly ceiling."""

    def __init__(self, moves: int, rule: KasteboldRule) -> None:
        super().__init__(
            "Sagen er allerede flyttet {moves} gange inden for {days} dage, og loftet er "
            "{limit} flytninger på {days} dage. En ny flytning kræver en leders godkendelse "
            "med begrundelse (ingen kastebold).",
            field="supervisor_id",
            moves=moves,
            days=rule.year_days,
            limit=rule.max_per_year,
        )
        self.moves = moves
        self.rule = rule


class KasteboldReturnError(KasteboldHeldError):
    """The referral returns the case to a unit it left within the window."""

    def __init__(self, unit: str, left_on: dt.date, rule: KasteboldRule) -> None:
        super().__init__(
            "Sagen kommer tilbage til {unit}, som den forlod {left:%d.%m.%Y} – frem og "
            "tilbage (kastebold) kræver en leders godkendelse med begrundelse.",
            field="supervisor_id",
            unit=unit,
            left=left_on,
        )
        self.unit = unit
        self.left_on = left_on
        self.rule = rule
