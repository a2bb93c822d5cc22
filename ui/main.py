"""The composition root: settings → logging → store → services → window → event loop."""

from __future__ import annotations

import time

_STARTED = time.perf_counter()  # before the heavy imports: what --benchmark-startup reports from

import argparse  # noqa: E402
import asyncio  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from platformdirs import user_data_dir  # noqa: E402

if TYPE_CHECKING:  # for the annotations only: start-up imports these when needed
    from collections.abc import Callable, Coroutine
    from typing import Any

    from app.sync.connection import SyncConnection
    from app.sync.engine import SyncEngine
    from local_cache.sync_store import SqlSyncStore
    from ui.queue.display_mode import DisplayMode

    Schedule = Callable[[Coroutine[Any, Any, None]], object]

log = logging.getLogger("skranke")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="skranke", description="Skranke – modtagelsen i Jobcenter København"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path(user_data_dir("Skranke", "Jobcenter Koebenhavn")),
        help="mappe til den lokale database (standard: brugerens datamappe)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="fyld databasen med demoborgere, hvis den er tom"
    )
    parser.add_argument("--lang", choices=("da", "en"), default="da", help="sprog (standard: da)")
    parser.add_argument(
        "--site", help="afdeling (MUS, SKB, NYR) – springer opsætningsdialogen over"
    )
    parser.add_argument("--counter", type=int, help="skranke-nummer sammen med --site")
    parser.add_argument("--staff", help="medarbejder-id sammen med --site")
    parser.add_argument(
        "--server", help="den centrale servers adresse, fx http://127.0.0.1:8765 (uden: kun lokalt)"
    )
    parser.add_argument(
        "--enrol-code", help="engangskode til tilmelding hos serveren (første gang)"
    )
    parser.add_argument(
        "--server-ca",
        type=Path,
        help="CA-fil (PEM), som serverens certifikat skal bekræftes med (standard: systemets)",
    )
    parser.add_argument(
        "--display",
        action="store_true",
        help="start som venteværelsesskærm (fuld skærm) i stedet for skrankevinduet",
    )
    parser.add_argument(
        "--screen",
        type=int,
        metavar="N",
        help="skærm nr. N (fra 1) til venteværelsesskærmen (standard: en anden skærm end "
        "den primære, hvis der er en)",
    )
    parser.add_argument(
        "--set-secret",
        metavar="MEDARBEJDER",
        help="sæt adgangskode/PIN for en medarbejder på denne arbejdsstation (spørger) og afslut",
    )
    parser.add_argument(
        "--idle-minutes",
        type=float,
        help="lås skærmen efter så mange minutter uden brug (standard 5; huskes)",
    )
    parser.add_argument(
        "--benchmark-startup",
        action="store_true",
        help="udskriv interactive_ms=<n>, når vinduet er klar, og afslut",
    )
    return parser.parse_args(argv)


SETTLE_MS = 1000  # after start-up, when the sign-in page is on screen


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

    if args.set_secret:  # a terminal task: no window
        from local_cache.store import open_store
        from local_cache.store_key import workstation_store_key

        key = workstation_store_key(args.data_dir)
        return _set_secret(open_store(args.data_dir, key=key), args.set_secret)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translation
    from ui.theme import stylesheet

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Skranke")
    app.setStyleSheet(stylesheet())
    translator = install_translation(app, args.lang)  # noqa: F841 - kept alive for the app's life
    from ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(app)  # Qt objects are finalised on the GUI thread only
    app.aboutToQuit.connect(collector.stop)

    from app.errors import KnownError
    from local_cache.store import open_store
    from local_cache.store_key import workstation_store_key

    try:
        store = open_store(args.data_dir, key=workstation_store_key(args.data_dir))
    except KnownError as exc:  # a wrong key, a store busy in another process: say so, touch nothing
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        log.error("the local store cannot be opened: %s", exc.message)
        print(exc.message, file=sys.stderr)
        if not args.benchmark_startup:  # nobody to click the box away in a measured start
            QMessageBox.critical(
                None, QCoreApplication.translate("Main", "Skranke kan ikke starte"), exc.message
            )
        return 2
    if args.demo:
        from local_cache.demo_data import ensure_demo_jobshop, ensure_demo_population

        added = ensure_demo_population(store, count=2000)
        if added:
            log.info("demo population: %d citizens added", added)
        orders = ensure_demo_jobshop(store)
        if orders:
            log.info("demo job shop: %d job orders added", orders)

    _prepare_sign_in(store, args)
    workstation = _workstation(store, args)
    if workstation is None:
        return 1
    from app.catalogue import CATALOGUE
    from local_cache.sync_store import SqlSyncStore

    # Read here, before the desk is built: from then on the store is the worker threads'.
    sync_store = SqlSyncStore(store, catalogue=CATALOGUE)
    stand_alone = not args.server and sync_store.enrolment() is None
    from ui.composition import attach_sync, build_desk

    attach: Callable[[SyncEngine, Schedule], object]
    if args.display:  # a PC behind the waiting-room TV: the display alone, still syncing
        display = open_display(store, workstation, args)
        runner = display.runner
        attach = partial(attach_display_sync, display)
    else:
        desk = build_desk(store, workstation, args.data_dir, args.lang)  # type: ignore[arg-type]
        runner = desk.runner
        desk.window.show()
        attach = partial(attach_sync, desk)

    import qasync  # type: ignore[import-untyped]  # qasync ships no type information

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    app.aboutToQuit.connect(loop.stop)
    connection = None if stand_alone else _start_sync(attach, sync_store, workstation, args, loop)
    QTimer.singleShot(SETTLE_MS, collector.settle)  # what the desk built lives as long as it
    if args.benchmark_startup:

        def report() -> None:
            print(f"interactive_ms={(time.perf_counter() - _STARTED) * 1000:.0f}", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    with loop:
        loop.run_forever()
        if connection is not None:
            loop.run_until_complete(connection.aclose())
    runner.shutdown()
    store.close()
    return 0


def _set_secret(store: object, staff_id: str) -> int:
    """`skranke --set-secret ID`: an administrator gives a colleague a password or PIN here."""
    import getpass

    from app.errors import KnownError
    from app.security.passwords import Passwords
    from app.security.sign_in import set_secret
    from local_cache.store import LocalStore
    from shared_store.uow_port import as_port

    assert isinstance(store, LocalStore)
    first = getpass.getpass("Ny adgangskode eller PIN-kode: ")
    if getpass.getpass("Gentag: ") != first:
        print("De to indtastninger er ikke ens; intet er ændret.", file=sys.stderr)
        return 2
    try:
        set_secret(lambda: as_port(store.unit_of_work()), Passwords(), staff_id, first)
    except KnownError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    print(f"Adgangskoden for {staff_id} er sat.")
    return 0


def _prepare_sign_in(store: object, args: argparse.Namespace) -> None:
    from local_cache.store import LocalStore
    from ui.composition import IDLE_SETTING, units_of_work

    assert isinstance(store, LocalStore)
    if args.idle_minutes is not None and args.idle_minutes > 0:
        store.settings.set_setting(IDLE_SETTING, str(args.idle_minutes))
    if args.demo:  # FOR DEMONSTRATION: every seeded colleague signs in with PIN 1234
        from app.security.demo_credentials import seed_demo_credentials
        from app.security.passwords import Passwords

        if seed_demo_credentials(units_of_work(store), Passwords()):
            log.info("demo sign-in: every staff member has the PIN 1234")


def _workstation(store: object, args: argparse.Namespace) -> object:
    from app.workstation import configure_workstation, load_workstation
    from local_cache.store import LocalStore
    from ui.first_start_dialog import FirstStartDialog

    assert isinstance(store, LocalStore)
    if args.site:
        with store.unit_of_work() as uow:
            staff = args.staff or next(s.id for s in uow.reference.staff(args.site))
            return configure_workstation(
                store.settings,
                uow.reference,
                site_code=args.site,
                counter_number=args.counter or 1,
                staff_id=staff,
            )
    existing = load_workstation(store.settings)
    if existing is not None:
        return existing
    with store.unit_of_work() as uow:
        sites = list(uow.reference.sites())
        counters = {s.code: list(uow.reference.counters(s.code)) for s in sites}
        staff_list = list(uow.reference.staff())
    if args.benchmark_startup:  # nobody to answer the dialog: take the first choices
        with store.unit_of_work() as uow:
            return configure_workstation(
                store.settings,
                uow.reference,
                site_code=sites[0].code,
                counter_number=counters[sites[0].code][0].number,
                staff_id=next(s.id for s in staff_list if s.site_code == sites[0].code),
            )
    dialog = FirstStartDialog(sites, counters, staff_list)
    if not dialog.exec():
        return None
    with store.unit_of_work() as uow:
        return configure_workstation(
            store.settings,
            uow.reference,
            site_code=dialog.site_code,
            counter_number=dialog.counter_number,
            staff_id=dialog.staff_id,
        )


def open_display(store: object, workstation: object, args: argparse.Namespace) -> DisplayMode:
    """`skranke --display`: the waiting-room display alone, full screen on its screen and
    without sign-in — it shows ticket numbers and counters, nothing personal. It reads the
    store through its own runner and repaints on the change event, like the desk's."""
    from app.catalogue import CATALOGUE
    from app.commands.bus import CommandBus
    from app.queue.profiles import counter_profile
    from app.queue.service import QueueService
    from app.workstation import WorkstationConfig
    from local_cache.store import LocalStore
    from ui.background import BackgroundRunner, GuiThreadGuard
    from ui.changes import ChangeRelay
    from ui.composition import read_start_up_facts, units_of_work
    from ui.queue.display_mode import DisplayMode
    from ui.queue.display_screen import display_screen, show_full_screen_on
    from ui.queue.waiting_room_display import WaitingRoomDisplay

    assert isinstance(store, LocalStore) and isinstance(workstation, WorkstationConfig)
    facts = read_start_up_facts(store, workstation, args.lang)  # before the guard watches
    guard = GuiThreadGuard()
    store.watch_access(guard)
    runner, changes, units = BackgroundRunner(), ChangeRelay(), units_of_work(store)
    queue = QueueService(
        units,
        CommandBus(units, CATALOGUE),  # the display reads; it never commands
        workstation,
        counter_profile(workstation.site_code, workstation.counter_number),
    )
    window = WaitingRoomDisplay(
        queue, runner, facts.service_names, changes=changes, site_name=facts.site.name
    )
    show_full_screen_on(window, display_screen(args.screen))
    return DisplayMode(window, runner, changes, guard)


def attach_display_sync(display: DisplayMode, engine: SyncEngine, schedule: Schedule) -> None:
    """What the server sends repaints the display, as on a desk (ui/composition.attach_sync)."""
    display.runner.use_loop(schedule)
    engine.on_changes(display.changes.pulled)


def _start_sync(
    attach: Callable[[SyncEngine, Schedule], object],
    sync_store: SqlSyncStore,
    workstation: object,
    args: argparse.Namespace,
    loop: asyncio.AbstractEventLoop,
) -> SyncConnection:
    """Sync runs as a coroutine on the Qt event loop (qasync): the UI never waits for it,
    and the engine reads the store on its own database thread."""
    from app.sync.connection import SyncConnection
    from app.sync.status import SyncState

    connection = SyncConnection(sync_store, ca_file=args.server_ca)
    engine = connection.engine
    attach(engine, loop.create_task)

    async def run() -> None:
        enrolled = await engine.enrolment()
        workstation_id = workstation.workstation_id  # type: ignore[attr-defined]
        if enrolled is not None and args.enrol_code:
            # A code for an enrolled desk: a replacement code re-admits it under its own
            # id (one revoked, or whose token was lost); any other keeps it as it was.
            try:
                server_url = args.server or enrolled.server_url
                await engine.enrol(server_url, args.enrol_code, workstation_id)
            except Exception as exc:  # noqa: BLE001 - the desk stays enrolled as it was
                log.warning("the enrolment code was not used: %s", exc)
        elif enrolled is None:
            try:  # a lost reply is asked for again: the same code and id get a fresh token
                code = args.enrol_code or ""
                if await engine.enrol_until_answered(args.server, code, workstation_id) is None:
                    return
            except Exception as exc:  # noqa: BLE001 - shown in the status bar, the desk goes on
                log.warning("enrolment failed: %s", exc)
                message = getattr(exc, "message_da", str(exc))
                await engine.refresh_status(state=SyncState.NOT_ENROLLED, message=message)
                return
        await engine.run()

    loop.create_task(run())
    return connection


if __name__ == "__main__":
    sys.exit(main())
