"""Fixtures shared by the UI tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.background import BackgroundRunner


@pytest.fixture
def runner() -> Iterator[BackgroundRunner]:
    """The desk's one road for background work, shut down after the test."""
    background = BackgroundRunner()
    yield background
    background.shutdown()
