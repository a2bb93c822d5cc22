"""The list of recognised a-kasser the desk offers is data: readable, unique, in order."""

from __future__ import annotations

from app.a_kasser import load_a_kasser


def test_the_a_kasse_list_is_readable_unique_and_alphabetical() -> None:
    names = load_a_kasser()
    assert len(names) >= 20
    assert len(set(names)) == len(names)
    assert list(names) == sorted(names, key=str.casefold)
    assert {"Akademikernes A-kasse", "3F A-kasse", "Krifa", "HK A-kasse"} <= set(names)
