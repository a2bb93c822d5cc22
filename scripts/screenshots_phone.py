"""Screenshots of the phone desk «Telefon» (Ctrl+8), in Danish and English.

Usage (from the repository root):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_phone.py [OUT_DIR]

Opens a real store in a temporary folder, seeded as a desk is, with a receptionist's
workstation at Musvågevej (BBJ). Three citizens are registered with a phone number, and
three calls of today are logged through the phone desk's service, as the screen does: a
citizen's call answered, a company's call (CVR) handed to Nyropsgade, and a citizen's call
placed as a callback in Skelbækgade's queue for open advice. Then, in each language, it
shows the screen at 1000×640, waits for today's calls, the sites and queues and the phone's
opening hours (the top line, as they stand when the script runs), and by keys
starts a new call: «Borger (CPR)», a registered citizen's CPR, a note, and «Tilbagekald» as
the outcome. The call is not saved. Writes docs/screenshots/telefon-{da,en}.png and prints
their paths.
"""

from __future__ import annotations

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
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.catalogue import CATALOGUE  # noqa: E402
from app.commands.bus import CommandBus  # noqa: E402
from app.entities import SupportBasis  # noqa: E402
from app.phone.records import CallerKind, CallOutcome, CallTopic  # noqa: E402
from app.phone.service import CallDraft, PhoneDeskService  # noqa: E402
from app.ports import UnitOfWorkFactory  # noqa: E402
from app.reference_data.readers import entrance_hours_in_use  # noqa: E402
from app.registration import NewCitizen, RegistrationService  # noqa: E402
from app.security.audit_trail import audit_change  # noqa: E402
from app.workstation import WorkstationConfig, configure_workstation  # noqa: E402
from local_cache.store import open_store  # noqa: E402
from shared_store.uow_port import as_port  # noqa: E402
from shared_store.visitation.seeding import ensure_visitation_seed  # noqa: E402
from ui.background import BackgroundRunner  # noqa: E402
from ui.i18n import install_translation  # noqa: E402
from ui.phone.phone_screen import Choices, PhoneScreen  # noqa: E402
from ui.theme import stylesheet  # noqa: E402

SIZE = (1000, 640)
CITIZENS = (
    NewCitizen("0101901235", "Ida", "Bøgh", SupportBasis.CASH_BENEFIT, phone="22334455"),
    NewCitizen("2110625629", "Jonas", "Holm", SupportBasis.INSURED, phone="40506070"),
    NewCitizen("0707901234", "Amira", "Said", SupportBasis.SICKNESS_BENEFIT, phone="31425364"),
)
CALLS = (
    CallDraft(
        CallerKind.CITIZEN,
        "2110625629",
        CallTopic.BENEFITS,
        "Spurgte til udbetalingsdatoen",
        CallOutcome.ANSWERED,
    ),
    CallDraft(
        CallerKind.COMPANY,
        "13585628",
        CallTopic.RECRUITMENT,
        "Vil rekruttere lagermedarbejdere",
        CallOutcome.HANDED,
        to_site="NYR",
    ),
    CallDraft(
        CallerKind.CITIZEN,
        "0707901234",
        CallTopic.SICKNESS,
        "Ønsker en samtale om sygedagpenge",
        CallOutcome.CALLBACK,
        to_site="SKB",
        service_code="aaben_raadgivning",
    ),
)


def settle(until: Callable[[], bool] = lambda: True, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while True:
        QApplication.processEvents()
        if until() or time.monotonic() > deadline:
            QApplication.processEvents()
            return


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)
    settle()


def callback_choices(
    units: UnitOfWorkFactory, workstation: WorkstationConfig, lang: str
) -> Callable[[], Choices]:
    def choices() -> Choices:  # as ui/composition.py: the queues in the desk's language
        with units() as uow:
            services = sorted(uow.reference.services(), key=lambda s: (s.sort_order, s.name_da))
            sites = sorted(uow.reference.sites(), key=lambda s: s.code != workstation.site_code)
        named = [(s.code, s.name_en if lang == "en" else s.name_da) for s in services]
        return named, [(s.code, s.name) for s in sites]

    return choices


def shoot(
    phone: PhoneDeskService,
    runner: BackgroundRunner,
    choices: Callable[[], Choices],
    lang: str,
    out: Path,
) -> None:
    screen = PhoneScreen(phone, runner, choices, changes=None)
    screen.resize(*SIZE)
    screen.show()
    screen.activateWindow()
    settle(
        lambda: (
            screen.calls_model.rowCount() == len(CALLS)
            and screen.site.count() > 0
            and screen.service.count() > 0
            and screen.hours_label.text() != ""
        )
    )
    assert screen.calls_model.rowCount() == len(CALLS), "today's calls did not come"
    screen.kind.setFocus()
    settle(screen.kind.hasFocus)
    press(Qt.Key.Key_Home)  # «Borger (CPR)»
    press(Qt.Key.Key_Tab)  # the CPR
    QTest.keyClicks(focused(), "010190-1235")
    settle()
    press(Qt.Key.Key_Tab)  # the topic
    press(Qt.Key.Key_Tab)  # the note
    QTest.keyClicks(focused(), "Spørger om tilbagekald efter kl. 12")
    settle()
    press(Qt.Key.Key_Tab)  # the outcome
    assert focused() is screen.outcome, "the keys did not reach «Udfald»"
    press(Qt.Key.Key_Down)  # «Tilbagekald»
    assert screen.outcome.currentData() == CallOutcome.CALLBACK.value
    path = out / f"telefon-{lang}.png"
    screen.grab().save(str(path))
    print(path)
    screen.close()
    screen.deleteLater()
    settle()


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(stylesheet())
    with tempfile.TemporaryDirectory(prefix="skranke-shots-") as folder:
        store = open_store(Path(folder))
        ensure_visitation_seed(store.engine, store.settings)
        with store.unit_of_work() as uow:
            workstation = configure_workstation(
                store.settings,
                uow.reference,
                site_code="MUS",
                counter_number=1,
                staff_id="mus-bbj",
            )
        units = lambda: as_port(store.unit_of_work())  # noqa: E731
        bus = CommandBus(units, CATALOGUE, audit=audit_change)
        registration = RegistrationService(units, bus, workstation)
        for citizen in CITIZENS:
            registration.register_citizen(citizen)
        phone = PhoneDeskService(units, bus, workstation, hours=entrance_hours_in_use())
        for call in CALLS:
            phone.log(call)
        runner = BackgroundRunner()
        for lang in ("da", "en"):
            translator = install_translation(app, lang)
            shoot(phone, runner, callback_choices(units, workstation, lang), lang, out)
            if translator is not None:
                app.removeTranslator(translator)
        runner.shutdown()
        store.close()


if __name__ == "__main__":
    main()
