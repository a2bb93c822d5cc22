"""The main window with the sign-in page, on screen before the store is open.

Start-up (ui/main.py) shows this first — it needs Qt and the window's own modules, no
store, no SQL, no sync — and opens the store, reads the workstation and imports the
screens behind it. The composition root then builds the desk into this window
(ui/composition.py, `build_desk_in_steps`), and the sign-in page checks a secret once
the desk is ready; what was typed in the meantime stays where it was typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

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
