"""The shell: menus, the screens as tabs, and a status bar. No business logic here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from app.entities import Site, Staff
from app.workstation import WorkstationConfig
from ui.background import BackgroundRunner


class MainWindow(QMainWindow):
    def __init__(
        self,
        workstation: WorkstationConfig,
        site: Site,
        staff: Staff | None,
        runner: BackgroundRunner,
        pending_changes: Callable[[], int],
    ) -> None:
        super().__init__()
        self._runner = runner
        self._pending_changes = pending_changes
        self.setWindowTitle(self.tr("Skranke – Jobcenter København, %1").replace("%1", site.name))
        self.setAccessibleName(self.tr("Skranke hovedvindue"))
        self.resize(1100, 700)

        self.tabs = QTabWidget(accessibleName=self.tr("Skærmbilleder"))
        self.setCentralWidget(self.tabs)

        file_menu = self.file_menu = self.menuBar().addMenu(self.tr("&Filer"))
        quit_action = QAction(self.tr("&Afslut"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._quit_action = quit_action
        help_menu = self.menuBar().addMenu(self.tr("&Hjælp"))
        about_action = QAction(self.tr("&Om Skranke"), self)
        about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(about_action)

        who = staff.initials if staff else workstation.staff_id
        self.place_label = QLabel(
            self.tr("%1 · skranke %2 · %3")
            .replace("%1", site.name)
            .replace("%2", str(workstation.counter_number))
            .replace("%3", who),
            accessibleName=self.tr("Arbejdsplads"),
        )
        self.outbox_label = QLabel(accessibleName=self.tr("Ændringer der venter"))
        self.statusBar().addWidget(self.place_label)
        self.statusBar().addPermanentWidget(self.outbox_label)
        self._outbox_timer = QTimer(self, interval=5000)
        self._outbox_timer.timeout.connect(self.refresh_outbox_count)
        self._outbox_timer.start()
        self.refresh_outbox_count()

    def add_file_action(self, action: QAction) -> None:
        """Screens' own commands go in the File menu, above Quit."""
        self.file_menu.insertAction(self._quit_action, action)

    def add_screen(self, screen: QWidget, title: str) -> None:
        self.tabs.addTab(screen, title)

    def refresh_outbox_count(self) -> None:
        self._runner.run(self._pending_changes, self._show_outbox_count, lambda _e: None)

    def _show_outbox_count(self, count: int) -> None:
        if count == 0:
            text = self.tr("Alle ændringer er gemt lokalt; ingen venter")
        elif count == 1:
            text = self.tr("1 ændring venter på at blive sendt")
        else:
            text = self.tr("%1 ændringer venter på at blive sendt").replace("%1", str(count))
        self.outbox_label.setText(text)

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Skranke"),
            self.tr("Skranke – modtagelsen i Jobcenter København.\nVirker også uden netværk."),
        )
