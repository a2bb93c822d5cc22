"""Filer → Ledelsesinformation … (Ctrl+I): the dashboard, for supervisors only.

The action is there only while a supervisor is signed in (permission
read_production_figures, app/security/roles.py); a dashboard left open closes when
someone else signs in, and never shows itself again for them.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from app.security.roles import allowed
from app.security.session import CurrentStaff
from app.security.sign_in import StaffSession
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay
from ui.main_window import MainWindow
from ui.management_info.dashboard import Dashboard
from ui.management_info.figures_source import DashboardSource
from ui.management_info.labels import Labels

PERMISSION = "read_production_figures"
SHORTCUT = "Ctrl+I"


class DashboardAction:
    def __init__(
        self,
        window: MainWindow,
        runner: BackgroundRunner,
        current: CurrentStaff,
        changes: ChangeRelay,
        source: DashboardSource,
        read_labels: Callable[[], Labels],
    ) -> None:
        self._window = window
        self._runner = runner
        self._current = current
        self._changes = changes
        self.source = source
        self._read_labels = read_labels
        self.dashboard: Dashboard | None = None
        self.action = QAction(QCoreApplication.translate("Desk", "Le&delsesinformation …"), window)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.triggered.connect(self.open)
        window.add_file_action(self.action)
        self.action.setVisible(self.may_read())
        current.subscribe(self._on_signed_in)

    def may_read(self) -> bool:
        session = self._current.session
        return session is not None and allowed(session.role, PERMISSION)

    def _on_signed_in(self, session: StaffSession | None) -> None:
        if session is None:
            return  # locked: the window hides the dashboard with every other dialog
        self.action.setVisible(self.may_read())
        if not self.may_read() and self.dashboard is not None:
            self.dashboard.deleteLater()
            self.dashboard = None

    def open(self) -> None:
        if not self.may_read():
            return
        if self.dashboard is None or not shiboken6.isValid(self.dashboard):
            self.dashboard = Dashboard(
                self.source, self._runner, self._read_labels, self._window, may_show=self.may_read
            )
            self.dashboard.follow(self._changes)
        self.dashboard.show()
        self.dashboard.activateWindow()
