"""Screenshots of Filer → Referencedata, in Danish and English.

Usage (from the repository root):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_reference_admin.py [OUT_DIR]

Opens a real store in a temporary folder, seeded as a desk is, with an administrator's
workstation at Nyropsgade. Version 1 of the queue's limits (8 and 12 minutes, from
today) is published through the command, as the screen does. Then, in each language,
it opens the screen, goes by keys to the draft, types a new warning limit, adds a row
for Skelbækgade, asks for the preview of tomorrow and grabs the dialog at 1000×640.
Writes docs/screenshots/referencedata-{da,en}.png and prints their paths.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SKRANKE_KEY_DIR", tempfile.mkdtemp(prefix="skranke-keys-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.catalogue import CATALOGUE  # noqa: E402
from app.commands.bus import CommandBus  # noqa: E402
from app.reference_data.model import Kind  # noqa: E402
from app.reference_data.service import ReferenceDataService  # noqa: E402
from app.security.audit_trail import audit_change  # noqa: E402
from app.workstation import configure_workstation  # noqa: E402
from local_cache.store import open_store  # noqa: E402
from shared_store.uow_port import as_port  # noqa: E402
from shared_store.visitation.seeding import ensure_visitation_seed  # noqa: E402
from ui.background import BackgroundRunner  # noqa: E402
from ui.i18n import install_translation  # noqa: E402
from ui.reference_admin.admin_dialog import ReferenceAdminDialog  # noqa: E402
from ui.theme import stylesheet  # noqa: E402

SIZE = (1000, 640)


def settle(until: Callable[[], bool] = lambda: True, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while True:
        QApplication.processEvents()
        if until() or time.monotonic() > deadline:
            QApplication.processEvents()
            return


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)
    settle()


def type_cell(text: str) -> None:
    table = focused()
    QTest.keyClicks(table, text[0])  # the first key opens the cell's editor ...
    settle()
    QTest.keyClicks(focused(), text[1:])  # ... which takes the rest
    press(Qt.Key.Key_Return)
    settle(lambda: QApplication.focusWidget() is table)


def shoot(service: ReferenceDataService, runner: BackgroundRunner, lang: str, out: Path) -> None:
    dialog = ReferenceAdminDialog(service, runner)
    dialog.resize(*SIZE)
    dialog.show()
    dialog.activateWindow()
    settle(lambda: dialog.draft_model.rowCount() == 1)
    dialog.kinds.setFocus()
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)  # the draft
    press(Qt.Key.Key_Right)
    type_cell("7")
    press(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # a row for one site
    settle(lambda: dialog.draft.currentIndex().row() == 1 and dialog.draft.hasFocus())
    type_cell("SKB")
    press(Qt.Key.Key_Right)
    type_cell("5")
    press(Qt.Key.Key_Right)
    type_cell("9")
    press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    preview = dialog.preview
    settle(lambda: preview.count() > 1)
    path = out / f"referencedata-{lang}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.close()
    dialog.deleteLater()
    settle()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(stylesheet())
    with tempfile.TemporaryDirectory(prefix="skranke-shots-") as folder:
        store = open_store(Path(folder))
        ensure_visitation_seed(store.engine, store.settings)
        with store.unit_of_work() as uow:
            workstation = configure_workstation(
                store.settings,
                uow.reference,
                site_code="NYR",
                counter_number=1,
                staff_id="nyr-ihc",
            )
        units = lambda: as_port(store.unit_of_work())  # noqa: E731
        bus = CommandBus(units, CATALOGUE, audit=audit_change)
        service = ReferenceDataService(units, bus, workstation)
        rows = [{"site_code": "", "warn_minutes": 8, "limit_minutes": 12}]
        service.publish(Kind.QUEUE_THRESHOLDS, rows, service.today(), 1)
        later = service.today() + dt.timedelta(days=30)
        service.publish(Kind.QUEUE_THRESHOLDS, rows, later, 2, note="uændret")
        runner = BackgroundRunner()
        for lang in ("da", "en"):
            translator = install_translation(app, lang)
            shoot(service, runner, lang, out)
            if translator is not None:
                app.removeTranslator(translator)
        runner.shutdown()
        store.close()


if __name__ == "__main__":
    main()
