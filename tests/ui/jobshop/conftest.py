"""The job-shop screen tests' desk: built signed in as a counsellor (AAN at Musvågevej)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import shown_desk
from ui.composition import Desk


@pytest.fixture
def desk_data() -> object:
    """What must be in the store before the desk opens; a test module overrides this."""
    return None


@pytest.fixture
def desk(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    tmp_path: Path,
    desk_data: object,
) -> Iterator[Desk]:
    yield from shown_desk(qtbot, store, workstation, tmp_path, "mus-aan")
