"""The main window with the sign-in page, on screen before the store is open.

Start-up (ui/main.py) shows this first — it needs Qt and the window's own modules, no
store, no SQL, no sync — and opens the store, reads the workstation and imports the
screens behind it. The composition root then builds the desk into this window
(ui/composition.py, `build_desk_in_steps`), and the sign-in page checks a secret once
the desk is ready; what was typed in the meantime stays where it was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ui.background import BackgroundRunner
from ui.main_window import MainWindow
from ui.security.lock_screen import LockScreen
from ui.text_size import SIZES_PX, TextSize

TEXT_SETTINGS_FILE = "visning.ini"  # this PC's display choices (text size), not shared data


@dataclass
class SignInShell:
    window: MainWindow
    lock_screen: LockScreen
    runner: BackgroundRunner  # the store's worker thread: it opens the store, then serves it
    text_size: TextSize


def text_size_for(data_dir: Path) -> TextSize:
    """The text size this PC's receptionists chose, kept beside the store."""
    return TextSize(QSettings(str(data_dir / TEXT_SETTINGS_FILE), QSettings.Format.IniFormat))


def open_shell(data_dir: Path) -> SignInShell:
    """The window, locked, shown with keyboard focus in the staff field."""
    runner = BackgroundRunner()
    text_size = text_size_for(data_dir)
    if text_size.px != SIZES_PX[0]:
        text_size.apply()  # before anything is shown: no second layout while typing
    window = MainWindow(None, None, None, runner)
    lock_screen = LockScreen(None, runner)
    window.set_lock_page(lock_screen)
    window.show_locked()
    window.show()
    window.activateWindow()
    lock_screen.prepare()
    return SignInShell(window, lock_screen, runner, text_size)


def takes_keys(shell: SignInShell) -> bool:
    """The sign-in page takes keys: the window shown and exposed, focus in the staff field."""
    handle = shell.window.windowHandle()
    return (
        shell.window.isVisible()
        and handle is not None
        and handle.isExposed()
        and QApplication.focusWidget() is shell.lock_screen.user_edit
    )


def when_taking_keys(shell: SignInShell, then: Callable[[], None], at_most_ms: int = 500) -> None:
    """`then()` once the page takes keys, or after `at_most_ms` if it never does (a window
    kept from the screen): the load behind the page starts when the page is up, so the
    first paint does not wait for Python's lock held by the loading thread."""
    waited = QTimer(shell.window, interval=1)
    started = QTimer(shell.window, singleShot=True, interval=at_most_ms)

    def go() -> None:
        if not waited.isActive():
            return  # gone already
        waited.stop()
        started.stop()
        then()

    waited.timeout.connect(lambda: go() if takes_keys(shell) else None)
    started.timeout.connect(go)
    waited.start()
    started.start()
