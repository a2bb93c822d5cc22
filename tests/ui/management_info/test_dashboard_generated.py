"""The dashboard's tables against generated activity: days of this month at Musvågevej
made through the commands (app/management_info/month_generator.py), whose counts are
known by construction; every number read from the tables equals the generator's."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from app.catalogue import CATALOGUE
from app.clock import today as job_centre_today
from app.commands.bus import CommandBus
from app.management_info.figures import Measure
from app.management_info.figures import Section as Part
from app.management_info.month_generator import generate_month
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import by_name, press, shown_desk
from ui.composition import Desk, units_of_work
from ui.management_info.dashboard import Dashboard
from ui.management_info.labels import Labels

SUPERVISOR = "mus-ljp"


@pytest.fixture
def desk_with_activity(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> Iterator[tuple[Desk, dict[tuple[Part, Measure, str, str], int]]]:
    today = job_centre_today()  # the dashboard's own day
    first = today.replace(day=1)
    units = units_of_work(store)
    bus = CommandBus(units, CATALOGUE)
    expected = generate_month(
        units,
        lambda envelopes: bus.execute(*envelopes),
        first_day=first,
        days=(today - first).days + 1,
        visits_per_day=12,
        sites=("MUS",),
        seed=5,
    )
    counts: Counter[tuple[Part, Measure, str, str]] = Counter()
    for (part, measure, _day, _site, _unit, _staff, group, breakdown), n in expected.rows(
        first, today, sites=("MUS",)
    ).items():
        counts[(part, measure, group, breakdown)] += n
    for desk in shown_desk(qtbot, store, workstation, tmp_path, SUPERVISOR):
        yield desk, dict(counts)


def table(dashboard: Dashboard, name: str) -> dict[str, dict[str, float]]:
    """Row label → column title → the number, as the table holds it."""
    model = by_name(dashboard, name, QTableView).model()
    titles = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    return {
        model.index(r, 0).data(): {
            titles[c]: float(model.index(r, c).data(Qt.ItemDataRole.UserRole) or 0)
            for c in range(1, model.columnCount())
        }
        for r in range(model.rowCount())
    }


def by(
    counts: dict[tuple[Part, Measure, str, str], int],
    part: Part,
    measure: Measure,
    labels: Labels,
    kind: str,
    key: int,
) -> dict[str, float]:
    """The generator's counts of `measure` summed by group (key 2) or breakdown (key 3)."""
    out: Counter[str] = Counter()
    for k, n in counts.items():
        if k[0] is part and k[1] is measure:
            out[labels.name(kind, k[key])] += n
    return {label: float(n) for label, n in out.items()}


def nonzero(column: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in column.items() if v}


def test_the_tables_hold_the_generated_counts(
    qtbot: QtBot, desk_with_activity: tuple[Desk, dict[tuple[Part, Measure, str, str], int]]
) -> None:
    desk, counts = desk_with_activity
    press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in desk.window.findChildren(Dashboard)))
    dashboard = next(d for d in desk.window.findChildren(Dashboard) if d.isVisible())
    qtbot.waitUntil(lambda: dashboard.loads >= 1 and not dashboard.progress.isVisible())
    labels = dashboard.labels
    assert labels is not None

    def column(name: str, title: str) -> dict[str, float]:
        return nonzero({row: cells[title] for row, cells in table(dashboard, name).items()})

    registrations = column("Henvendelser efter forsørgelsesgrundlag", "Henvendelser")
    assert registrations == by(
        counts, Part.REGISTRATION, Measure.VISITS, labels, "support_basis", 3
    )
    assert sum(registrations.values()) > 0
    for title, measure in (
        ("Booket", Measure.BOOKED),
        ("Fremmødt", Measure.ATTENDED),
        ("Udeblevet", Measure.ABSENT),
    ):
        assert column("Gruppemøder", title) == by(
            counts, Part.MEETING, measure, labels, "meeting", 2
        ), title
    assert column("Jobbutik: henvisninger til job og udfald", "Henvisninger") == by(
        counts, Part.JOB_REFERRAL, Measure.REFERRALS, labels, "job_outcome", 3
    )
    assert column("Åben rådgivning efter emne", "Samtaler") == by(
        counts, Part.ADVICE, Measure.SESSIONS, labels, "topic", 3
    )
    assert column("Henvisninger efter modtager", "Henvisninger") == by(
        counts, Part.REFERRAL, Measure.REFERRALS, labels, "target", 3
    )
