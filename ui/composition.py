"""Builds the desk: services from the store and workstation, screens, the main window.

Screens never find each other; the wiring between them (a registration that
leads to a primary visitation, a visitation that ends in a ticket) is here.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Generator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from app.catalogue import CATALOGUE
from app.commands.bus import CommandBus
from app.config import MachineConfig
from app.entities import Site, Staff
from app.jobnet.cv_import import CvStatusImport
from app.jobnet.service import JobnetService
from app.management_info.figures import FiguresOrigin
from app.management_info.service import EngineFigures
from app.outbox_status import pending_changes
from app.phone.service import PhoneDeskService
from app.ports import UnitOfWorkFactory
from app.printing import PrinterSpec
from app.queue.callback_service import CallbackService
from app.queue.profiles import counter_profile
from app.queue.service import QueueService
from app.reference_data.readers import entrance_hours_in_use
from app.reference_data.service import ReferenceDataService
from app.registration import RegistrationService, TicketReceipt
from app.security.audit_query import AuditQueryService, AuditRetention
from app.security.audit_trail import AuditTrail, audit_change
from app.security.passwords import Passwords
from app.security.roles import Role, allowed
from app.security.session import CurrentStaff
from app.security.sign_in import (
    Approver,
    LocalPasswordAuthenticator,
    SignInService,
    StaffSession,
)
from app.security.staff_secrets import StaffSecrets
from app.selfservice.service import SelfServiceService
from app.sync.engine import SyncEngine
from app.sync.staff_sessions import ProvenStaff
from app.visitation.follow_up_service import FollowUpService
from app.visitation.referral_service import ReferralService
from app.visitation.scheme_admin import SchemeAdminService
from app.visitation.visitation_service import VisitationService
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from shared_store.management_info import SqlProductionFigures
from shared_store.unit_of_work import unit_of_work_factory
from shared_store.uow_port import as_port
from ui.background import BackgroundRunner, GuiThreadGuard
from ui.changes import ChangeRelay
from ui.jobnet.cv_section import link_jobnet_to_card
from ui.jobnet.import_dialog import cv_import_action
from ui.jobshop.jobs_desk_link import link_job_shop_to_desk
from ui.jobshop.untaken_orders import UntakenOrdersPanel
from ui.jobshop.wiring import import_action, jobshop_services, jobshop_tab_in_steps
from ui.main_window import MainWindow
from ui.management_info.figures_source import DashboardSource
from ui.management_info.labels import read_labels
from ui.management_info.wiring import DashboardAction
from ui.phone.phone_screen import PhoneScreen
from ui.printing.printer_dialog import offer_ticket_printer
from ui.queue.callback_section import Choices, link_callbacks_to_card
from ui.queue.counter_screen import CounterScreen
from ui.queue.display_screen import display_screen, show_full_screen_on
from ui.queue.overview_source import LocalOverviewSource, ServerOverviewSource
from ui.queue.statistics_dialog import StatisticsDialog
from ui.queue.statistics_source import ServerStatistics, StatisticsSources
from ui.queue.supervisor_actions import SupervisorActions
from ui.queue.supervisor_view import SupervisorView
from ui.queue.waiting_room_display import WaitingRoomDisplay
from ui.reference_admin.admin_dialog import ReferenceAdminDialog
from ui.registration.screen import RegistrationScreen
from ui.security.audit_view import AuditDialog
from ui.security.idle_watcher import IdleWatcher
from ui.security.lock_screen import LockScreen
from ui.security.staff_secrets_dialog import StaffSecretsDialog
from ui.selfservice.card_section import add_pc_board_page, link_selfservice_to_card
from ui.settings.settings_action import SettingsAction
from ui.settings.settings_dialog import DeskFacts
from ui.shell import TEXT_SETTINGS_FILE as TEXT_SETTINGS_FILE  # where the text size is kept
from ui.shell import SignInShell, text_size_for
from ui.sync_status import RejectionsDialog, SyncIndicator
from ui.text_size import SIZES_PX, TextSize
from ui.visitation.case_section import link_case_to_card
from ui.visitation.kastebold_view import KasteboldView
from ui.visitation.latest_visitation_section import link_visitation_to_card
from ui.visitation.visitation_screen import VisitationScreen
from ui.visitation.worklist_view import WorklistView


@dataclass
class Desk:
    window: MainWindow
    runner: BackgroundRunner
    registration: RegistrationScreen
    visitation: VisitationScreen
    counter: CounterScreen
    supervisor: SupervisorView
    display_action: QAction  # opens the waiting-room display (File menu, --display)
    current: CurrentStaff  # who is signed in; empty while locked
    lock_screen: LockScreen
    idle: IdleWatcher
    supervisor_actions: SupervisorActions  # open/close a counter's queues, move tickets
    statistics_sources: StatisticsSources  # the server's all-sites export, once sync is on
    changes: ChangeRelay  # "something changed": local commits and pulls, on the GUI thread
    guard: GuiThreadGuard  # counts (and logs) any store access on the GUI thread
    worklist: WorklistView
    kastebold: KasteboldView
    services: DeskServices  # what the screens call (for scripts, tests and benchmarks)
    text_size: TextSize  # Vis → Større / Mindre tekst, remembered in the data folder
    management_info: DashboardAction | None = None  # Filer → Ledelsesinformation (supervisors)


@dataclass(frozen=True)
class DeskServices:
    registration: RegistrationService
    queue: QueueService
    visitation: VisitationService
    follow_ups: FollowUpService
    referrals: ReferralService


IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 5.0


def units_of_work(store: LocalStore) -> UnitOfWorkFactory:
    """The store's units of work as app's services take them (the core's protocol)."""
    return lambda: as_port(store.unit_of_work())


def idle_minutes(store: LocalStore) -> float:
    value = store.settings.get_setting(IDLE_SETTING)
    try:
        return float(value) if value else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES


@dataclass(frozen=True)
class StartUpFacts:
    """What the desk's window is built from, read before it exists."""

    site: Site
    staff: Staff | None
    service_names: dict[str, str]  # code → name in the desk's language, in display order
    idle_minutes: float


def read_start_up_facts(
    store: LocalStore, workstation: WorkstationConfig, lang: str
) -> StartUpFacts:
    with store.unit_of_work() as uow:
        site = uow.reference.site(workstation.site_code)
        staff = uow.reference.staff_member(workstation.staff_id)
        services = sorted(uow.reference.services(), key=lambda s: (s.sort_order, s.name_da))
    if site is None:
        raise LookupError(workstation.site_code)
    names = {s.code: (s.name_en if lang == "en" else s.name_da) for s in services}
    return StartUpFacts(site, staff, names, idle_minutes(store))


def build_desk(
    store: LocalStore,
    workstation: WorkstationConfig,
    data_dir: Path,
    lang: str,
    *,
    session: StaffSession | None = None,
    passwords: Passwords | None = None,
    idle_ms: int | None = None,
    printer_preset: PrinterSpec | None = None,
    config: MachineConfig | None = None,
) -> Desk:
    """The desk, locked until someone signs in — or signed in as `session` already — built
    in one go (start-up builds it in steps: `build_desk_in_steps`)."""
    steps = build_desk_in_steps(
        store,
        workstation,
        data_dir,
        lang,
        session=session,
        passwords=passwords,
        idle_ms=idle_ms,
        printer_preset=printer_preset,
        config=config,
    )
    while True:
        try:
            next(steps)
        except StopIteration as built:
            return cast(Desk, built.value)


def build_desk_in_steps(
    store: LocalStore,
    workstation: WorkstationConfig,
    data_dir: Path,
    lang: str,
    *,
    facts: StartUpFacts | None = None,
    shell: SignInShell | None = None,
    session: StaffSession | None = None,
    passwords: Passwords | None = None,
    idle_ms: int | None = None,
    printer_preset: PrinterSpec | None = None,
    config: MachineConfig | None = None,
) -> Generator[None, None, Desk]:
    """The desk, a screen at a time: each `next()` builds one piece on the GUI thread, so
    start-up can hand the keyboard back between them; the last returns the desk.

    What the window needs to exist (site, staff member, service names, idle time) is read
    first (or given as `facts`, read off the GUI thread); from then on the store is the
    worker thread's, and any use of it on the GUI thread is reported as a defect. With a
    `shell` the desk is built into the window already on screen, whose sign-in page
    starts checking secrets when the desk is complete."""
    facts = facts or read_start_up_facts(store, workstation, lang)
    guard = GuiThreadGuard()
    store.watch_access(guard)
    runner = shell.runner if shell is not None else BackgroundRunner()
    changes = ChangeRelay()
    current = CurrentStaff()
    store.signer = current.sign  # each change proves who made it (app/security/staff_proof)
    workstation = replace(workstation, signed_in=current)
    units = units_of_work(store)
    bus = CommandBus(units, CATALOGUE, audit=audit_change)  # every change is logged
    bus.subscribe(changes.committed)  # screens refresh and sync pushes at once
    trail = AuditTrail(
        units,
        workstation_id=workstation.workstation_id,
        site_code=workstation.site_code,
        staff_id=lambda: current.require().staff_id,
        committed=changes.committed,  # a look-up's entry waits in the outbox too
    )
    registration = RegistrationService(
        units, bus, workstation, audit=trail, hours=entrance_hours_in_use()
    )
    visitation = VisitationService(units, bus, workstation)
    referrals = ReferralService(units, bus, workstation)
    follow_ups = FollowUpService(units, bus, workstation)
    site, staff, names = facts.site, facts.staff, facts.service_names
    if shell is None:
        window = MainWindow(workstation, site, staff, runner, lambda: pending_changes(units))
    else:
        window = shell.window
        window.set_place(workstation, site, staff, lambda: pending_changes(units))
    window.follow(changes)
    yield
    desk_screen = RegistrationScreen(registration, runner, data_dir / "billetter", lang)
    offer_ticket_printer(window, desk_screen.printer, runner, store.settings, printer_preset)
    yield

    def approve(user_name: str, secret: str) -> Approver:
        """A supervisor signs in at this desk for one override (four eyes)."""
        acting = current.require().staff_id
        return sign_in.approver(
            user_name, secret, action="approve_kastebold_override", acting=acting
        )

    visitation_screen = VisitationScreen(
        visitation, runner, approve, summary_folder=data_dir / "visitationer"
    )
    yield
    link_visitation_to_card(desk_screen.card, visitation, runner)
    link_case_to_card(desk_screen.card, referrals, follow_ups, runner)
    link_jobnet_to_card(
        desk_screen.card,
        JobnetService(visitation),
        runner,
        changes,
        lambda: current.session is not None and allowed(current.session.role, "approve_cv"),
    )
    selfservice = SelfServiceService(units, bus, workstation)
    link_selfservice_to_card(desk_screen.card, selfservice, runner, changes)

    def callback_choices() -> Choices:  # on the store's worker: the queues and the sites
        with units() as uow:
            sites = sorted(uow.reference.sites(), key=lambda s: s.code != workstation.site_code)
        # The queues in the desk's language and display order; the desk's own site first.
        return list(names.items()), [(s.code, s.name) for s in sites]

    link_callbacks_to_card(
        desk_screen.card, CallbackService(units, bus, workstation), runner, callback_choices
    )
    queue = QueueService(
        units,
        bus,
        workstation,
        counter_profile(workstation.site_code, workstation.counter_number),
        hours=entrance_hours_in_use(),  # closed time is no waiting time in the figures
    )
    counter_screen = CounterScreen(
        queue,
        runner,
        names,
        changes=changes,
        after_no_show=follow_ups.pending_absence_for_no_show,
    )
    window.add_screen(desk_screen, desk_screen.title())
    window.add_screen(counter_screen, counter_screen.title())
    yield

    def serve_walk_in(receipt: TicketReceipt) -> None:
        counter_screen.take(receipt.ticket_id)
        window.tabs.setCurrentWidget(counter_screen)

    desk_screen.walk_in_served.connect(serve_walk_in)
    supervisor = SupervisorView(LocalOverviewSource(queue, runner, list(names)), names)
    supervisor.follow(changes)
    reference_data = ReferenceDataService(units, bus, workstation)
    supervisor.follow_thresholds(runner, reference_data.queue_thresholds, changes)
    yield
    supervisor_actions = SupervisorActions(
        queue, runner, names, lambda n: counter_profile(workstation.site_code, n)
    )
    supervisor_actions.follow(changes)
    supervisor.add_panel(supervisor_actions)
    window.add_screen(supervisor, QCoreApplication.translate("Desk", "Køoversigt"))
    yield
    display_action = QAction(QCoreApplication.translate("Desk", "Vis &venteværelsesskærm"), window)
    display_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
    display_action.triggered.connect(
        lambda: open_waiting_room_display(queue, runner, names, changes, site.name)
    )
    window.add_file_action(display_action)
    statistics_action = QAction(
        QCoreApplication.translate("Desk", "Eksportér kø&statistik …"), window
    )
    statistics_action.setShortcut(QKeySequence("Ctrl+E"))
    statistics_sources = StatisticsSources()

    def open_statistics() -> None:
        role = current.session.role if current.session else ""
        StatisticsDialog(
            queue,
            runner,
            window,
            server=statistics_sources.server,
            may_all_sites=allowed(role, "view_other_sites"),
        ).open()

    statistics_action.triggered.connect(open_statistics)
    window.add_file_action(statistics_action)
    management_info = DashboardAction(
        window,
        runner,
        current,
        changes,
        DashboardSource(
            runner,
            site.code,
            SqlProductionFigures(unit_of_work_factory(store.engine), FiguresOrigin.LOCAL),
        ),
        lambda: read_labels(units, site.code, lang),
    )
    window.add_screen(visitation_screen, QCoreApplication.translate("Desk", "&Primærvisitation"))
    yield
    worklist = WorklistView(follow_ups, runner)
    worklist.follow(changes)
    window.add_screen(worklist, QCoreApplication.translate("Desk", "&Opfølgning"))
    yield
    kastebold = KasteboldView(referrals, runner)
    kastebold.follow(changes)
    window.add_screen(kastebold, QCoreApplication.translate("Desk", "Kastebold-sager"))
    yield
    jobshop = jobshop_services(units, bus, workstation, registration)
    jobshop_tab = yield from jobshop_tab_in_steps(
        jobshop, runner, changes, place=lambda tab: window.add_screen(tab, tab.title())
    )
    link_job_shop_to_desk(
        desk_screen, jobshop_tab, jobshop, runner, lambda: window.tabs.setCurrentWidget(jobshop_tab)
    )
    window.add_file_action(import_action(jobshop, runner, window))
    add_pc_board_page(jobshop_tab.add_page, selfservice, runner, changes)
    supervisor.add_page(
        UntakenOrdersPanel(jobshop.vacancies, runner, changes),
        QCoreApplication.translate("Desk", "Jobordrer"),
    )
    importer = CvStatusImport(units, bus, workstation)
    window.add_file_action(cv_import_action(lambda: importer, runner, window))
    phone_screen = PhoneScreen(
        PhoneDeskService(units, bus, workstation, hours=entrance_hours_in_use()),
        runner,
        callback_choices,
        changes,
        jobshop=jobshop,
    )
    window.add_screen(phone_screen, phone_screen.title())
    yield

    def open_visitation(citizen_id: str) -> None:
        window.tabs.setCurrentWidget(visitation_screen)
        visitation_screen.start(citizen_id)

    def visitation_ended(citizen_id: str, service_code: str) -> None:
        window.tabs.setCurrentWidget(desk_screen)
        if service_code:
            desk_screen.issue_ticket_for(citizen_id, service_code)
        else:
            desk_screen.reset()

    desk_screen.visitation_requested.connect(open_visitation)
    worklist.reassess_requested.connect(open_visitation)  # after a held contact interview
    visitation_screen.visitation_completed.connect(visitation_ended)
    visitation_screen.visitation_cancelled.connect(
        lambda _cid: window.tabs.setCurrentWidget(desk_screen)
    )
    audits = AuditQueryService(units, role=lambda: current.require().role, trail=trail)
    audit_action = QAction(QCoreApplication.translate("Desk", "&Revisionslog …"), window)
    audit_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
    retention = AuditRetention(
        bus, workstation.envelope, store.settings, role=lambda: current.require().role
    )

    def open_audit() -> None:
        may_purge = current.session is not None and allowed(current.session.role, "purge_audit")
        AuditDialog(audits, runner, window, retention=retention if may_purge else None).open()

    audit_action.triggered.connect(open_audit)
    window.add_file_action(audit_action)

    passwords = passwords or Passwords()
    staff_secrets = StaffSecrets(units, passwords, role=lambda: current.require().role)
    staff_action = QAction(
        QCoreApplication.translate("Desk", "&Medarbejdernes adgangskoder …"), window
    )
    staff_action.triggered.connect(lambda: StaffSecretsDialog(staff_secrets, runner, window).open())
    window.add_file_action(staff_action)
    reference_action = QAction(QCoreApplication.translate("Desk", "Re&ferencedata …"), window)
    reference_action.setShortcut(QKeySequence("Ctrl+Shift+R"))

    def open_reference_data() -> None:
        role = current.session.role if current.session else ""
        ReferenceAdminDialog(
            reference_data,
            runner,
            changes,
            may_publish=allowed(role, "publish_reference_data"),
            schemes=SchemeAdminService(units, bus, workstation),
            parent=window,
        ).open()

    reference_action.triggered.connect(open_reference_data)
    window.add_file_action(reference_action)
    authenticator = LocalPasswordAuthenticator(units, passwords)
    sign_in = SignInService(units, authenticator, site_code=workstation.site_code)
    if shell is None:
        lock_screen = LockScreen(sign_in.sign_in, runner)
        window.set_lock_page(lock_screen)
    else:
        lock_screen = shell.lock_screen
    idle = IdleWatcher(idle_ms or int(facts.idle_minutes * 60_000), window)

    def lock() -> None:
        last = current.session
        current.sign_out()
        idle.stop()
        window.show_locked()
        lock_screen.prepare(last.initials if last else (staff.initials if staff else ""))

    def unlock(new: StaffSession) -> None:
        current.sign_in(new)
        if new.role is Role.CALL_CENTER:  # the phone entrance's agent works at «Telefon»
            window.tabs.setCurrentWidget(phone_screen)
        window.show_unlocked(new)
        audit_action.setEnabled(allowed(new.role, "view_audit"))
        staff_action.setEnabled(allowed(new.role, "manage_staff"))
        supervisor_actions.set_may_manage(allowed(new.role, "set_counter_service"))
        idle.start()

    def read_settings_facts() -> DeskFacts:  # on the store's worker
        from local_cache.sync_store import SqlSyncStore

        enrolment = SqlSyncStore(store, catalogue=CATALOGUE).enrolment()
        return DeskFacts(
            language=lang,
            idle_minutes=idle_minutes(store),
            printer="",
            place=QCoreApplication.translate("Desk", "%1 (%2), skranke %3")
            .replace("%1", site.name)
            .replace("%2", site.code)
            .replace("%3", str(workstation.counter_number)),
            server=enrolment.server_url
            if enrolment is not None
            else QCoreApplication.translate("Desk", "ingen – skranken arbejder kun på denne pc"),
            data_dir=data_dir,
            config=config or MachineConfig(),
        )

    settings = SettingsAction(
        window,
        runner,
        read_settings_facts,
        lambda minutes: store.settings.set_setting(IDLE_SETTING, str(minutes)),
        lambda: (
            current.session is not None and allowed(current.session.role, "change_desk_settings")
        ),
        idle,
        desk_screen.printer,
    )
    window.add_file_action(settings.action)

    # The text size this PC's receptionists chose, kept beside the store (applied by the
    # shell already when there is one).
    text_size = shell.text_size if shell is not None else text_size_for(data_dir)
    window.offer_text_size(text_size)
    window.offer_help(data_dir, lang)
    if shell is None and text_size.px != SIZES_PX[0]:
        text_size.apply()
    window.lock_requested.connect(lock)
    idle.idle.connect(lock)
    lock_screen.signed_in.connect(unlock)
    if session is not None:
        unlock(session)
    elif shell is None:
        lock()
    else:  # the sign-in page has taken keys all along: it keeps them and now checks them
        lock_screen.ready(sign_in.sign_in, staff.initials if staff else "")
    return Desk(
        window,
        runner,
        desk_screen,
        visitation_screen,
        counter_screen,
        supervisor,
        display_action,
        current,
        lock_screen,
        idle,
        supervisor_actions,
        statistics_sources,
        changes,
        guard,
        worklist,
        kastebold,
        DeskServices(registration, queue, visitation, follow_ups, referrals),
        text_size,
        management_info=management_info,
    )


_open_displays: list[WaitingRoomDisplay] = []


def open_waiting_room_display(
    queue: QueueService,
    runner: BackgroundRunner,
    names: dict[str, str],
    changes: ChangeRelay | None = None,
    site_name: str = "",
) -> WaitingRoomDisplay:
    """A separate window for the TV in the waiting area (full screen on a second screen)."""
    display = WaitingRoomDisplay(queue, runner, names, changes=changes, site_name=site_name)
    _open_displays.append(display)  # keep it alive while it is open
    display.destroyed.connect(
        lambda: _open_displays.remove(display) if display in _open_displays else None
    )
    show_full_screen_on(display, display_screen())
    return display


def attach_sync(
    desk: Desk, engine: SyncEngine, schedule: Callable[[Coroutine[Any, Any, None]], object]
) -> SyncIndicator:
    """Show the engine's status and let local changes wake it. `schedule` runs a coroutine
    on the app's event loop (qasync), so nothing here blocks the GUI thread."""
    indicator = SyncIndicator()
    desk.window.statusBar().addPermanentWidget(indicator)
    engine.subscribe(indicator.show_status)
    desk.runner.use_loop(schedule)  # the runner's network road: coroutines on this loop
    desk.window.set_server_connected(True)
    # Every local commit wakes the engine; every pull tells the screens what it wrote.
    desk.changes.committed_here.connect(engine.poke)
    engine.on_changes(desk.changes.pulled)
    # All three sites from the server; this site from the local store when it does not answer.
    local = desk.supervisor.current_source()

    def staff() -> ProvenStaff | None:
        session = desk.current.session
        return ProvenStaff(session.staff_id, session.key) if session else None

    desk.supervisor.use_sources(ServerOverviewSource(engine, desk.runner, staff), local)
    desk.statistics_sources.server = ServerStatistics(engine, desk.runner, staff)
    if desk.management_info is not None:  # the dashboard asks the server first
        desk.management_info.source.server = EngineFigures(engine, staff)

    def check_staff(session: StaffSession | None) -> None:
        """Ask the server whether it knows the secret the person just signed in with."""
        indicator.show_staff_unknown(None)
        if session is None or not session.key:
            return

        def answered(known: bool) -> None:
            if not known and desk.current.session is session:
                indicator.show_staff_unknown(session.name)

        # Offline or not enrolled: no warning; the server decides when the changes arrive.
        desk.runner.run_async(
            lambda: engine.confirm_staff(ProvenStaff(session.staff_id, session.key)),
            answered,
            lambda _error: None,
            owner=indicator,
        )

    desk.current.subscribe(check_staff)
    check_staff(desk.current.session)

    def show_rejections() -> None:
        dialog = RejectionsDialog(engine.status.rejected, desk.window)
        dialog.acknowledged.connect(
            lambda seq: desk.runner.run_async(lambda: engine.acknowledge(seq), lambda _none: None)
        )
        dialog.open()

    indicator.rejections_requested.connect(show_rejections)
    return indicator
