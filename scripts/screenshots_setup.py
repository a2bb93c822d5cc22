"""Screenshots of the first-run wizard and the settings dialog, in Danish and English.

Usage (from the repository root):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_setup.py [OUT_DIR]

Opens a real store in a temporary folder, builds the wizard and the dialog as the desk
does, in each language (the translation installed before the widgets are made), types
into them by keys where a user would, and grabs them. Writes
docs/screenshots/{opsaetning-forbindelse,opsaetning-arbejdsplads,indstillinger}-{da,en}.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SKRANKE_KEY_DIR", tempfile.mkdtemp(prefix="skranke-keys-"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QCoreApplication, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.catalogue import CATALOGUE  # noqa: E402
from app.config import MachineConfig  # noqa: E402
from local_cache.store import open_store  # noqa: E402
from local_cache.sync_store import SqlSyncStore  # noqa: E402
from shared_store.uow_port import as_port  # noqa: E402
from ui.background import BackgroundRunner  # noqa: E402
from ui.first_run import Place, Storage, first_run_wizard  # noqa: E402
from ui.i18n import install_translation  # noqa: E402
from ui.settings.settings_dialog import DeskFacts, SettingsDialog  # noqa: E402
from ui.theme import stylesheet  # noqa: E402


def settle(until: Callable[[], bool] = lambda: True, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while True:
        QApplication.processEvents()
        if until() or time.monotonic() > deadline:
            QApplication.processEvents()
            return


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def shoot(lang: str, storage: Storage, runner: BackgroundRunner, out: Path) -> None:
    wizard = first_run_wizard(storage, Place(server="https://skranke.kk.dk"), runner)
    wizard.resize(640, 440)
    wizard.show()
    settle(lambda: wizard.connection.code.hasFocus())
    QTest.keyClicks(QApplication.focusWidget(), "K7Q2-M9XA")
    grab(wizard, out / f"opsaetning-forbindelse-{lang}.png")
    alone = wizard.connection.alone.text()  # its mnemonic differs by language
    letter = alone[alone.index("&") + 1].upper()
    QTest.keyClick(QApplication.focusWidget(), letter, Qt.KeyboardModifier.AltModifier)
    settle(lambda: wizard.standalone)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(lambda: wizard.currentPage() is wizard.place and wizard.place.site_box.hasFocus())
    grab(wizard, out / f"opsaetning-arbejdsplads-{lang}.png")
    wizard.reject()
    facts = DeskFacts(
        language=lang,
        idle_minutes=5,
        printer="Epson TM-T20III, 10.20.30.40:9100",
        place=QCoreApplication.translate("Desk", "%1 (%2), skranke %3")
        .replace("%1", "Skelbækgade")
        .replace("%2", "SKB")
        .replace("%3", "3"),
        server="https://skranke.kk.dk",
        data_dir=PureWindowsPath(r"C:\ProgramData\Jobcenter Koebenhavn\Skranke\data"),
        config=MachineConfig(
            path=Path(r"C:\ProgramData\Jobcenter Koebenhavn\Skranke\skranke.ini"),
            printer="escpos-net:10.20.30.40:9100",
        ),
    )
    dialog = SettingsDialog(facts, runner, lambda _m: None, may_change=True)
    dialog.resize(640, dialog.sizeHint().height())
    dialog.show()
    settle(lambda: dialog.language.hasFocus())
    grab(dialog, out / f"indstillinger-{lang}.png")
    dialog.reject()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(stylesheet())
    with tempfile.TemporaryDirectory(prefix="skranke-shots-") as folder:
        store = open_store(Path(folder))
        storage = Storage(
            settings=store.settings,
            units=lambda: as_port(store.unit_of_work()),
            sync=SqlSyncStore(store, catalogue=CATALOGUE),
        )
        runner = BackgroundRunner()
        for lang in ("da", "en"):
            translator = install_translation(app, lang)
            shoot(lang, storage, runner, out)
            if translator is not None:
                app.removeTranslator(translator)
        runner.shutdown()
        store.close()


if __name__ == "__main__":
    main()
