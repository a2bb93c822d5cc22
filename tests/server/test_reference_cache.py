"""Reference data is read once per server process and read again after REFERENCE_TTL."""

from __future__ import annotations

from typing import Any

from server.reference_cache import CachedReference, ReferenceMemo


class CountingReference:
    def __init__(self) -> None:
        self.asked: list[tuple[str, Any]] = []

    def staff(self, site_code: str | None = None) -> list[str]:
        self.asked.append(("staff", site_code))
        return [f"{site_code}-a", f"{site_code}-b"]

    def staff_member(self, staff_id: str) -> str | None:
        self.asked.append(("staff_member", staff_id))
        return None


def test_answers_are_shared_by_pushes_until_the_memo_lapses() -> None:
    now = [100.0]
    memo = ReferenceMemo(ttl=60.0, clock=lambda: now[0])
    inner = CountingReference()

    first_push = CachedReference(inner, memo.answers())
    assert first_push.staff("MUS") == ("MUS-a", "MUS-b")  # a tuple: shared, unchangeable
    assert first_push.staff_member("nobody") is None
    second_push = CachedReference(inner, memo.answers())
    assert second_push.staff("MUS") == ("MUS-a", "MUS-b")
    assert second_push.staff_member("nobody") is None
    assert second_push.staff(site_code="SKB") == ("SKB-a", "SKB-b")
    assert inner.asked == [("staff", "MUS"), ("staff_member", "nobody"), ("staff", "SKB")]

    now[0] += 60.0  # seed data written by a newer instance is read again
    third_push = CachedReference(inner, memo.answers())
    assert third_push.staff("MUS") == ("MUS-a", "MUS-b")
    assert inner.asked[-1] == ("staff", "MUS")
    assert len(inner.asked) == 4


def test_without_a_shared_memo_each_push_asks_once() -> None:
    inner = CountingReference()
    push = CachedReference(inner)
    push.staff("NYR")
    push.staff("NYR")
    assert CachedReference(inner).staff("NYR") == ("NYR-a", "NYR-b")
    assert inner.asked == [("staff", "NYR"), ("staff", "NYR")]
