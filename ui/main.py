"""The composition root: settings → logging → the window with its sign-in page → the
event loop; behind the page the store, the services and the desk (class StartUp)."""

from __future__ import annotations

import time

_STARTED = time.perf_counter()  # before the heavy imports: what --benchmark-startup reports from

import argparse  # noqa: E402
import logging  # noqa: E402
import sys  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

if TYPE_CHECKING:  # for the annotations only: start-up imports these when needed
    import asyncio
    from collections.abc import Callable, Coroutine
    from typing import Any

    from PySide6.QtWidgets import QApplication

    from app.sync.connection import SyncConnection
    from app.sync.engine import SyncEngine
    from local_cache.sync_store import SqlSyncStore
    from ui.composition import Desk
    from ui.gui_gc import GuiThreadCollector
    from ui.queue.display_mode import DisplayMode
    from ui.shell import SignInShell

    Schedule = Callable[[Coroutine[Any, Any, None]], object]

log = logging.getLogger("skranke")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="skranke", description="Skranke – modtagelsen i Jobcenter København"
    )
    parser.add_argument(
        "--config",
        type=Path,
        help="IT's konfigurationsfil (standard: SKRANKE_CONFIG eller maskinens skranke.ini)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="mappe til den lokale database (standard: fra konfigurationsfilen, ellers "
        "brugerens datamappe)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="fyld databasen med demoborgere, hvis den er tom"
    )
    parser.add_argument(
        "--lang",
        choices=("da", "en"),
        help="sprog (standard: det valgte i Indstillinger, ellers IT's, ellers systemets)",
    )
    parser.add_argument(
        "--printer",
        help="billetprinter: pdf, system:<navn>, escpos-net:<vært>:<port>, escpos-usb:<vid>:<pid>",
    )
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
    args = parser.parse_args(argv)
    # What the flags said, kept for apply_machine_config; usable defaults until it runs.
    args.lang_flag, args.data_dir_flag = args.lang, args.data_dir
    args.lang = args.lang or "da"
    if args.data_dir is None:
        from platformdirs import user_data_dir

        args.data_dir = Path(user_data_dir("Skranke", "Jobcenter Koebenhavn"))
    args.key_dir = args.machine_config = args.printer_preset = None
    return args


SETTLE_MS = 1000  # after start-up, when the sign-in page is on screen


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from app.errors import KnownError

    try:
        args.machine_config = apply_machine_config(args)
    except KnownError as exc:  # IT's file or a flag is wrong: say which and why, start nothing
        return _refuse_to_start(exc, args)
    from ui.log_files import setup_logging

    setup_logging(args.data_dir)  # <data_dir>/logs, Qt's messages, crash reports

    if args.set_secret:  # a terminal task: no window
        from local_cache.store import open_store
        from local_cache.store_key import workstation_store_key

        key = workstation_store_key(args.data_dir, key_dir=args.key_dir)
        return _set_secret(open_store(args.data_dir, key=key), args.set_secret)

    from PySide6.QtWidgets import QApplication

    from ui.i18n import install_translation
    from ui.theme import stylesheet

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Skranke")
    _set_window_icon(app)
    app.setStyleSheet(stylesheet())
    translator = install_translation(app, args.lang)  # noqa: F841 - kept alive for the app's life
    from ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(app)  # Qt objects are finalised on the GUI thread only
    app.aboutToQuit.connect(collector.stop)

    # The sign-in page first: it takes keys while the store opens and the desk is built
    # behind it (a waiting-room display has no sign-in: it shows when its data is read).
    shell = None
    if not args.display:
        from ui.shell import open_shell

        shell = open_shell(args.data_dir)
    start = StartUp(app, args, collector, shell)
    if args.benchmark_startup:
        start.measure()

    import asyncio

    import qasync  # type: ignore[import-untyped]  # qasync ships no type information

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    app.aboutToQuit.connect(loop.stop)
    if shell is not None:
        from ui.shell import when_taking_keys

        when_taking_keys(shell, lambda: start.begin(loop))
    else:
        start.begin(loop)
    with loop:
        loop.run_forever()
        if start.connection is not None:
            loop.run_until_complete(start.connection.aclose())
    return start.close()


class StartUp:
    """What start-up does once the first window is on screen, each step when the one
    before has answered: open the store and import the rest on the store's worker thread;
    read the workstation (the first-run dialog if it is new) on the GUI thread; read the
    desk's facts on the worker; build the desk into the window a screen at a time on the
    event loop; start sync. A store that cannot be opened ends start-up with exit code 2."""

    def __init__(
        self,
        app: QApplication,
        args: argparse.Namespace,
        collector: GuiThreadCollector | None,
        shell: SignInShell | None,
    ) -> None:
        from ui.background import BackgroundRunner

        self._app, self._args, self._collector, self._shell = app, args, collector, shell
        self._opener = shell.runner if shell is not None else BackgroundRunner()
        self._runners: list[BackgroundRunner] = [self._opener]
        self._loop: asyncio.AbstractEventLoop | None = None
        self._opened: list[object] = []  # the store, as soon as it is open (closed at exit)
        self.exit_code = 0
        self.connection: SyncConnection | None = None
        self.desk: Desk | None = None
        self._clock: StartUpClock | None = None

    def measure(self) -> None:
        """--benchmark-startup: report when the sign-in page takes keys, then when the desk
        is ready, and quit."""
        self._clock = StartUpClock(self._app, self._shell)

    def begin(self, loop: asyncio.AbstractEventLoop | None) -> None:
        """Start loading; `loop` (qasync) runs sync once the desk is built."""
        self._loop = loop
        self._opener.run(self._open, self._opened_store, self._not_opened)

    def _open(self) -> object:
        """On the store's worker thread: the store, and the modules the rest needs."""
        from local_cache.store import open_store
        from local_cache.store_key import workstation_store_key

        args = self._args
        key = workstation_store_key(args.data_dir, key_dir=args.key_dir)
        store = open_store(args.data_dir, key=key)
        self._opened.append(store)
        self._keep_what_is_imported()
        if args.demo:
            from local_cache.demo_data import ensure_demo_jobshop, ensure_demo_population

            added = ensure_demo_population(store, count=2000)
            if added:
                log.info("demo population: %d citizens added", added)
            orders = ensure_demo_jobshop(store)
            if orders:
                log.info("demo job shop: %d job orders added", orders)
        _prepare_sign_in(store, args)
        import app.sync.connection  # noqa: F401 - the HTTP stack, off the GUI thread
        import ui.composition  # noqa: F401 - the screens' modules, off the GUI thread

        self._keep_what_is_imported()
        return store

    def _keep_what_is_imported(self) -> None:
        """Modules live as long as the app: out of the collector's sight before a full
        collection on the GUI thread walks them all (gc.freeze collects nothing, so
        nothing is finalised on this thread)."""
        if self._collector is not None:
            self._collector.keep()

    def _not_opened(self, error: BaseException) -> None:
        """A wrong key, a store busy in another process: say so, touch nothing."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from app.errors import KnownError

        known = isinstance(error, KnownError)
        message = error.message if isinstance(error, KnownError) else str(error)
        log.error("the local store cannot be opened: %s", message)
        print(message, file=sys.stderr)
        if known and not self._args.benchmark_startup:  # nobody to click it away in a bench
            from ui.failures import failure_text  # the store's refusal in the desk's language

            parent = self._shell.window if self._shell is not None else None
            title = QCoreApplication.translate("Main", "Skranke kan ikke starte")
            QMessageBox.critical(parent, title, failure_text(error))
        self._quit(2 if known else 1)

    def _opened_store(self, store: object) -> None:
        """On the GUI thread, before the desk exists: the workstation (asking if new)."""
        workstation = _workstation(store, self._args)
        if workstation is None:
            self._quit(1)
            return
        self._opener.run(
            lambda: self._read(store, workstation),
            lambda facts: self._build(store, workstation, *facts),
            self._not_opened,
        )

    def _read(self, store: object, workstation: object) -> tuple[object, SqlSyncStore, bool]:
        """On the worker: what the desk is built from, and whether it syncs."""
        from app.catalogue import CATALOGUE
        from app.workstation import WorkstationConfig
        from local_cache.store import LocalStore
        from local_cache.sync_store import SqlSyncStore
        from ui.composition import read_start_up_facts

        assert isinstance(store, LocalStore) and isinstance(workstation, WorkstationConfig)
        sync_store = SqlSyncStore(store, catalogue=CATALOGUE)
        stand_alone = not self._args.server and sync_store.enrolment() is None
        facts = (
            None if self._args.display else read_start_up_facts(store, workstation, self._args.lang)
        )
        return facts, sync_store, stand_alone

    def _build(
        self,
        store: object,
        workstation: object,
        facts: object,
        sync_store: SqlSyncStore,
        stand_alone: bool,
    ) -> None:
        from PySide6.QtCore import QTimer

        from app.workstation import WorkstationConfig
        from local_cache.store import LocalStore
        from ui.composition import StartUpFacts, attach_sync, build_desk_in_steps

        assert isinstance(store, LocalStore) and isinstance(workstation, WorkstationConfig)
        args = self._args
        if args.display or self._shell is None:  # the waiting-room display alone, syncing
            display = open_display(store, workstation, args)
            self._runners.append(display.runner)
            self._built(partial(attach_display_sync, display), sync_store, workstation, stand_alone)
            return
        assert isinstance(facts, StartUpFacts)
        steps = build_desk_in_steps(
            store,
            workstation,
            args.data_dir,
            args.lang,
            facts=facts,
            shell=self._shell,
            printer_preset=args.printer_preset,
            config=args.machine_config,
        )

        def step() -> None:  # one screen, then the keyboard's turn
            began = time.perf_counter()
            try:
                next(steps)
            except StopIteration as built:
                self.desk = built.value
                self._built(partial(attach_sync, built.value), sync_store, workstation, stand_alone)
                return
            finally:
                if self._clock is not None:
                    self._clock.step_took(time.perf_counter() - began)
            QTimer.singleShot(1, step)  # a timer, not a posted call: keys and timers go first

        step()

    def _built(
        self,
        attach: Callable[[SyncEngine, Schedule], object],
        sync_store: SqlSyncStore,
        workstation: object,
        stand_alone: bool,
    ) -> None:
        from PySide6.QtCore import QTimer

        if not stand_alone:
            assert self._loop is not None, "sync runs on the app's event loop"
            self.connection = _start_sync(attach, sync_store, workstation, self._args, self._loop)
        if self._collector is not None:  # what was built lives as long as the app
            QTimer.singleShot(SETTLE_MS, self._collector.settle)
        if self._clock is not None:
            self._clock.ready()

    def _quit(self, code: int) -> None:
        self.exit_code = code
        self._app.quit()

    def close(self) -> int:
        for runner in self._runners:
            runner.shutdown()  # waits for the worker: the store is not in use after this
        for store in self._opened:
            store.close()  # type: ignore[attr-defined]
        return self.exit_code


class StartUpClock:
    """--benchmark-startup's measures, printed as `name=value` lines on stdout.

    interactive_ms: from the first line of this module to the sign-in page taking keys —
    the main window shown and exposed, keyboard focus in the staff field. ready_ms: to the
    desk built behind it and sign-in able to check a secret. longest_gap_ms: the longest
    wait between two ticks of a 5 ms timer on the GUI thread in between — how long a key
    typed during the load could wait (the loading thread holds Python's lock in turns).
    longest_step_ms: the longest single step of building the desk on the GUI thread."""

    TICK_MS = 5

    def __init__(self, app: QApplication, shell: SignInShell | None) -> None:
        from PySide6.QtCore import QTimer

        self._app, self._shell = app, shell
        self._last = 0.0
        self.longest_gap = 0.0
        self.longest_step = 0.0
        self._ticks = QTimer(app, interval=self.TICK_MS)
        self._ticks.timeout.connect(self._tick)
        self._said = False
        self._check = QTimer(app, interval=1)
        self._check.timeout.connect(self._interactive)
        if shell is not None:  # a waiting-room display takes no keys: it is ready when shown
            self._check.start()

    def _interactive(self) -> None:
        from ui.shell import takes_keys

        assert self._shell is not None
        if not takes_keys(self._shell):
            return
        self._check.stop()
        self._said = True
        _say("interactive_ms", time.perf_counter() - _STARTED)
        self._last = time.perf_counter()
        self._ticks.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_gap = max(self.longest_gap, now - self._last)
        self._last = now

    def step_took(self, seconds: float) -> None:
        self.longest_step = max(self.longest_step, seconds)

    def ready(self) -> None:
        if not self._said:  # the display, or a load faster than the page's first expose
            self._check.stop()
            self._said = True
            _say("interactive_ms", time.perf_counter() - _STARTED)
            self._last = time.perf_counter()
        self._tick()
        self._ticks.stop()
        _say("ready_ms", time.perf_counter() - _STARTED)
        _say("longest_gap_ms", self.longest_gap)
        _say("longest_step_ms", self.longest_step)
        self._app.quit()


def _say(name: str, seconds: float) -> None:
    print(f"{name}={seconds * 1000:.0f}", flush=True)


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
    """The remembered workstation, the one the flags name, or the first-run wizard's
    answer (IT's file presets it); None when the wizard is cancelled."""
    from app.catalogue import CATALOGUE
    from app.config import MachineConfig
    from local_cache.store import LocalStore
    from local_cache.sync_store import SqlSyncStore
    from ui.composition import units_of_work
    from ui.first_run import Place, Storage, workstation_for

    assert isinstance(store, LocalStore)
    config = args.machine_config or MachineConfig()
    place = Place(
        site=args.site or config.site,
        counter=args.counter or config.counter,
        staff=args.staff,
        server=args.server or config.server,
        from_flags=bool(args.site),
    )
    storage = Storage(
        settings=store.settings,
        units=units_of_work(store),
        sync=SqlSyncStore(store, catalogue=CATALOGUE),
    )
    # A measured start has nobody to answer the wizard: it takes the first choices.
    return workstation_for(storage, place, ask=not args.benchmark_startup, ca_file=args.server_ca)


def _set_window_icon(app: QApplication) -> None:
    """Every window's icon (the Windows .exe carries its own for Explorer)."""
    from importlib import resources

    from PySide6.QtGui import QIcon

    icon = resources.files("resources.icons").joinpath("skranke.png")
    with resources.as_file(icon) as path:
        app.setWindowIcon(QIcon(str(path)))


def apply_machine_config(args: argparse.Namespace) -> object:
    """Fill what the flags left open from IT's file, then the defaults; the language from
    the flag, the user's remembered choice, IT's file, then the system's locale."""
    from PySide6.QtCore import QLocale

    from app.config import (
        choose_language,
        default_data_dir,
        default_key_dir,
        language_of_locale,
        read_machine_config,
    )
    from ui.settings.language_choice import remembered_language

    config = read_machine_config(args.config)
    for key in config.ignored:
        log.warning("%s: unknown key %r ignored", config.path, key)
    args.data_dir = args.data_dir_flag or default_data_dir(config)
    args.key_dir = default_key_dir(config)
    args.server_ca = args.server_ca or config.server_ca
    if args.enrol_code and not args.server:  # a code alone enrols with IT's server
        args.server = config.server
    if args.idle_minutes is None:
        args.idle_minutes = config.idle_minutes
    from app.printing.printer_spec import parse_printer_spec

    spec = args.printer or config.printer
    args.printer_preset = parse_printer_spec(spec) if spec else None
    system = language_of_locale(QLocale.system().name())
    args.lang = choose_language(args.lang_flag, remembered_language(), config, system)
    return config


def _refuse_to_start(error: Exception, args: argparse.Namespace) -> int:
    """A configuration IT must mend: on stderr and in a box, exit code 2."""
    message = getattr(error, "message", str(error))
    print(message, file=sys.stderr)
    if not args.benchmark_startup:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - for the box
        from ui.failures import failure_text

        title = QCoreApplication.translate("Main", "Skranke kan ikke starte")
        shown = failure_text(error) if hasattr(error, "message") else message
        QMessageBox.critical(None, title, shown)
    return 2


def open_display(store: object, workstation: object, args: argparse.Namespace) -> DisplayMode:
    """`skranke --display`: the waiting-room display alone, full screen on its screen and
    without sign-in — it shows ticket numbers and counters, nothing personal. It reads the
    store through its own runner and repaints on the change event, like the desk's."""
    from app.catalogue import CATALOGUE
    from app.commands.bus import CommandBus
    from app.queue.profiles import counter_profile
    from app.queue.service import QueueService
    from app.reference_data.readers import entrance_hours_in_use
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
        hours=entrance_hours_in_use(),  # past closing the display promises no minutes
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
