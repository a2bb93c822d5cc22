"""Real screenshots of the desk for the README, taken from a throw-away demo store.

Usage (from the repository root):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

or under Xvfb with the real X11 platform plugin:

    xvfb-run -a -s "-screen 0 2560x1440x24" env QT_QPA_PLATFORM=xcb \
        .venv/bin/python scripts/screenshots.py [OUT_DIR]

Both render the same fonts here (fontconfig's DejaVu Sans through the same font
database): the images come out pixel for pixel alike but for the clocks. The committed
images were made with the offscreen platform, which needs no X server. Under xcb the
waiting-room display first opens full screen on the Xvfb screen and is then shrunk to
each size. OUT_DIR defaults to docs/screenshots.

What it does: opens a real store in a temporary folder with the demo population and job
shop (as `skranke --demo`), configures a desk at Musvågevej counter 1, and, before the
desk exists, arranges a moment of a morning: tickets issued for demo citizens across the
services (RegistrationService.issue_ticket, the arrival times moved back a few minutes so
the waits read like a real queue) and two of them called to counters 2 and 3. Then it
builds the signed-in desk with the app's stylesheet, in Danish, and works it as a
receptionist would — the call at counter 1 is the counter's own «Kald næste» button, the
citizen card comes from a CPR typed into the focused field and Enter, the job search is
typed, the visitation is keyed through — and grabs each screen (QWidget.grab) at
1024×700 and 1920×1080; the waiting-room display at 1280×720 and 1920×1080. Every wait
polls the event loop against a deadline; nothing sleeps a fixed time.

Writes docs/screenshots/<screen>-<width>x<height>.png and prints their paths. The name
says the size the window really had: a desk whose layout needs more than the size asked
for keeps its least size (said on stderr), and the name says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QAbstractAnimation, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget  # noqa: E402

from app.catalogue import CATALOGUE  # noqa: E402
from app.commands.bus import CommandBus  # noqa: E402
from app.commands.envelope import utc_now  # noqa: E402
from app.entities import Citizen, SupportBasis  # noqa: E402
from app.queue.service import QueueService  # noqa: E402
from app.registration import RegistrationService  # noqa: E402
from app.security.demo_credentials import demo_key, seed_demo_credentials  # noqa: E402
from app.security.passwords import Passwords  # noqa: E402
from app.security.sign_in import SignInService, StaffSession  # noqa: E402
from app.workstation import WorkstationConfig, configure_workstation  # noqa: E402
from local_cache.demo_data import ensure_demo_jobshop, ensure_demo_population  # noqa: E402
from local_cache.store import LocalStore, open_store  # noqa: E402
from ui.background import BackgroundRunner  # noqa: E402
from ui.composition import Desk, build_desk, units_of_work  # noqa: E402
from ui.i18n import install_translation  # noqa: E402
from ui.jobshop.jobs_page import JobsPage  # noqa: E402
from ui.jobshop.jobshop_tab import JobshopTab  # noqa: E402
from ui.theme import stylesheet  # noqa: E402

SITE, COUNTER, STAFF = "MUS", 1, "mus-bbj"
OTHER_COUNTERS = {2: "mus-aan", 3: "mus-ljp"}  # colleagues who called before we look
DESK_SIZES = ((1024, 700), (1920, 1080))
DISPLAY_SIZES = ((1280, 720), (1920, 1080))
# (service, minutes since arrival, called to counter): the queue at the moment of the shots
MORNING: tuple[tuple[str, float, int | None], ...] = (
    ("aaben_raadgivning", 31, 2),
    ("jobbutik", 27, 3),
    ("primaervisitation", 22, None),
    ("aftale", 19, None),
    ("jobbutik", 16, None),
    ("aaben_raadgivning", 14, None),
    ("ydelsesservice", 11, None),
    ("primaervisitation", 9, None),
    ("jobbutik", 6, None),
    ("sygedagpenge", 4, None),
    ("aftale", 2, None),
)
NEW_CITIZENS = (  # uninsured and unknown to the store: one primary visitation per desk size
    ("0707901234", "Nadia", "Søndergård"),
    ("1203881237", "Jonas", "Østergaard"),
)
JOB_SEARCH = "sundhed"
TICKET_NUMBER = re.compile(r"[A-Z]\d-\d{3}")
TIMEOUT_S = 20.0
SETTLE_TURNS = 5
W = TypeVar("W", bound=QWidget)


# --- waiting and keys ------------------------------------------------------------------------


def wait_until(condition: Callable[[], object], what: str, timeout: float = TIMEOUT_S) -> None:
    """Let the event loop (and the desk's worker thread) run until `condition` holds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"gave up waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.005)  # the poll's pace: the worker's answer arrives as an event
    QApplication.processEvents()


def settle(runner: BackgroundRunner, root: QWidget) -> None:
    """Every load the desk asked for answered, Qt's own fades over (a line edit's clear
    button fading out after the field was cleared), then the events those posted
    (columns fitted, layouts, repaints) handled: a few turns of the event loop."""
    wait_until(lambda: not runner.busy, "the desk's background work")
    wait_until(
        lambda: all(
            a.state() is not QAbstractAnimation.State.Running
            for a in root.findChildren(QAbstractAnimation)
        ),
        "the animations",
    )
    for _turn in range(SETTLE_TURNS):
        QApplication.processEvents()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None:
        raise RuntimeError("nothing has keyboard focus")
    return widget


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def press(
    key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    if isinstance(key, str):
        QTest.keyClicks(focused(), key, modifier)  # a letter or digit: its key
    else:
        QTest.keyClick(focused(), key, modifier)


def named(root: QWidget, name: str, kind: type[W] = QWidget) -> W:  # type: ignore[assignment]
    """The one widget a screen reader knows by this Danish name."""
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    if len(found) != 1:
        raise LookupError(f"expected one widget named {name!r}, found {len(found)}")
    return found[0]


# --- the store, before the desk exists -------------------------------------------------------


def open_demo_store(folder: Path) -> tuple[LocalStore, WorkstationConfig]:
    store = open_store(folder)
    ensure_demo_population(store, count=2000)
    ensure_demo_jobshop(store)
    seed_demo_credentials(units_of_work(store), Passwords())  # PIN 1234, as `--demo`
    with store.unit_of_work() as uow:
        workstation = configure_workstation(
            store.settings, uow.reference, site_code=SITE, counter_number=COUNTER, staff_id=STAFF
        )
    return store, workstation


def demo_citizens(store: LocalStore) -> list[Citizen]:
    """Demo citizens with a Danish letter in the name, then the others."""
    with store.unit_of_work() as uow:
        people = list(uow.citizens.search_name("a", limit=200))
    return sorted(people, key=lambda c: not any(ch in c.full_name for ch in "æøåÆØÅ"))


def citizen_for_the_card(store: LocalStore, people: list[Citizen]) -> Citizen:
    """A citizen with a few past visits and a support basis other than «Andet», so the
    card has something to show."""
    with store.unit_of_work() as uow:
        for citizen in people:
            if citizen.support_basis is not SupportBasis.OTHER:
                if len(uow.visits.recent_for_citizen(citizen.id)) >= 3:
                    return citizen
    return people[0]


def arrange_morning(
    store: LocalStore, workstation: WorkstationConfig, people: list[Citizen]
) -> None:
    """Tickets for the queue, issued as the registration does; two called elsewhere."""
    units = units_of_work(store)
    bus = CommandBus(units, CATALOGUE)
    registration = RegistrationService(units, bus, workstation)
    now = utc_now()
    for citizen, (service, minutes_ago, counter) in zip(people, MORNING, strict=False):
        receipt = registration.issue_ticket(citizen.id, service)
        arrived = now - dt.timedelta(minutes=minutes_ago)
        if counter is not None:
            there = dataclasses.replace(
                workstation, counter_number=counter, staff_id=OTHER_COUNTERS[counter]
            )
            queue = QueueService(units, bus, there, [service])
            queue.act("call_ticket", receipt.ticket_id, counter_number=counter)
        with store.unit_of_work() as uow:  # the arrival, some minutes ago
            ticket = uow.tickets.get(receipt.ticket_id)
            assert ticket is not None
            called = arrived + dt.timedelta(minutes=minutes_ago - 1) if ticket.called_at else None
            uow.tickets.save(
                dataclasses.replace(ticket, issued_at=arrived, queued_at=arrived, called_at=called)
            )
            uow.commit()


def signed_in(store: LocalStore, staff_id: str) -> StaffSession:
    """The session the lock screen gives after the demo PIN (the demo key is the PIN's)."""
    service = SignInService(units_of_work(store), _NoPasswords(), site_code=SITE)
    return service.session_for(staff_id, key=demo_key(staff_id))


class _NoPasswords:
    def authenticate(self, user_name: str, secret: str) -> str:
        raise AssertionError("the screenshots sign in with the demo key")


# --- grabbing ----------------------------------------------------------------------------------


class Shots:
    def __init__(self, out: Path, runner: BackgroundRunner) -> None:
        self.out = out
        self.runner = runner
        self.saved: list[Path] = []

    def save(self, pixmap: QPixmap, screen: str) -> None:
        path = self.out / f"{screen}-{pixmap.width()}x{pixmap.height()}.png"
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)  # no alpha
        if not image.save(str(path), quality=0):  # 0: zlib's strongest compression
            raise OSError(f"could not write {path}")
        self.saved.append(path)

    def window(self, widget: QWidget, screen: str) -> None:
        settle(self.runner, widget)
        self.save(widget.grab(), screen)

    def dialog_over(self, window: QWidget, dialog: QWidget, screen: str) -> None:
        """A modal dialog as the receptionist sees it: centred over the desk."""
        settle(self.runner, window)
        desk = window.grab()
        shown = dialog.grab()
        painter = QPainter(desk)
        at = QPoint((desk.width() - shown.width()) // 2, (desk.height() - shown.height()) // 2)
        painter.setPen(QColor(60, 60, 60))
        painter.drawRect(at.x() - 1, at.y() - 1, shown.width() + 1, shown.height() + 1)
        painter.drawPixmap(at, shown)
        painter.end()
        self.save(desk, screen)


# --- the moments -------------------------------------------------------------------------------


def registration_with_card(desk: Desk, cpr: str, shots: Shots) -> None:
    screen = desk.registration
    desk.window.tabs.setCurrentWidget(screen)
    screen.reset()
    cpr_field = named(screen, "CPR-nummer eller navn", QLineEdit)
    wait_until(lambda: screen.services.count() > 0, "the reasons for a visit")
    wait_until(cpr_field.hasFocus, "focus in the CPR field")
    type_text(cpr)
    press(Qt.Key.Key_Return)
    wait_until(
        lambda: screen.stack.currentWidget() is screen.card and screen.current_citizen_id,
        "the citizen card",
    )
    wait_until(screen.services.hasFocus, "focus in the reasons")
    press("5")  # the fifth reason, chosen by its digit
    shots.window(desk.window, "registrering")


def counter_with_citizen(desk: Desk, shots: Shots) -> None:
    counter = desk.counter
    desk.window.tabs.setCurrentWidget(counter)
    if counter.current.citizen.text() in ("", "–", "-"):
        wait_until(lambda: counter.model.rowCount() > 0, "the counter's waiting list")
        call = named(counter, "Kald næste", QPushButton)
        wait_until(call.isEnabled, "«Kald næste» to be ready")
        QTest.mouseClick(call, Qt.MouseButton.LeftButton)
        wait_until(lambda: counter.feedback_label.text().startswith("Kaldt"), "the call")
    wait_until(lambda: counter.model.rowCount() > 0, "the waiting list after the call")
    shots.window(desk.window, "skranke")


def supervisor(desk: Desk, shots: Shots) -> None:
    view = desk.supervisor
    desk.window.tabs.setCurrentWidget(view)
    wait_until(lambda: view.model.rowCount() > 0, "the supervisor's figures")
    wait_until(lambda: view.counters.rowCount() > 0, "the supervisor's counters")
    shots.window(desk.window, "koeoversigt")


def job_shop(desk: Desk, shots: Shots) -> None:
    tab = desk.window.findChild(JobshopTab)
    jobs = desk.window.findChild(JobsPage)
    assert tab is not None and jobs is not None
    desk.window.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentWidget(jobs)
    search = named(jobs, "Søg i ledige job", QLineEdit)
    search.setFocus()
    wait_until(search.hasFocus, "focus in the job search")
    search.selectAll()
    type_text(JOB_SEARCH)
    press(Qt.Key.Key_Return)  # the list, and the first job chosen
    wait_until(lambda: jobs.table.vacancy_model.rowCount() > 0, "the vacancies found")
    wait_until(lambda: jobs.table.current_id is not None, "a vacancy chosen")
    press(Qt.Key.Key_Down)  # the second one: a receptionist reading down the list
    wait_until(
        lambda: jobs.detail.title_label.text() not in ("", "Vælg et job på listen."),
        "the vacancy's detail",
    )
    shots.window(desk.window, "jobbutik")


def key_new_citizen_through_visitation(
    desk: Desk, new: tuple[str, str, str], at: Callable[[str], object] = lambda _step: None
) -> None:
    """From the focused CPR field: a new citizen's CPR and name, F6, jobparat, the whole
    orientation, until the summary opens; `at("ny-borger")` and `at("primaervisitation")`
    are called where those pictures are taken."""
    cpr, given, family = new
    screen = desk.registration
    type_text(cpr + "\r")
    wait_until(named(screen, "Fornavn").hasFocus, "the new-citizen form")
    type_text(given)
    press(Qt.Key.Key_Tab)
    type_text(family)
    at("ny-borger")
    press(Qt.Key.Key_Return)
    wait_until(named(screen, "Primærvisitation").isVisible, "«Primærvisitation (F6)» on the card")
    press(Qt.Key.Key_F6)
    wait_until(
        lambda: desk.visitation.isAncestorOf(QApplication.focusWidget() or desk.window),
        "the visitation",
    )
    press("j")  # jobparat
    at("primaervisitation")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # the orientation: every point
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_Return)


def desk_app(lang: str = "da") -> tuple[QApplication, object]:
    """The application as the desk sets it up: name, stylesheet, translation (kept alive
    by the caller: the second value)."""
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Skranke")
    app.setStyleSheet(stylesheet())
    return app, install_translation(app, lang)


def visitation_summary(desk: Desk, new: tuple[str, str, str], shots: Shots) -> None:
    """A new uninsured citizen from the scan through primary visitation (as the keystroke
    test does); the summary grabbed over the desk, then Enter for today's ticket."""
    screen = desk.registration
    desk.window.tabs.setCurrentWidget(screen)
    screen.reset()
    wait_until(named(screen, "CPR-nummer eller navn").hasFocus, "focus in the CPR field")
    key_new_citizen_through_visitation(desk, new)
    wait_until(
        lambda: (
            desk.visitation.summary_dialog is not None
            and desk.visitation.summary_dialog.isVisible()
            and QApplication.focusWidget() is desk.visitation.summary_dialog.close_button
        ),
        "the visitation summary",
    )
    dialog = desk.visitation.summary_dialog
    assert dialog is not None
    shots.dialog_over(desk.window, dialog, "visitation-resume")
    press(Qt.Key.Key_Return)  # the summary read out: the ticket
    wait_until(
        lambda: screen.ticket_dialog is not None and screen.ticket_dialog.isVisible(),
        "the ticket",
    )
    number = named(screen.ticket_dialog, "Billetnummer", QLabel)  # type: ignore[arg-type]
    assert isinstance(number, QLabel) and number.text()
    screen.ticket_dialog.accept()  # type: ignore[union-attr]
    wait_until(lambda: screen.stack.currentWidget() is screen.hint_label, "the desk ready again")


def resized(window: QWidget, width: int, height: int) -> bool:
    if (window.width(), window.height()) != (width, height):
        window.resize(width, height)
    return (window.width(), window.height()) == (width, height)


def called_on(display: QWidget) -> int:
    """How many ticket numbers the display shows (the board's call lines)."""
    return sum(
        1
        for label in display.findChildren(QLabel)
        if label.isVisible() and TICKET_NUMBER.fullmatch(label.text())
    )


def waiting_room(desk: Desk, shots: Shots) -> None:
    desk.display_action.trigger()  # Filer → Vis venteværelsesskærm
    [display] = [
        w
        for w in QApplication.topLevelWidgets()
        if w.accessibleName() == "Venteværelsesskærm" and w.isVisible()
    ]
    display.showNormal()  # a window of the TV's size, not this machine's whole screen
    for width, height in DISPLAY_SIZES:
        # Its fonts follow its size, and its layout will not shrink below what they need:
        # shrunk step by step from the screen it opened on, as a hand dragging its corner.
        wait_until(lambda: resized(display, width, height), "the display's size")  # noqa: B023
        wait_until(lambda: called_on(display) >= 3, "the calls on the display")  # noqa: B023
        shots.window(display, "venteskaerm")
    display.close()


def resize_desk(desk: Desk, width: int, height: int) -> None:
    """The window at the size asked for, or as near as its layout allows (said on stderr)."""
    window = desk.window
    window.resize(width, height)
    least = window.minimumSizeHint()
    want_w, want_h = max(width, least.width()), max(height, least.height())
    wait_until(lambda: (window.width(), window.height()) == (want_w, want_h), "the desk's size")
    if (want_w, want_h) != (width, height):
        print(
            f"warning: the desk cannot be {width}x{height}; its layout needs at least "
            f"{least.width()}x{least.height()}, so the shots are {want_w}x{want_h}",
            file=sys.stderr,
        )


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app, translator = desk_app()  # noqa: F841 - Danish: Qt's own texts
    folder = Path(tempfile.mkdtemp(prefix="skranke-screenshots-"))
    store, workstation = open_demo_store(folder)
    people = demo_citizens(store)
    looked_up = citizen_for_the_card(store, people)
    people.remove(looked_up)  # no ticket yet: the card shows no «already has a ticket»
    arrange_morning(store, workstation, people)
    desk = build_desk(store, workstation, folder, "da", session=signed_in(store, STAFF))
    shots = Shots(out, desk.runner)
    try:
        desk.window.show()
        desk.window.activateWindow()
        wait_until(desk.window.isVisible, "the desk")
        for (width, height), new in zip(DESK_SIZES, NEW_CITIZENS, strict=True):
            resize_desk(desk, width, height)
            registration_with_card(desk, looked_up.cpr, shots)
            counter_with_citizen(desk, shots)
            supervisor(desk, shots)
            job_shop(desk, shots)
            visitation_summary(desk, new, shots)
        waiting_room(desk, shots)
    finally:
        desk.window.close()
        desk.runner.shutdown()
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
    for path in shots.saved:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
