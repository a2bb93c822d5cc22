"""The desk's text size: a base size a counter can read at arm's length, and a setting to
enlarge it (Vis → Større tekst, Ctrl++), remembered on this PC for this user."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

from ui.theme import stylesheet

SIZES_PX = (15, 17, 19, 22, 26)  # 15 px: the base; each step about an eighth larger
SETTING = "tekststørrelse_px"


class TextSize(QObject):
    changed = Signal(int)  # the new size in px

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings or QSettings("Jobcenter København", "Skranke")
        stored = str(self._settings.value(SETTING, SIZES_PX[0]))
        self.px = int(stored) if stored.isdigit() and int(stored) in SIZES_PX else SIZES_PX[0]

    def apply(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(stylesheet(self.px))

    def larger(self) -> None:
        self._set(next((s for s in SIZES_PX if s > self.px), SIZES_PX[-1]))

    def smaller(self) -> None:
        self._set(next((s for s in reversed(SIZES_PX) if s < self.px), SIZES_PX[0]))

    def reset(self) -> None:
        self._set(SIZES_PX[0])

    def _set(self, px: int) -> None:
        if px == self.px:
            return
        self.px = px
        self._settings.setValue(SETTING, px)
        self.apply()
        self.changed.emit(px)
