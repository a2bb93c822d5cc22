"""Screenshots of Filer → Ledelsesinformation, in Danish and English.

Usage (from the repository root):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_dashboard.py [OUT_DIR]

Opens a real store in a temporary folder and generates this month's activity so far at
Musvågevej through the desk's commands (app/management_info/month_generator.py: visits,
visitations, referrals, meetings, hearings, job referrals, kvikservice and open advice).
Then, in each language, it builds the desk signed in as the site's supervisor, opens the
dashboard by its key (Ctrl+I), waits for the figures and grabs the dialog at 1000×680.
The desk has no server here, so the label says the figures are this site's, from this PC.

Writes docs/screenshots/ledelsesinformation-{da,en}.png and prints their paths.
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
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.catalogue import CATALOGUE  # noqa: E402
from app.commands.bus import CommandBus  # noqa: E402
from app.management_info.month_generator import generate_month  # noqa: E402
from app.security.demo_credentials import demo_key  # noqa: E402
from app.security.sign_in import SignInService, StaffSession  # noqa: E402
from app.workstation import configure_workstation  # noqa: E402
from local_cache.store import LocalStore, open_store  # noqa: E402
from ui.composition import build_desk, units_of_work  # noqa: E402
from ui.i18n import install_translation  # noqa: E402
from ui.management_info.dashboard import Dashboard  # noqa: E402
from ui.theme import stylesheet  # noqa: E402

SITE, COUNTER, SUPERVISOR = "MUS", 1, "mus-ljp"
SIZE = (1000, 680)
VISITS_PER_DAY = 24


def settle(until: Callable[[], bool] = lambda: True, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        QApplication.processEvents()
        if until() or time.monotonic() > deadline:
            QApplication.processEvents()
            return
        time.sleep(0.005)  # the poll's pace: the worker's answer arrives as an event


class _NoPasswords:
    def authenticate(self, user_name: str, secret: str) -> str:
        raise AssertionError("the screenshots sign in with the demo key")


def signed_in(store: LocalStore) -> StaffSession:
    service = SignInService(units_of_work(store), _NoPasswords(), site_code=SITE)
    return service.session_for(SUPERVISOR, key=demo_key(SUPERVISOR))


def generate(store: LocalStore) -> None:
    """This month so far at the site, through the commands."""
    today = dt.date.today()
    first = today.replace(day=1)
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    generate_month(
        store.unit_of_work,
        lambda envelopes: bus.execute(*envelopes),
        first_day=first,
        days=(today - first).days + 1,
        visits_per_day=VISITS_PER_DAY,
        sites=(SITE,),
    )


def shoot(lang: str, store: LocalStore, folder: Path, out: Path) -> Path:
    with store.unit_of_work() as uow:
        workstation = configure_workstation(
            store.settings,
            uow.reference,
            site_code=SITE,
            counter_number=COUNTER,
            staff_id=SUPERVISOR,
        )
    session = signed_in(store)
    desk = build_desk(store, workstation, folder, lang, session=session)
    try:
        desk.window.show()
        desk.window.activateWindow()
        settle(lambda: QApplication.focusWidget() is not None)
        QTest.keyClick(
            QApplication.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
        )
        settle(lambda: any(d.isVisible() for d in desk.window.findChildren(Dashboard)))
        dashboard = next(d for d in desk.window.findChildren(Dashboard) if d.isVisible())
        dashboard.resize(*SIZE)
        settle(lambda: dashboard.loads >= 1 and not dashboard.progress.isVisible())
        settle(seconds=0.5)
        path = out / f"ledelsesinformation-{lang}.png"
        dashboard.grab().save(str(path))
        dashboard.close()
        return path
    finally:
        desk.window.close()
        desk.runner.shutdown()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Skranke")
    app.setStyleSheet(stylesheet())
    with tempfile.TemporaryDirectory(prefix="skranke-dashboard-") as name:
        # English first: the Danish desk installs Qt's own Danish texts for the rest of the run
        for lang in ("en", "da"):
            folder = Path(name) / lang
            store = open_store(folder / "data")  # its own: each desk watches its store
            generate(store)
            translator = install_translation(app, lang)
            print(shoot(lang, store, folder, out))
            if translator is not None:
                app.removeTranslator(translator)
            store.close()


if __name__ == "__main__":
    main()
