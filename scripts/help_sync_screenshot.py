"""The user guide's pictures of the status bar with a server (resources/help/images/
statuslinje-online.png), from a real server process and a demo desk that syncs with it —
a companion of scripts/help_screenshots.py.

Usage (from the repository root, with the server extra installed):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/help_sync_screenshot.py [OUT_DIR]

What it does: starts `python -m server serve --demo` on a free loopback port with a
throw-away SQLite database, makes an enrolment code with `python -m server
enrolment-code`, builds a demo desk signed in as BBJ, enrols it and runs its sync engine
on the Qt event loop (qasync), as `skranke --server … --enrol-code …` does. When
everything has been sent, the status bar is grabbed («Online»); then the server is
stopped, a ticket is issued by keys (CPR, Enter, a reason, Enter), and when the desk says
it is offline with the change waiting, what the status bar says is printed (stderr).
"""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import help_screenshots as help_lib  # noqa: E402  (scripts/help_screenshots.py)
import httpx  # noqa: E402
import qasync  # type: ignore[import-untyped]  # noqa: E402
import screenshots as shots_lib  # noqa: E402  (scripts/screenshots.py)
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit  # noqa: E402

from app.sync.connection import SyncConnection  # noqa: E402
from app.sync.engine import SyncSettings  # noqa: E402
from app.sync.status import SyncState  # noqa: E402
from local_cache.sync_store import SqlSyncStore  # noqa: E402
from ui.composition import Desk, attach_sync, build_desk  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = SyncSettings(backoff_base=0.2, backoff_cap=1.0, poll_interval=2.0)
TIMEOUT_S = 60.0
press, type_text, named = shots_lib.press, shots_lib.type_text, shots_lib.named


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(database_url: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "server", "serve", "--database-url", database_url]
            + ["--port", str(port), "--demo"],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise TimeoutError("the server did not answer /health")


def enrolment_code(database_url: str) -> str:
    made = subprocess.run(
        [sys.executable, "-m", "server", "enrolment-code", "--database-url", database_url]
        + ["--site", shots_lib.SITE, "--counter", str(shots_lib.COUNTER)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return str(json.loads(made.stdout)["code"])


async def until(condition: Callable[[], object], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        await asyncio.sleep(0.02)


async def grab_status_bar(desk: Desk, pictures: help_lib.Pictures, name: str) -> None:
    """The status bar once the desk's work is done and Qt has laid it out (the event loop
    turns while this waits: no processEvents inside a coroutine)."""
    await until(lambda: not desk.runner.busy, "the desk's background work")
    for _turn in range(shots_lib.SETTLE_TURNS):
        await asyncio.sleep(0)
    pictures.save(desk.window.grab(desk.window.statusBar().geometry()), name)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app, translator = shots_lib.desk_app()  # noqa: F841 - Danish: Qt's own texts
    folder = Path(tempfile.mkdtemp(prefix="skranke-help-sync-"))
    database_url = f"sqlite:///{folder / 'server.sqlite3'}"
    server = start_server(database_url, port := free_port(), folder / "server.log")
    code = enrolment_code(database_url)
    store, workstation = shots_lib.open_demo_store(folder / "desk")
    people = shots_lib.demo_citizens(store)
    desk = build_desk(
        store,
        workstation,
        folder / "desk",
        "da",
        session=shots_lib.signed_in(store, shots_lib.STAFF),
    )
    pictures = help_lib.Pictures(out, desk.runner)
    loop = qasync.QEventLoop(app, already_running=False)
    asyncio.set_event_loop(loop)

    async def scenario() -> None:
        connection = SyncConnection(SqlSyncStore(store), SETTINGS)
        engine = connection.engine
        await engine.enrol(f"http://127.0.0.1:{port}", code, workstation.workstation_id)
        attach_sync(desk, engine, asyncio.ensure_future)
        running = asyncio.ensure_future(engine.run())
        bar = desk.window.statusBar()
        try:
            await until(
                lambda: engine.status.state is SyncState.ONLINE and engine.status.pending == 0,
                "online with nothing waiting",
            )
            await grab_status_bar(desk, pictures, "statuslinje-online")
            server.terminate()
            server.wait(timeout=20)
            cpr_field = named(desk.registration, "CPR-nummer eller navn", QLineEdit)
            await until(cpr_field.hasFocus, "focus in the CPR field")
            type_text(people[0].cpr)
            press(Qt.Key.Key_Return)
            await until(desk.registration.services.hasFocus, "the card")
            press(help_lib.REASON_DIGIT)
            press(Qt.Key.Key_Return)
            await until(
                lambda: (
                    desk.registration.ticket_dialog is not None
                    and desk.registration.ticket_dialog.isVisible()
                ),
                "the ticket",
            )
            press(Qt.Key.Key_Return)
            state = named(bar, "Synkroniseringsstatus", QLabel)
            await until(
                lambda: (
                    engine.status.state is SyncState.OFFLINE
                    and engine.status.pending > 0
                    and "Offline" in state.text()
                ),
                "offline with the ticket waiting",
            )
            await until(lambda: not desk.runner.busy, "the desk's background work")
            said = " | ".join(
                label.text() for label in bar.findChildren(QLabel) if label.isVisible()
            )
            print(f"offline, the status bar says: {said}", file=sys.stderr)
            if desk.window.width() > help_lib.WIDTH:  # not a picture for the guide
                print(
                    f"note: offline, the desk grew to {desk.window.width()} px for its status bar",
                    file=sys.stderr,
                )
        finally:
            await connection.aclose()
            running.cancel()
            await asyncio.gather(running, return_exceptions=True)

    try:
        desk.window.show()
        desk.window.activateWindow()
        shots_lib.resize_desk(desk, help_lib.WIDTH, help_lib.HEIGHT)
        loop.run_until_complete(scenario())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=20)
        desk.window.close()
        desk.runner.shutdown()
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
    for path in pictures.saved:
        print(path, path.stat().st_size)
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/help/images")))
