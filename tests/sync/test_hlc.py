"""The hybrid logical clock never adopts a stamp it cannot use (app/sync/hlc.py)."""

from __future__ import annotations

from app.sync import hlc

WALL = 1_767_225_600_000  # 2026-01-01 00:00 UTC, in milliseconds
POISON_40 = "9" * 40  # what an attacker pushed to an older server
POISON_DOTTED = "9" * 34 + ".99999"  # 40 characters that older versions parsed and ticked
FAR_AHEAD = hlc.format_hlc(WALL + 24 * 3600 * 1000, 7)  # well formed, a day ahead


def test_stamps_have_one_exact_form() -> None:
    assert hlc.well_formed(hlc.format_hlc(WALL, 3))
    for bad in (
        "",
        POISON_40,
        POISON_DOTTED,
        f"{WALL}.0001",
        f"{WALL}.000001",
        f"{WALL}",
        f"0{WALL}.00000",
        "١٧٦٧٢٢٥٦٠٠٠٠٠.00000",
        f"{WALL}.00000\n",
        f" {WALL}.00000",
    ):
        assert not hlc.well_formed(bad), bad
        assert hlc.parse_hlc(bad) == (0, 0)


def test_tick_forgets_a_stamp_it_cannot_use() -> None:
    for poisoned in (POISON_40, POISON_DOTTED, FAR_AHEAD):
        stamp = hlc.tick(poisoned, WALL)
        assert stamp == hlc.format_hlc(WALL, 0), poisoned
    # within the bound a stamp ahead of the wall is kept, and ticks on
    ahead = hlc.format_hlc(WALL + 60_000, 4)
    assert hlc.tick(ahead, WALL) == hlc.format_hlc(WALL + 60_000, 5)


def test_tick_never_widens_the_counter() -> None:
    full = hlc.format_hlc(WALL, 99_999)
    assert hlc.tick(full, WALL) == hlc.format_hlc(WALL + 1, 0)
    assert hlc.well_formed(hlc.tick(full, WALL))


def test_merge_ignores_malformed_and_far_ahead_stamps_on_either_side() -> None:
    mine = hlc.format_hlc(WALL - 5, 2)
    for poisoned in (POISON_40, POISON_DOTTED, FAR_AHEAD, "garbage"):
        assert hlc.merge(mine, poisoned, WALL) == mine
        assert hlc.merge(poisoned, mine, WALL) == mine  # a store that adopted one before
    theirs = hlc.format_hlc(WALL + 1000, 0)  # a server clock a second ahead: adopted
    assert hlc.merge(mine, theirs, WALL) == theirs
    assert hlc.merge(POISON_DOTTED, POISON_40, WALL) == hlc.ZERO


def test_clamped_holds_a_stamp_within_the_bound() -> None:
    assert hlc.clamped("", WALL) == ""
    near = hlc.format_hlc(WALL + 1000, 3)
    assert hlc.clamped(near, WALL) == near
    assert hlc.clamped(FAR_AHEAD, WALL) == hlc.format_hlc(WALL + hlc.MAX_AHEAD_MS, 0)
    assert hlc.clamped("9999999999999.99999", WALL) == hlc.format_hlc(WALL + hlc.MAX_AHEAD_MS, 0)
