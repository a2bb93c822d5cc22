"""The pictures of the user guide (resources/help/images/), taken from a demo desk worked by
keys as the guide describes it — a variant of scripts/screenshots.py, whose store, waiting
and grabbing it reuses.

Usage (from the repository root):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/help_screenshots.py [OUT_DIR]

What it walks, at 1024×700 (the smallest screen the desk is made for), in Danish: the locked
desk and a sign-in as BBJ with the demo PIN (typed: the real argon2 check); a CPR typed and
Enter, a reason's digit, Enter for the ticket; a new uninsured citizen through the form and
primary visitation (F6) to the summary and the ticket; the counter's F2 «Kald næste»; the
job shop's search; open advice; Ctrl+L and a sign-in as the supervisor LJP; the supervisor
view; Shift+F1, the keyboard table. A key that does not do what the guide says stops the
script with the step it waited for. OUT_DIR defaults to resources/help/images.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshots as shots_lib  # noqa: E402  (scripts/screenshots.py)
from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPixmap  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

from ui.composition import Desk, build_desk  # noqa: E402
from ui.jobshop.jobs_page import JobsPage  # noqa: E402
from ui.jobshop.jobshop_tab import JobshopTab  # noqa: E402

WIDTH, HEIGHT = 1024, 700
PIN = "1234"  # the demo PIN (`--demo`)
RECEPTIONIST, SUPERVISOR = ("BBJ", "mus-bbj"), ("LJP", "mus-ljp")
NEW_CITIZEN = ("0707901234", "Nadia", "Søndergård")
REASON_DIGIT = "1"  # Jobbutik, the first reason

press, type_text, named, wait_until = (
    shots_lib.press,
    shots_lib.type_text,
    shots_lib.named,
    shots_lib.wait_until,
)


class Pictures(shots_lib.Shots):
    """Named by what they show (the guide refers to them by name), not by size; kept small
    for the installed bundle: 256 colours, the picture's own most frequent ones (a screen of
    flat colours and antialiased text looks the same, at a third of the bytes)."""

    def save(self, pixmap: QPixmap, screen: str) -> None:
        path = self.out / f"{screen}.png"
        image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
        if image.width() > WIDTH:
            raise ValueError(f"{screen} is {image.width()} px wide; the guide keeps to {WIDTH}")
        if not in_256_colours(image).save(str(path), quality=0):
            raise OSError(f"could not write {path}")
        self.saved.append(path)

    def part(self, window: QWidget, area: QRect, screen: str) -> None:
        shots_lib.settle(self.runner, window)
        self.save(window.grab(area), screen)


def in_256_colours(image: QImage) -> QImage:
    """An 8-bit picture whose palette is the image's 256 most frequent colours; every other
    pixel (the edges of letters) takes the nearest of them."""
    counts = Counter(memoryview(image.constBits()).cast("I"))  # RGB32: one 32-bit word a pixel
    palette = [colour for colour, _count in counts.most_common(256)]
    return image.convertToFormat(
        QImage.Format.Format_Indexed8, palette, Qt.ImageConversionFlag.ThresholdDither
    )


def sign_in(desk: Desk, initials: str) -> None:
    """On the lock page: the name (kept from the last person, or typed), Enter, the PIN, Enter."""
    lock: QWidget = named(desk.window, "Skranken er låst")
    user = named(lock, "Brugernavn", QLineEdit)
    secret = named(lock, "Adgangskode eller PIN-kode", QLineEdit)
    wait_until(lambda: user.hasFocus() or secret.hasFocus(), "focus on the lock page")
    if user.text() != initials:
        if secret.hasFocus():
            press(Qt.Key.Key_Backtab)  # Shift+Tab: back to the name
        wait_until(user.hasFocus, "focus in the user name")
        press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(initials)
        press(Qt.Key.Key_Return)
    wait_until(secret.hasFocus, "focus in the PIN")
    type_text(PIN)
    press(Qt.Key.Key_Return)
    wait_until(lambda: not desk.window.locked, f"{initials} signed in", timeout=60)


def lock_page(desk: Desk, pictures: Pictures) -> None:
    """The desk starts locked, the workstation's staff member's initials filled in (the
    picture of the lock page is taken after Ctrl+L: the same page, the last person's
    initials kept, in every way the desk starts)."""
    wait_until(lambda: desk.window.locked, "the locked desk")
    lock: QWidget = named(desk.window, "Skranken er låst")
    wait_until(named(lock, "Adgangskode eller PIN-kode", QLineEdit).hasFocus, "focus in the PIN")
    assert named(lock, "Brugernavn", QLineEdit).text() == RECEPTIONIST[0]
    sign_in(desk, RECEPTIONIST[0])


def card_and_ticket(desk: Desk, cpr: str, pictures: Pictures) -> None:
    screen = desk.registration
    cpr_field = named(screen, "CPR-nummer eller navn", QLineEdit)
    wait_until(cpr_field.hasFocus, "focus in the CPR field after sign-in")
    wait_until(lambda: screen.services.count() > 0, "the reasons for a visit")
    type_text(cpr)
    press(Qt.Key.Key_Return)
    wait_until(screen.services.hasFocus, "the card, focus in the reasons")
    press(REASON_DIGIT)
    pictures.window(desk.window, "borgerkort")
    press(Qt.Key.Key_Return)
    wait_until(
        lambda: screen.ticket_dialog is not None and screen.ticket_dialog.isVisible(), "the ticket"
    )
    dialog = screen.ticket_dialog
    assert dialog is not None
    pictures.dialog_over(desk.window, dialog, "billet")
    press(Qt.Key.Key_Return)  # «Næste borger»
    wait_until(lambda: not dialog.isVisible(), "the ticket closed")
    wait_until(cpr_field.hasFocus, "focus back in the CPR field")


def reveal_cpr(desk: Desk, cpr: str) -> None:
    """Alt+V «Vis CPR»: the purpose asked for, Enter, the whole number on the card."""
    card = desk.registration.card
    press(Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    wait_until(
        lambda: card.reveal_dialog is not None and card.reveal_dialog.isVisible(), "the purpose"
    )
    press(Qt.Key.Key_Return)
    shown = named(card, "CPR-nummer", QLabel)
    wait_until(lambda: shown.text().replace("-", "") == cpr, "the whole CPR on the card")
    if QApplication.focusWidget() is None:
        # A window manager gives the desk back its focus when a dialog closes; without one
        # (offscreen, a bare Xvfb) nothing does, and this dialog does not ask for it itself.
        print("note: after «Vis CPR» no widget had focus; the desk activated", file=sys.stderr)
        desk.window.activateWindow()
        wait_until(lambda: QApplication.focusWidget() is not None, "focus back on the desk")


def search_by_name(desk: Desk, name: str, cpr: str) -> None:
    """Letters search as they are typed; Enter takes focus to the hits, Enter opens one.
    Then «Vis CPR» (not in a picture: the guide shows no whole CPR number), Alt+Å back to
    the reasons, and Esc."""
    screen = desk.registration
    type_text(name)
    press(Qt.Key.Key_Return)
    wait_until(
        lambda: screen.card.isVisible() or screen.hits_table.hasFocus(), "the hits or the card"
    )
    if screen.hits_table.hasFocus():
        press(Qt.Key.Key_Down)
        press(Qt.Key.Key_Return)
    wait_until(screen.services.hasFocus, "the card from a name, focus in the reasons")
    reveal_cpr(desk, cpr)
    press(Qt.Key.Key_Aring, Qt.KeyboardModifier.AltModifier)  # back to the reasons
    wait_until(screen.services.hasFocus, "Alt+Å: the reasons")
    press(Qt.Key.Key_Escape)  # Esc: cleared for the next citizen
    wait_until(lambda: screen.stack.currentWidget() is screen.hint_label, "Esc: the desk cleared")
    wait_until(named(screen, "CPR-nummer eller navn").hasFocus, "Esc: focus in the CPR field")


def new_citizen_through_visitation(desk: Desk, pictures: Pictures) -> None:
    screen = desk.registration
    shots_lib.key_new_citizen_through_visitation(
        desk, NEW_CITIZEN, lambda name: pictures.window(desk.window, name)
    )
    wait_until(
        lambda: (
            desk.visitation.summary_dialog is not None
            and desk.visitation.summary_dialog.isVisible()
        ),
        "the visitation summary",
    )
    summary = desk.visitation.summary_dialog
    assert summary is not None
    pictures.dialog_over(desk.window, summary, "visitation-resume")
    press(Qt.Key.Key_Return)
    wait_until(
        lambda: screen.ticket_dialog is not None and screen.ticket_dialog.isVisible(),
        "the ticket after the visitation",
    )
    press(Qt.Key.Key_Return)
    wait_until(lambda: screen.stack.currentWidget() is screen.hint_label, "the desk ready again")


def counter(desk: Desk, pictures: Pictures) -> None:
    press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    screen = desk.counter
    wait_until(lambda: desk.window.tabs.currentWidget() is screen, "Ctrl+2: the counter")
    wait_until(lambda: screen.model.rowCount() > 0, "the counter's waiting list")
    wait_until(
        lambda: screen.isAncestorOf(QApplication.focusWidget() or desk.window),
        "focus on the counter",
    )
    press(Qt.Key.Key_F2)
    wait_until(lambda: screen.feedback_label.text().startswith("Kaldt"), "F2: the call")
    pictures.window(desk.window, "skranke")
    press(Qt.Key.Key_F2)  # a counter holds one citizen: refused, said why
    wait_until(lambda: screen.error_label.text() != "", "F2 again: refused while held")
    press(Qt.Key.Key_F9)
    wait_until(lambda: "Enter = ja, Esc = nej" in screen.confirm.question.text(), "F9: asked")
    press(Qt.Key.Key_Escape)
    wait_until(lambda: "Ikke meldt udeblevet" in screen.feedback_label.text(), "Esc: not marked")
    press(Qt.Key.Key_F3)
    wait_until(lambda: screen.feedback_label.text().startswith("Kaldt igen"), "F3: recalled")
    press(Qt.Key.Key_F4)
    wait_until(lambda: "betjen" in screen.feedback_label.text().lower(), "F4: serving")
    press(Qt.Key.Key_F8)
    wait_until(lambda: "færdig" in screen.feedback_label.text().lower(), "F8: done")
    press(Qt.Key.Key_F2)
    wait_until(lambda: screen.feedback_label.text().startswith("Kaldt"), "F2: the next")
    press(Qt.Key.Key_F9)
    press(Qt.Key.Key_Return)  # yes, did not come
    wait_until(lambda: "udeblevet" in screen.feedback_label.text().lower(), "F9, Enter: no-show")
    press(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: screen.feedback_label.text().startswith("Fortrudt"), "Ctrl+Z: undone")
    press(Qt.Key.Key_F8)
    wait_until(lambda: "færdig" in screen.feedback_label.text().lower(), "F8 from called: done")


def job_shop(desk: Desk, pictures: Pictures) -> None:
    press(Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    tab = desk.window.findChild(JobshopTab)
    jobs = desk.window.findChild(JobsPage)
    assert tab is not None and jobs is not None
    wait_until(lambda: desk.window.tabs.currentWidget() is tab, "Ctrl+7: the job shop")
    press(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # «Ledige job»
    wait_until(jobs.isVisible, "Alt+L: Ledige job")
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the search field
    search = named(jobs, "Søg i ledige job", QLineEdit)
    wait_until(search.hasFocus, "Ctrl+F: the job search")
    type_text(shots_lib.JOB_SEARCH)
    press(Qt.Key.Key_Return)
    wait_until(lambda: jobs.table.vacancy_model.rowCount() > 0, "the vacancies found")
    wait_until(lambda: jobs.table.current_id is not None, "a vacancy chosen")
    press(Qt.Key.Key_Down)
    wait_until(
        lambda: jobs.detail.title_label.text() not in ("", "Vælg et job på listen."),
        "the vacancy's detail",
    )
    pictures.window(desk.window, "jobbutik")


def open_advice(desk: Desk, pictures: Pictures) -> None:
    press(Qt.Key.Key_Aring, Qt.KeyboardModifier.AltModifier)  # «Åben rådgivning»
    page = named(desk.window, "Søg borger til rådgivning", QLineEdit)
    wait_until(page.isVisible, "Alt+Å: open advice")
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    wait_until(page.hasFocus, "Ctrl+F: the citizen search")
    type_text("Nadia")
    chosen = named(desk.window, "Borger i samtalen", QLabel)
    press(Qt.Key.Key_Return)
    wait_until(lambda: "Nadia" in chosen.text(), "the citizen chosen")
    pictures.window(desk.window, "aaben-raadgivning")


def lock_and_supervisor(desk: Desk, pictures: Pictures) -> None:
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_until(lambda: desk.window.locked, "Ctrl+L: locked")
    lock = named(desk.window, "Skranken er låst")
    wait_until(named(lock, "Adgangskode eller PIN-kode", QLineEdit).hasFocus, "focus in the PIN")
    assert named(lock, "Brugernavn", QLineEdit).text() == RECEPTIONIST[0]  # the last one's
    pictures.window(desk.window, "log-ind")
    sign_in(desk, SUPERVISOR[0])
    press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = desk.supervisor
    wait_until(lambda: desk.window.tabs.currentWidget() is view, "Ctrl+3: Køoversigt")
    wait_until(lambda: view.model.rowCount() > 0, "the supervisor's figures")
    wait_until(lambda: view.counters.rowCount() > 0, "the supervisor's counters")
    pictures.window(desk.window, "koeoversigt")
    bar = desk.window.statusBar()
    pictures.part(desk.window, bar.geometry(), "statuslinje")


def keyboard_table(desk: Desk, pictures: Pictures) -> None:
    press(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    wait_until(
        lambda: desk.window.tabs.currentWidget() is desk.registration, "Ctrl+1: Registrering"
    )
    press(Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    wait_until(
        lambda: desk.window.help_window is not None and desk.window.help_window.isVisible(),
        "Shift+F1: the keys",
    )
    help_window = desk.window.help_window
    assert help_window is not None
    pictures.dialog_over(desk.window, help_window, "tastaturgenveje")
    press(Qt.Key.Key_Escape)
    wait_until(lambda: not help_window.isVisible(), "Esc: the help closed")


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app, translator = shots_lib.desk_app()  # noqa: F841 - Danish: Qt's own texts
    folder = Path(tempfile.mkdtemp(prefix="skranke-help-screenshots-"))
    store, workstation = shots_lib.open_demo_store(folder)
    people = shots_lib.demo_citizens(store)
    looked_up = shots_lib.citizen_for_the_card(store, people)
    people.remove(looked_up)
    shots_lib.arrange_morning(store, workstation, people)
    desk = build_desk(store, workstation, folder, "da")  # locked: nobody signed in
    pictures = Pictures(out, desk.runner)
    try:
        desk.window.show()
        desk.window.activateWindow()
        wait_until(desk.window.isVisible, "the desk")
        shots_lib.resize_desk(desk, WIDTH, HEIGHT)
        lock_page(desk, pictures)
        card_and_ticket(desk, looked_up.cpr, pictures)
        search_by_name(desk, looked_up.full_name, looked_up.cpr)
        new_citizen_through_visitation(desk, pictures)
        counter(desk, pictures)
        job_shop(desk, pictures)
        open_advice(desk, pictures)
        lock_and_supervisor(desk, pictures)
        keyboard_table(desk, pictures)
    finally:
        desk.window.close()
        desk.runner.shutdown()
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
    for path in pictures.saved:
        print(path, path.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/help/images")))
