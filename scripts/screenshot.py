"""Screenshot of the registration screen for the README, taken under Xvfb.

Usage: xvfb-run -a -s "-screen 0 1280x800x24" python3 scripts/screenshot.py docs/registration.png
Builds a throw-away demo store, looks a demo citizen up as a receptionist
would (scan + Enter), selects a reason, and grabs the real window from the
X screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import text  # noqa: E402

from app.catalogue import CATALOGUE  # noqa: E402
from app.commands.bus import CommandBus  # noqa: E402
from app.registration import RegistrationService  # noqa: E402
from app.workstation import configure_workstation  # noqa: E402
from local_cache.demo_data import ensure_demo_population  # noqa: E402
from local_cache.store import open_store  # noqa: E402
from ui.background import BackgroundRunner  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.registration.screen import RegistrationScreen  # noqa: E402
from ui.theme import stylesheet  # noqa: E402


def main(out: Path) -> int:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(stylesheet())
    data = Path(tempfile.mkdtemp(prefix="skranke-shot-"))
    store = open_store(data)
    ensure_demo_population(store, count=300)
    with store.unit_of_work() as uow:
        ws = configure_workstation(
            store.settings, uow.reference, site_code="SKB", counter_number=2, staff_id="skb-mhl"
        )
        site, staff = uow.reference.site("SKB"), uow.reference.staff_member("skb-mhl")
        cpr = uow.session.execute(
            text(
                "SELECT c.cpr FROM citizen c JOIN visit v ON v.citizen_id = c.id "
                "WHERE c.given_name LIKE '%ø%' OR c.family_name LIKE '%ø%' LIMIT 1"
            )
        ).scalar()
        cpr = cpr or uow.session.execute(text("SELECT cpr FROM citizen LIMIT 1")).scalar_one()
    runner = BackgroundRunner()
    service = RegistrationService(store.unit_of_work, CommandBus(store.unit_of_work, CATALOGUE), ws)
    assert site is not None
    window = MainWindow(ws, site, staff, runner, lambda: 0)
    screen = RegistrationScreen(service, runner, data / "billetter")
    window.add_screen(screen, screen.title())
    window.resize(1100, 640)
    window.show()
    screen.cpr_edit.setText(f"{cpr[:6]}-{cpr[6:]}")
    screen.cpr_edit.returnPressed.emit()

    def shoot() -> None:
        screen.services.setCurrentRow(0)
        app.processEvents()
        pixmap = window.screen().grabWindow(window.winId())
        pixmap.save(str(out))
        print(f"saved {out} ({pixmap.width()}x{pixmap.height()})")
        app.quit()

    QTimer.singleShot(1500, shoot)
    app.exec()
    runner.shutdown()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/registration.png")))
