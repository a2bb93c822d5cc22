"""Screenshots of the counter screen, the supervisor view and the waiting-room display.

Usage: xvfb-run -a -s "-screen 0 1280x800x24" python3 scripts/screenshot_queue.py docs/
Builds a throw-away store for Musvågevej with a morning of queue traffic made by
real commands (tickets issued, called, served), backdates the arrival and service
times so the figures look like 10:30 on a busy day, and grabs the real windows.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.catalogue import CATALOGUE  # noqa: E402
from app.commands.bus import CommandBus  # noqa: E402
from app.commands.envelope import utc_now  # noqa: E402
from app.queue.service import QueueService  # noqa: E402
from app.registration import RegistrationService  # noqa: E402
from app.security.sign_in import SignInService  # noqa: E402
from app.workstation import WorkstationConfig, configure_workstation  # noqa: E402
from local_cache.demo_data import ensure_demo_population  # noqa: E402
from local_cache.store import LocalStore, open_store  # noqa: E402
from ui.composition import build_desk  # noqa: E402
from ui.theme import stylesheet  # noqa: E402

SERVICES = ("jobbutik", "jobbutik", "aaben_raadgivning", "primaervisitation", "aftale")


def busy_morning(store: LocalStore, ws: WorkstationConfig) -> None:
    rng = random.Random(7)
    bus = CommandBus(store.unit_of_work, CATALOGUE)
    registration = RegistrationService(store.unit_of_work, bus, ws)
    with store.unit_of_work() as uow:
        citizens = [c.id for c in uow.citizens.search_name("a", limit=60)]
    now = utc_now()
    for i in range(40):
        receipt = registration.issue_ticket(rng.choice(citizens), rng.choice(SERVICES))
        counter = 2 + i % 2  # counters 2 and 3; counter 1 is this desk
        desk = dataclasses.replace(ws, counter_number=counter, staff_id=_staff(counter))
        queue = QueueService(store.unit_of_work, bus, desk, list(SERVICES))
        arrived = now - dt.timedelta(minutes=150 - i * 3.4)
        if i < 30:  # the earlier ones have been served
            queue.act("call_ticket", receipt.ticket_id, counter_number=counter)
            queue.act("start_serving", receipt.ticket_id)
            if i < 28:
                queue.act("finish_ticket", receipt.ticket_id)
        with store.unit_of_work() as uow:
            ticket = uow.tickets.get(receipt.ticket_id)
            assert ticket is not None
            called = arrived + dt.timedelta(minutes=rng.uniform(4, 22))
            uow.tickets.save(
                dataclasses.replace(
                    ticket,
                    issued_at=arrived,
                    queued_at=arrived,
                    called_at=called if ticket.called_at else None,
                    serving_at=called + dt.timedelta(minutes=1) if ticket.serving_at else None,
                    finished_at=called + dt.timedelta(minutes=rng.uniform(5, 14))
                    if ticket.finished_at
                    else None,
                )
            )
            uow.commit()


def _staff(counter: int) -> str:
    return {2: "mus-aan", 3: "mus-ljp"}[counter]


def grab(widget: QWidget, path: Path) -> None:
    pixmap = widget.screen().grabWindow(widget.winId())
    pixmap.save(str(path))
    print(f"saved {path} ({pixmap.width()}x{pixmap.height()})")


def main(out: Path) -> int:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(stylesheet())
    data = Path(tempfile.mkdtemp(prefix="skranke-shot-"))
    store = open_store(data)
    ensure_demo_population(store, count=300)
    with store.unit_of_work() as uow:
        ws = configure_workstation(
            store.settings, uow.reference, site_code="MUS", counter_number=1, staff_id="mus-bbj"
        )
    busy_morning(store, ws)
    desk = build_desk(
        store,
        ws,
        data,
        "da",
        session=SignInService(store.unit_of_work, None, site_code=ws.site_code).session_for(
            ws.staff_id
        ),
    )  # type: ignore[arg-type]
    desk.window.resize(1200, 720)
    desk.window.show()
    desk.window.tabs.setCurrentWidget(desk.counter)
    desk.counter.call_next()
    steps = [
        lambda: grab(desk.window, out / "counter.png"),
        lambda: desk.window.tabs.setCurrentWidget(desk.supervisor),
        lambda: grab(desk.window, out / "supervisor.png"),
        lambda: _open_display(desk),
        lambda: grab(_display(), out / "display.png"),
        app.quit,
    ]
    for i, step in enumerate(steps):
        QTimer.singleShot(1500 * (i + 1), step)
    app.exec()
    desk.runner.shutdown()
    store.close()
    return 0


def _open_display(desk: object) -> None:
    desk.display_action.trigger()  # type: ignore[attr-defined]
    display = _display()
    display.showNormal()
    display.resize(1280, 720)


def _display() -> QWidget:
    [display] = [
        w for w in QApplication.topLevelWidgets() if w.accessibleName() == "Venteværelsesskærm"
    ]
    return display


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
