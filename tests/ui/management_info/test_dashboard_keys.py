"""Ledelsesinformation by keys: a supervisor opens the dashboard from the main window,
changes the period and the site with keys, reads the figures from the tables (the same
numbers the charts draw) and exports them as CSV; nobody else gets the dashboard.

The activity is made through the desk's own commands before the desk is built: citizens
of known support bases registered and given tickets to known queues today, so every
number the dashboard shows is known by construction.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen, RegistrationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.ui.helpers import (
    arranges_data_on_the_gui_thread,
    by_name,
    focused,
    press,
    session_for,
    shown_desk,
)
from ui.composition import Desk
from ui.management_info.dashboard import Dashboard

SUPERVISOR, RECEPTIONIST = "mus-ljp", "mus-bbj"
# (support basis, queue) of each citizen registered today at Musvågevej
ACTIVITY = (
    (SupportBasis.CASH_BENEFIT, "jobbutik"),
    (SupportBasis.CASH_BENEFIT, "jobbutik"),
    (SupportBasis.CASH_BENEFIT, "aaben_raadgivning"),
    (SupportBasis.SICKNESS_BENEFIT, "sygedagpenge"),
    (SupportBasis.STUDENT, "aaben_raadgivning"),
    (SupportBasis.OTHER, "jobbutik"),
    (SupportBasis.OTHER, "aftale"),
)
BASIS_LABELS = {
    SupportBasis.CASH_BENEFIT: "Kontanthjælp",
    SupportBasis.SICKNESS_BENEFIT: "Sygedagpenge",
    SupportBasis.STUDENT: "Studerende",
    SupportBasis.OTHER: "Andet",
}
QUEUE_LABELS = {
    "jobbutik": "Jobbutik",
    "aaben_raadgivning": "Åben rådgivning",
    "sygedagpenge": "Sygedagpenge",
    "aftale": "Aftalt møde",
}
REGISTRATIONS = "Henvendelser efter forsørgelsesgrundlag"
QUEUE = "Kø: ankomster og betjening"
LOADED = 30_000  # ms: a generous wait for a load or an export on a busy machine


def _arrange(registration: RegistrationService) -> None:
    for n, (basis, queue) in enumerate(ACTIVITY, start=1):
        citizen = registration.register_citizen(
            NewCitizen(f"{n:02d}0190{1235 + n}", "Borger", f"Nummer {n}", basis)
        )
        registration.issue_ticket(citizen.id, queue)


@pytest.fixture
def supervisor_desk(
    qtbot: QtBot,
    store: LocalStore,
    workstation: WorkstationConfig,
    registration: RegistrationService,
    tmp_path: Path,
) -> Iterator[Desk]:
    _arrange(registration)
    yield from shown_desk(qtbot, store, workstation, tmp_path, SUPERVISOR)


@pytest.fixture
def receptionist_desk(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> Iterator[Desk]:
    yield from shown_desk(qtbot, store, workstation, tmp_path, RECEPTIONIST)


def column(table: QTableView, title: str) -> dict[str, str]:
    """The table as a screen reader reads it: each row's label → the text under `title`."""
    model = table.model()
    titles = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    index = titles.index(title)
    return {model.index(r, 0).data(): model.index(r, index).data() for r in range(model.rowCount())}


def open_dashboard(qtbot: QtBot, desk: Desk) -> Dashboard:
    press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in desk.window.findChildren(Dashboard)), timeout=LOADED
    )
    dashboard = next(d for d in desk.window.findChildren(Dashboard) if d.isVisible())
    qtbot.waitUntil(
        lambda: dashboard.loads >= 1 and not dashboard.progress.isVisible(), timeout=LOADED
    )
    return dashboard


def wait_for_load(qtbot: QtBot, dashboard: Dashboard, before: int) -> None:
    qtbot.waitUntil(
        lambda: dashboard.loads > before and not dashboard.progress.isVisible(), timeout=LOADED
    )


# Qt's own save dialog on the offscreen platform: it cannot raise itself or grab keys there.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_a_supervisor_reads_the_figures_switches_period_and_site_and_exports_csv(
    qtbot: QtBot, supervisor_desk: Desk, tmp_path: Path
) -> None:
    dashboard = open_dashboard(qtbot, supervisor_desk)
    origin = by_name(dashboard, "Tallenes kilde", QLabel)
    assert origin.text().startswith("Kun Musvågevej: ingen server")
    assert "beregnet" in origin.text()
    # This month so far, the period picker has the keys.
    assert focused() is by_name(dashboard, "Periode", QComboBox)
    assert by_name(dashboard, "Periode", QComboBox).currentText() == "Måned"

    bases = Counter(basis for basis, _queue in ACTIVITY)
    registrations = by_name(dashboard, REGISTRATIONS, QTableView)
    shown = column(registrations, "Henvendelser")
    assert {BASIS_LABELS[b]: shown[BASIS_LABELS[b]] for b in bases} == {
        BASIS_LABELS[b]: str(n) for b, n in bases.items()
    }
    assert sum(int(v) for v in shown.values()) == len(ACTIVITY)
    queues = Counter(queue for _basis, queue in ACTIVITY)
    arrivals = column(by_name(dashboard, QUEUE, QTableView), "Ankomster")
    assert arrivals == {QUEUE_LABELS[q]: str(n) for q, n in queues.items()}
    # The chart draws what the table says.
    chart = next(p.chart for p in dashboard.panels if p.table is registrations)
    assert sum(chart.drawn["Henvendelser"]) == len(ACTIVITY)
    assert chart.accessibleName() == f"{REGISTRATIONS} (diagram)"

    # Today alone: Up twice from «Måned» to «Dag»; the same activity.
    before = dashboard.loads
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    assert by_name(dashboard, "Periode", QComboBox).currentText() == "Dag"
    qtbot.waitUntil(
        lambda: dashboard.loads > before + 1 or not dashboard.progress.isVisible(), timeout=LOADED
    )
    wait_for_load(qtbot, dashboard, before)
    assert sum(int(v) for v in column(registrations, "Henvendelser").values()) == len(ACTIVITY)
    # The day before (Alt+D to the date, Down on its day): nothing happened then.
    before = dashboard.loads
    press(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_Down)
    wait_for_load(qtbot, dashboard, before)
    assert set(column(registrations, "Henvendelser").values()) == {"0"}
    press(Qt.Key.Key_Up)
    wait_for_load(qtbot, dashboard, dashboard.loads)
    qtbot.waitUntil(
        lambda: sum(int(v) for v in column(registrations, "Henvendelser").values()) == len(ACTIVITY)
    )

    # One site (Alt+A, Down: the first site after «Alle afdelinger»).
    before = dashboard.loads
    press(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    press(Qt.Key.Key_Down)
    assert by_name(dashboard, "Afdeling", QComboBox).currentText() == "Musvågevej"
    wait_for_load(qtbot, dashboard, before)
    assert column(by_name(dashboard, QUEUE, QTableView), "Ankomster") == arrivals

    # Export by keys: Alt+C opens the save dialog over the dashboard; the whole path typed
    # into its name field, which has the keys, and Enter saves.
    target = tmp_path / "ledelse.csv"
    press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    save_as(qtbot, target)
    status = by_name(dashboard, "Eksportstatus", QLabel)
    qtbot.waitUntil(lambda: status.text().startswith("Gemt"), timeout=LOADED)
    assert str(target) in status.text()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) > 1
    rows = list(csv.reader(lines, delimiter=";"))
    assert rows[0]  # a header
    assert dashboard.isVisible()


def _save_dialog() -> QFileDialog | None:
    dialog = QApplication.activeModalWidget()
    return dialog if isinstance(dialog, QFileDialog) and dialog.isVisible() else None


def _name_field_has_keys() -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and widget.objectName() == "fileNameEdit"


def save_as(qtbot: QtBot, target: Path) -> None:
    """As a person answers the save dialog: the whole path typed where the keys are (the
    name field) and Enter. The dialog lists folders in the background and its completer
    may pop up over the field; Esc closes that first. While the dialog is still up, the
    answer is given again."""
    qtbot.waitUntil(lambda: _save_dialog() is not None and _name_field_has_keys(), timeout=LOADED)
    deadline = time.monotonic() + LOADED / 1000
    while _save_dialog() is not None:
        assert time.monotonic() < deadline, "the save dialog did not take the name"
        field = focused()
        assert field.objectName() == "fileNameEdit"
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(field, str(target))
        _close_completion(field)
        press(Qt.Key.Key_Return)
        try:
            qtbot.waitUntil(lambda: _save_dialog() is None, timeout=1_000)
        except qtbot.TimeoutError:
            continue


def _close_completion(field: QWidget) -> None:
    completer = field.completer() if isinstance(field, QLineEdit) else None
    popup = completer.popup() if completer is not None else None
    if popup is not None and popup.isVisible():  # it has the keys then
        QTest.keyClick(popup, Qt.Key.Key_Escape)


def test_a_receptionist_has_no_dashboard(qtbot: QtBot, receptionist_desk: Desk) -> None:
    window = receptionist_desk.window
    actions = [
        a for a in window.file_menu.actions() if "Ledelsesinformation" in a.text().replace("&", "")
    ]
    assert len(actions) == 1
    assert not actions[0].isVisible()
    press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # a shortcut acts at once
    assert window.findChildren(Dashboard) == []


@arranges_data_on_the_gui_thread
def test_staff_figures_are_the_supervisors_and_leave_with_them(
    qtbot: QtBot, supervisor_desk: Desk, store: LocalStore
) -> None:
    dashboard = open_dashboard(qtbot, supervisor_desk)
    staff = column(by_name(dashboard, "Pr. medarbejder", QTableView), "Henvendelser")
    assert staff == {"BBJ – Birthe Bøgh Jørgensen": str(len(ACTIVITY))}
    # The desk locks itself when left alone, and a receptionist signs in: the dashboard
    # does not come back for them.
    supervisor_desk.idle.idle.emit()
    qtbot.waitUntil(lambda: supervisor_desk.window.locked)
    assert not dashboard.isVisible()
    supervisor_desk.lock_screen.signed_in.emit(session_for(store, RECEPTIONIST))
    qtbot.waitUntil(lambda: not supervisor_desk.window.locked)
    assert not any(d.isVisible() for d in supervisor_desk.window.findChildren(Dashboard))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # the desk has the keys
    assert not supervisor_desk.management_info.action.isVisible()  # type: ignore[union-attr]
    press(Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert not any(d.isVisible() for d in supervisor_desk.window.findChildren(Dashboard))
