"""The shell: menus, the screens as tabs, and a status bar. No business logic here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from app.change_kinds import OUTBOX
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.focus import land_focus
from ui.help.help_window import GUIDE_TAB, KEYS_TAB, HelpWindow
from ui.keyboard_map import WINDOW, Key, keys_of_menus, keys_of_tabs, keys_on_screen, plain
from ui.text_size import TextSize

if TYPE_CHECKING:  # the window is shown before the store is open: no more imports than it needs
    from app.entities import Site, Staff
    from app.security.sign_in import StaffSession
    from app.workstation import WorkstationConfig
    from ui.help.about_dialog import AboutDialog  # imported when first opened

FAILURE_SHOWN_MS = 15_000
MAX_NUMBERED_SCREENS = 9  # Ctrl+1 … Ctrl+9


class MainWindow(QMainWindow):
    """The screens as tabs; while locked, a sign-in page instead and every dialog hidden."""

    lock_requested = Signal()

    def __init__(
        self,
        workstation: WorkstationConfig | None,
        site: Site | None,
        staff: Staff | None,
        runner: BackgroundRunner,
        pending_changes: Callable[[], int] | None = None,
    ) -> None:
        """Without a workstation the window is the shell shown at start-up, before the store
        is open (ui/main.py); `set_place` tells it where it stands once it is read."""
        super().__init__()
        self._runner = runner
        self.setWindowTitle(self.tr("Skranke – Jobcenter København"))
        self.setAccessibleName(self.tr("Skranke hovedvindue"))
        self.resize(1100, 700)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Skærmbilleder"))
        # A tab switch lands focus in the new screen (after Qt has shown it).
        self.tabs.currentChanged.connect(lambda _index: QTimer.singleShot(0, self.land_focus))
        self._pages = QStackedWidget()
        self._pages.addWidget(self.tabs)
        self.setCentralWidget(self._pages)
        self._lock_page: QWidget | None = None
        self._hidden_dialogs: list[QDialog] = []
        self._site: Site | None = None
        self._workstation: WorkstationConfig | None = None
        self._server = False  # until the sync engine is attached (ui/composition.attach_sync)

        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&Filer"))
        quit_action = QAction(self.tr("&Afslut"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.lock_action = QAction(self.tr("&Lås skærmen / skift bruger"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self._quit_action = quit_action
        # Every screen one key away (Ctrl+1 …), listed where a newcomer looks for it, and
        # the text size (Ctrl++ / Ctrl+- / Ctrl+0).
        self.go_menu = self.menuBar().addMenu(self.tr("Vi&s"))
        help_menu = self.menuBar().addMenu(self.tr("&Hjælp"))
        guide_action = QAction(self.tr("&Brugervejledning"), self)
        guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide_action.triggered.connect(lambda: self.show_help(GUIDE_TAB))
        help_menu.addAction(guide_action)
        keys_action = QAction(self.tr("&Tastaturgenveje"), self)
        keys_action.setShortcut(QKeySequence("Shift+F1"))
        keys_action.triggered.connect(lambda: self.show_help(KEYS_TAB))
        help_menu.addAction(keys_action)
        about_action = QAction(self.tr("&Om Skranke"), self)
        about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(about_action)
        self.help_window: HelpWindow | None = None
        self.about_dialog: AboutDialog | None = None
        self._data_dir: Path | None = None  # for «Om Skranke» (offer_help)
        self._lang = "da"

        self.place_label = QLabel()
        self.place_label.setAccessibleName(self.tr("Arbejdsplads"))
        self.outbox_label = QLabel()
        self.outbox_label.setAccessibleName(self.tr("Ændringer der venter"))
        self.statusBar().addWidget(self.place_label)
        self.statusBar().addPermanentWidget(self.outbox_label)
        self._outbox: LiveData[int] | None = None
        runner.failed.connect(self.show_failure)
        if workstation is not None and site is not None and pending_changes is not None:
            self.set_place(workstation, site, staff, pending_changes)

    def set_place(
        self,
        workstation: WorkstationConfig,
        site: Site,
        staff: Staff | None,
        pending_changes: Callable[[], int],
    ) -> None:
        """Where the desk stands (title, status bar) and the count of waiting changes."""
        self._site, self._workstation = site, workstation
        self.setWindowTitle(self.tr("Skranke – Jobcenter København, %1").replace("%1", site.name))
        self.show_who("" if self.locked else (staff.initials if staff else workstation.staff_id))
        self._outbox = LiveData(
            self,
            self._runner,
            (OUTBOX,),
            pending_changes,
            self._show_outbox_count,
            lambda _error: self.outbox_label.setText(self.tr("Ventende ændringer: ukendt")),
        )
        self.refresh_outbox_count()

    def follow(self, changes: ChangeRelay) -> None:
        """The count of waiting changes follows commands here and what the server settles."""
        if self._outbox is not None:
            self._outbox.follow(changes)

    def show_failure(self, text: str) -> None:
        """A failure no screen showed itself (ui/background.py): in the status bar a while."""
        self.statusBar().showMessage(text, FAILURE_SHOWN_MS)

    def show_who(self, initials: str) -> None:
        if self._site is None or self._workstation is None:
            return  # the shell at start-up: the place is not read yet
        self.place_label.setText(
            self.tr("%1 · skranke %2 · %3")
            .replace("%1", self._site.name)
            .replace("%2", str(self._workstation.counter_number))
            .replace("%3", initials or self.tr("låst"))
        )

    # --- the lock --------------------------------------------------------------------
    def set_lock_page(self, page: QWidget) -> None:
        self._lock_page = page
        self._pages.addWidget(page)

    @property
    def locked(self) -> bool:
        return self._lock_page is not None and self._pages.currentWidget() is self._lock_page

    def show_locked(self) -> None:
        """Hide everything personal; what was typed stays in the hidden widgets."""
        if self._lock_page is None or self.locked:
            return
        self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        self._pages.setCurrentWidget(self._lock_page)
        self._set_screen_actions_enabled(False)
        self.show_who("")

    def show_unlocked(self, session: StaffSession) -> None:
        self._pages.setCurrentWidget(self.tabs)
        self._set_screen_actions_enabled(True)
        self.show_who(session.initials)
        dialogs, self._hidden_dialogs = self._hidden_dialogs, []
        for dialog in dialogs:
            dialog.show()
        if dialogs:  # the work that was open when the screen locked has the keys again
            dialogs[-1].activateWindow()
        else:  # the first scan after sign-in goes where the screen expects it
            self.land_focus()

    def land_focus(self) -> None:
        """Focus in the current screen's home (ui/focus.py), unless the screen is locked."""
        if not self.locked:
            land_focus(self.tabs.currentWidget())

    def _set_screen_actions_enabled(self, enabled: bool) -> None:
        self.go_menu.setEnabled(enabled)
        for action in self.file_menu.actions():
            if action is not self._quit_action:
                action.setEnabled(enabled)

    def add_file_action(self, action: QAction) -> None:
        """Screens' own commands go in the File menu, above Quit (and wait for sign-in when
        added while the sign-in page is up, as the desk is built behind it)."""
        self.file_menu.insertAction(self._quit_action, action)
        if self.locked:
            action.setEnabled(False)

    def add_screen(self, screen: QWidget, title: str) -> None:
        index = self.tabs.addTab(screen, title)
        go = QAction(plain(title), self)
        if index < MAX_NUMBERED_SCREENS:
            go.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            self.tabs.setTabToolTip(
                index, go.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
        go.triggered.connect(lambda: self.tabs.setCurrentWidget(screen))
        self.go_menu.addAction(go)

    def offer_text_size(self, text_size: TextSize) -> None:
        """Vis → Større / Mindre / Normal tekst, below the screens (added after them)."""
        self.go_menu.addSeparator()
        for text, keys, slot in (
            (self.tr("Stø&rre tekst"), QKeySequence.StandardKey.ZoomIn, text_size.larger),
            (self.tr("&Mindre tekst"), QKeySequence.StandardKey.ZoomOut, text_size.smaller),
            (self.tr("&Normal tekst"), QKeySequence("Ctrl+0"), text_size.reset),
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.go_menu.addAction(action)

    def keys_in_front(self) -> list[Key]:
        """The keys that work now: the window's and the visible screen's."""
        keys = keys_of_menus(self.menuBar().findChildren(QMenu))
        keys += keys_of_tabs(self.tabs, WINDOW)
        screen = self.tabs.currentWidget()
        if screen is not None and not self.locked:
            keys += keys_on_screen(screen, plain(self.tabs.tabText(self.tabs.currentIndex())))
        return keys

    def offer_help(self, data_dir: Path, lang: str) -> None:
        """The guide in the desk's language; «Om Skranke» names the data folder."""
        self._data_dir, self._lang = data_dir, lang

    def show_help(self, tab: int = GUIDE_TAB) -> None:
        """Hjælp (F1: the guide; Shift+F1: the keys that work now), beside the work."""
        if self.help_window is not None:
            self.help_window.deleteLater()
        self.help_window = HelpWindow(self.keys_in_front(), self._lang, self, tab=tab)
        self.help_window.show()
        self.help_window.activateWindow()

    def refresh_outbox_count(self) -> None:
        if self._outbox is not None:
            self._outbox.refresh()

    def set_server_connected(self, connected: bool) -> None:
        """With a server the count says what waits to be sent; without one nothing will
        be sent, so it says where the changes are kept instead."""
        self._server = connected
        self.refresh_outbox_count()

    def _show_outbox_count(self, count: int) -> None:
        if not self._server:
            text = (
                self.tr("Kun lokalt (ingen server): 1 ændring gemt på denne pc")
                if count == 1
                else self.tr("Kun lokalt (ingen server): %1 ændringer gemt på denne pc").replace(
                    "%1", str(count)
                )
            )
        elif count == 0:
            text = self.tr("Ingen ændringer venter")
        elif count == 1:
            text = self.tr("1 ændring venter på at blive sendt")
        else:
            text = self.tr("%1 ændringer venter på at blive sendt").replace("%1", str(count))
        self.outbox_label.setText(text)

    def _on_about_action_triggered(self) -> None:
        from ui.help.about_dialog import AboutDialog  # package metadata: not at start-up

        self.about_dialog = AboutDialog(self._data_dir, self)
        self.about_dialog.open()
        self.about_dialog.activateWindow()
