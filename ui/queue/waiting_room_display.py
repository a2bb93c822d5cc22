"""The waiting-room screen for a TV: the last numbers called and where to go, readable
from 10 m, and the expected wait per queue. A new call is announced with a chime and,
where the machine has a speech engine, read aloud in Danish (ui/queue/announcer.py).
Keys: F11 full screen on/off, S speech on/off, Escape closes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.entities import Ticket
from app.queue.figures import ServiceFigures, ShownWait, shown_wait
from app.queue.service import QueueService
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.queue.announcer import Announcer

ROWS = 6
DISPLAY_TABLES = frozenset({"ticket", "counter_service"})
CLOCK_MS = 60_000


class WaitingRoomDisplay(QWidget):
    def __init__(
        self,
        queue: QueueService,
        runner: BackgroundRunner,
        service_names: dict[str, str],
        parent: QWidget | None = None,
        *,
        changes: ChangeRelay | None = None,
    ) -> None:
        super().__init__(parent)
        self._queue = queue
        self._runner = runner
        self._names = service_names
        self._last_seen: str | None = None
        self._first_refresh = True  # what was called before the screen opened is not announced
        self.announcer = Announcer(self)
        self.setWindowTitle(self.tr("Skranke – venteværelse"))
        self.setAccessibleName(self.tr("Venteværelsesskærm"))
        self.setStyleSheet("background: #00263e; color: white;")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = QLabel(self.tr("Billet → Skranke"))
        title.setStyleSheet("font-size: 40px; font-weight: bold;")
        self.call_labels: list[QLabel] = []
        grid = QGridLayout()
        for row in range(ROWS):
            label = QLabel()
            label.setAccessibleName(self.tr("Kaldt nummer %1").replace("%1", str(row + 1)))
            size = 96 if row == 0 else 56
            label.setStyleSheet(f"font-size: {size}px; font-weight: bold;")
            grid.addWidget(label, row, 0)
            self.call_labels.append(label)
        self.wait_label = QLabel()
        self.wait_label.setAccessibleName(self.tr("Forventet ventetid"))
        self.wait_label.setStyleSheet("font-size: 32px;")
        self.wait_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(grid, 1)
        layout.addWidget(self.wait_label)
        codes = list(self._names)
        # A call shows as soon as its change is announced; the clock alone moves the
        # expected waits, so it reloads them once a minute.
        self.data = LiveData(
            self,
            runner,
            DISPLAY_TABLES,
            lambda: (self._queue.last_called(ROWS), self._queue.figures(codes)),
            self._show,
            self._failed,
            changes=changes,
        )
        self._timer = QTimer(self, interval=CLOCK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        elif key == Qt.Key.Key_S:
            self.announcer.speech_enabled = not self.announcer.speech_enabled
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)

    def refresh(self) -> None:
        self.data.refresh()

    def _failed(self, _error: BaseException) -> None:
        """A TV shows no error text to the waiting room (the runner has logged it); the
        numbers stay as they were until the next change or minute."""

    def _show(self, data: tuple[list[Ticket], list[ServiceFigures]]) -> None:
        called, figures = data
        for label, ticket in zip(self.call_labels, called + [None] * ROWS, strict=False):
            label.setText("" if ticket is None else f"{ticket.number}  →  {ticket.counter_number}")
        if called and called[0].id != self._last_seen:
            self._last_seen = called[0].id
            if not self._first_refresh:
                self.announcer.announce(called[0].number, called[0].counter_number or 0)
        self._first_refresh = False
        waits = [
            f"{self._names[f.service_code]}: {self._wait_text(shown_wait(f.expected_wait))}"
            for f in figures
            if f.waiting
        ]
        self.wait_label.setText(
            self.tr("Forventet ventetid – ") + ("  ·  ".join(waits) or self.tr("ingen kø"))
        )

    def _wait_text(self, wait: ShownWait) -> str:
        text = self.tr("under %1 min") if wait.under else self.tr("ca. %1 min")
        return text.replace("%1", str(wait.minutes))
