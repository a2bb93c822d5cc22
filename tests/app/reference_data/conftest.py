"""Reference data fixtures: visitation's seeded desk, an administrator's service beside it."""

from __future__ import annotations

from tests.app.visitation.conftest import desk, make_desk

__all__ = ["desk", "make_desk"]
