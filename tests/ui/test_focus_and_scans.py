"""Focus lands where the next key belongs, and a health-card scan anywhere on the
registration screen is a new look-up (ui/focus.py, ui/registration/scan_detector.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.entities import SupportBasis
from app.registration import NewCitizen, RegistrationService
from app.security.sign_in import set_secret
from app.workstation import WorkstationConfig
from local_cache.store import LocalStore
from tests.security.conftest import cheap_passwords
from tests.ui.helpers import arranges_data_on_the_gui_thread, by_name, focused
from ui.composition import Desk, build_desk
from ui.registration.scan_detector import ScanDetector
from ui.registration.screen import RegistrationScreen


def type_keys(text: str) -> None:
    """Keys to whatever has focus."""
    for char in text:
        QTest.keyClick(focused(), char)


class Keyboard:
    """Keys to whatever has focus, stamped as the window system stamps them: a person's
    keys some 150 ms apart, a scanner's 8 ms."""

    def __init__(self) -> None:
        self.ms = 5_000_000

    def key(self, char: str, after_ms: int = 150) -> None:
        self.ms += after_ms
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        key_at(focused(), key, char, self.ms)

    def scan(self, digits: str) -> None:
        self.ms += 500
        for char in digits + "\r":
            self.key(char, after_ms=8)


def test_the_first_scan_after_sign_in_is_a_look_up(
    qtbot: QtBot, store: LocalStore, workstation: WorkstationConfig, tmp_path: Path
) -> None:
    passwords = cheap_passwords()
    set_secret(store.unit_of_work, passwords, "mus-bbj", "4711")
    desk = build_desk(store, workstation, tmp_path, "da", passwords=passwords)
    qtbot.addWidget(desk.window)
    desk.window.show()
    secret = by_name(desk.lock_screen, "Adgangskode eller PIN-kode", QLineEdit)
    qtbot.waitUntil(secret.hasFocus)  # the last user's name is kept: the PIN is next
    type_keys("4711")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not desk.window.locked)

    cpr = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(cpr.hasFocus)
    Keyboard().scan("0707901234")
    new_cpr = by_name(desk.registration, "CPR-nummer for ny borger", QLabel)
    qtbot.waitUntil(lambda: new_cpr.isVisible() and new_cpr.text() == "070790-1234")


@arranges_data_on_the_gui_thread
def test_a_scan_in_the_reasons_list_looks_up_the_new_card_and_issues_nothing(
    qtbot: QtBot,
    registration_screen: RegistrationScreen,
    registration: RegistrationService,
    store: LocalStore,
) -> None:
    registration.register_citizen(
        NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.INSURED, a_kasse="3F")
    )
    keyboard = Keyboard()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keyboard.scan("2110625629")
    services = by_name(registration_screen, "Henvendelsesårsag", QListWidget)
    qtbot.waitUntil(services.hasFocus)  # Søren is on the card: his reason is next
    keyboard.key("1")  # a reason chosen for Søren …

    keyboard.scan("070761-4285")  # … then the next citizen's card is scanned into the list

    new_cpr = by_name(registration_screen, "CPR-nummer for ny borger", QLabel)
    qtbot.waitUntil(lambda: new_cpr.isVisible() and new_cpr.text() == "070761-4285")
    assert registration_screen.ticket_dialog is None
    with store.unit_of_work() as uow:
        assert "issue_ticket" not in [env.name for _seq, env in uow.outbox.pending()]


def test_a_tab_switch_lands_focus_in_the_new_screen(qtbot: QtBot, desk: Desk) -> None:
    cpr = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(cpr.hasFocus)
    QTest.keyClick(focused(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: desk.window.tabs.currentWidget() is desk.counter)
    qtbot.waitUntil(lambda: desk.counter.isAncestorOf(focused()))
    QTest.keyClick(
        focused(),
        Qt.Key.Key_Backtab,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: desk.window.tabs.currentWidget() is desk.registration)
    qtbot.waitUntil(cpr.hasFocus)


class Field(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setAccessibleName("Telefon")
        QVBoxLayout(self).addWidget(self.edit)
        self.scans: list[str] = []
        self.entered: list[str] = []
        self.detector = ScanDetector(self, scan_field=QLineEdit())
        self.detector.scanned.connect(self.scans.append)
        self.edit.returnPressed.connect(lambda: self.entered.append(self.edit.text()))


def key_at(widget: QWidget, key: Qt.Key, text: str, ms: int) -> None:
    """A key press the window system stamped at `ms` (as a real keyboard's are)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(ms)
        QApplication.sendEvent(widget, event)


def test_a_burst_of_ten_digits_and_enter_is_a_scan_and_leaves_the_field_as_it_was(
    qtbot: QtBot,
) -> None:
    form = Field()
    qtbot.addWidget(form)
    form.show()
    form.edit.setFocus()
    qtbot.waitUntil(form.edit.hasFocus)
    QTest.keyClicks(form.edit, "22 33")  # typed before the scan
    start = 1_000_000
    for i, digit in enumerate("0707901234"):
        key_at(form.edit, Qt.Key(Qt.Key.Key_0 + int(digit)), digit, start + 8 * i)
    key_at(form.edit, Qt.Key.Key_Return, "\r", start + 90)
    assert form.scans == ["0707901234"]
    assert form.entered == []  # the scanner's Enter acted for nobody
    assert form.edit.text() == "22 33"


def test_digits_typed_at_a_persons_pace_stay_typing(qtbot: QtBot) -> None:
    form = Field()
    qtbot.addWidget(form)
    form.show()
    form.edit.setFocus()
    qtbot.waitUntil(form.edit.hasFocus)
    start = 2_000_000
    for i, digit in enumerate("1234567890"):
        key_at(form.edit, Qt.Key(Qt.Key.Key_0 + int(digit)), digit, start + 120 * i)
    key_at(form.edit, Qt.Key.Key_Return, "\r", start + 1300)
    assert form.scans == []
    assert form.entered == ["1234567890"]


@arranges_data_on_the_gui_thread
def test_tab_reads_the_card_top_to_bottom_then_the_reasons(qtbot: QtBot, desk: Desk) -> None:
    desk.services.registration.register_citizen(
        NewCitizen("2110625629", "Søren", "Ågård", SupportBasis.CASH_BENEFIT)
    )
    cpr = by_name(desk.registration, "CPR-nummer eller navn", QLineEdit)
    qtbot.waitUntil(cpr.hasFocus)
    Keyboard().scan("2110625629")
    services = by_name(desk.registration, "Henvendelsesårsag", QListWidget)
    qtbot.waitUntil(services.hasFocus)
    cpr.setFocus()
    walked = []
    while focused() is not services and len(walked) < 10:
        walked.append(focused())
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
    names = [w.accessibleName() for w in walked]
    on_the_card = [
        w.accessibleName()
        for w in desk.registration.card.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.accessibleName()
    ]
    assert "Borgerens jobhenvisninger" in on_the_card  # the job section, added by the job shop
    assert set(on_the_card) <= set(names), names  # every control of the card before the reasons
    assert names[:2] == ["CPR-nummer eller navn", "Vis CPR"] and names[-1] == "Primærvisitation"
    tops = [w.mapTo(desk.window, w.rect().topLeft()).y() for w in walked]
    assert tops == sorted(tops), names  # down the left column, no zig-zag, then the reasons
