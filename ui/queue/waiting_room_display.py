"""The waiting-room screen for a TV: the site's name and the time, the last six numbers
called and where to go (the newest bigger and in amber), readable from 10 m, and the
expected wait of each queue where citizens wait. Numbers and counters only: nothing on
it names a citizen. A new call is announced with a chime and, where the machine has a
speech engine, read aloud in Danish (ui/queue/announcer.py).
Keys: F11 full screen on/off, S speech on/off, Escape closes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.entities import Ticket
from app.queue.call_board import recent_calls
from app.queue.callbacks import is_callback
from app.queue.figures import ServiceFigures, ShownWait, shown_wait
from app.queue.service import QueueService
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.queue.announcer import Announcer
from ui.queue.display_clock import MinuteClock, Now, utc_now
from ui.queue.display_style import DisplaySizes, display_stylesheet, sizes_for

ROWS = 6
DISPLAY_TABLES = frozenset({"ticket", "counter_service"})


@dataclass(frozen=True, slots=True)
class Board:
    """What the display shows: the latest calls, newest first, and each queue's figures."""

    calls: Sequence[Ticket]
    figures: Sequence[ServiceFigures]


def load_board(queue: QueueService, service_codes: Sequence[str], now: Now) -> Board:
    """On the worker thread: today's tickets of the site, read once for both halves."""
    # Callbacks wait on the phone, not in the room: the display shows walk-ins only.
    tickets = [t for t in queue.site_tickets() if not is_callback(t)]
    moment = now()
    return Board(
        recent_calls(tickets, ROWS), queue.figures(service_codes, tickets=tickets, now=moment)
    )


def _label(board_role: str, accessible_name: str) -> QLabel:
    label = QLabel()
    label.setProperty("board", board_role)  # styled in resources/display.qss
    label.setAccessibleName(accessible_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WaitingRoomDisplay(QWidget):
    def __init__(
        self,
        queue: QueueService,
        runner: BackgroundRunner,
        service_names: dict[str, str],
        parent: QWidget | None = None,
        *,
        changes: ChangeRelay | None = None,
        site_name: str = "",
        now: Now = utc_now,
    ) -> None:
        super().__init__(parent)
        self._names = service_names
        self._last_seen: tuple[str, object] | None = None  # the newest call: ticket and time
        self._first_refresh = True  # what was called before the screen opened is not announced
        self._sizes: DisplaySizes | None = None
        self.announcer = Announcer(self)
        self.setWindowTitle(self.tr("Skranke – venteværelse"))
        self.setAccessibleName(self.tr("Venteværelsesskærm"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)  # the sheet paints it

        self.site_label = _label("site", self.tr("Afdeling"))
        self.site_label.setText(site_name)
        self.clock = MinuteClock(self, now=now)
        self.clock_label = _label("clock", self.tr("Klokken"))
        self.clock_label.setText(self.clock.text())
        header = QHBoxLayout()
        header.addWidget(self.site_label)
        header.addStretch(1)
        header.addWidget(self.clock_label)

        self._calls = QGridLayout()
        number_heading = _label("heading", self.tr("Overskrift nummer"))
        number_heading.setText(self.tr("Nummer"))
        counter_heading = _label("heading", self.tr("Overskrift skranke"))
        counter_heading.setText(self.tr("Skranke"))
        self._calls.addWidget(number_heading, 0, 0)
        self._calls.addWidget(counter_heading, 0, 1, Qt.AlignmentFlag.AlignRight)
        self.call_labels: list[QLabel] = []
        self.counter_labels: list[QLabel] = []
        for row in range(ROWS):
            place = str(row + 1)
            number = _label("call", self.tr("Kaldt nummer %1").replace("%1", place))
            counter = _label("call", self.tr("Skranke for kaldt nummer %1").replace("%1", place))
            for label in (number, counter):
                label.setProperty("newest", row == 0)  # the newest call: bigger, in amber
            self._calls.addWidget(number, row + 1, 0)
            self._calls.addWidget(counter, row + 1, 1, Qt.AlignmentFlag.AlignRight)
            self.call_labels.append(number)
            self.counter_labels.append(counter)
        self._calls.setRowStretch(ROWS + 1, 1)

        self._waits = waits = QVBoxLayout()
        waits_heading = _label("waits", self.tr("Forventet ventetid"))
        waits_heading.setText(self.tr("Forventet ventetid"))
        waits.addWidget(waits_heading)
        self.no_queue_label = _label("queue", self.tr("Ingen kø"))
        self.no_queue_label.setText(self.tr("Ingen venter lige nu"))
        waits.addWidget(self.no_queue_label)
        # A queue's name above its wait: a long name and "under 5 min" side by side would
        # not fit the half of a 720p screen at a size readable across the room.
        self.wait_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for code, name in service_names.items():
            name_label = _label("queue", self.tr("Kø %1").replace("%1", name))
            name_label.setText(name)
            wait_label = _label("wait", self.tr("Forventet ventetid for %1").replace("%1", name))
            pair = QVBoxLayout()  # a queue's name and its wait read as one
            pair.setSpacing(0)
            pair.addWidget(name_label)
            pair.addWidget(wait_label)
            waits.addLayout(pair)
            self.wait_labels[code] = (name_label, wait_label)
        waits.addStretch(1)

        self._body = body = QHBoxLayout()
        body.addLayout(self._calls, 11)
        body.addLayout(waits, 9)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(header)
        self._layout.addLayout(body, 1)
        self._apply_sizes()

        codes = list(service_names)
        # A call shows as soon as its change is announced; the clock alone moves the
        # expected waits, so they are reloaded as each minute turns.
        self.data = LiveData(
            self,
            runner,
            DISPLAY_TABLES,
            lambda: load_board(queue, codes, now),
            self.show_board,
            self._failed,
            changes=changes,
        )
        self.clock.minute.connect(self._minute_passed)
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

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._apply_sizes()
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.clock.stop()
        super().closeEvent(event)

    def refresh(self) -> None:
        self.data.refresh()

    def show_board(self, board: Board) -> None:
        calls = list(board.calls)[:ROWS]
        rows = zip(self.call_labels, self.counter_labels, strict=True)
        for row, (number, counter) in enumerate(rows):
            ticket = calls[row] if row < len(calls) else None
            number.setText("" if ticket is None else ticket.number)
            counter.setText("" if ticket is None else str(ticket.counter_number or ""))
        self._announce_newest(calls)
        waiting = {f.service_code: f for f in board.figures if f.waiting}
        for code, (name_label, wait_label) in self.wait_labels.items():
            figures = waiting.get(code)
            name_label.setVisible(figures is not None)
            wait_label.setVisible(figures is not None)
            if figures is not None:
                wait_label.setText(self._wait_text(figures))
        self.no_queue_label.setVisible(not waiting)

    def _announce_newest(self, calls: list[Ticket]) -> None:
        """Read out a new call — a recall too, since its time moves — but nothing that was
        on the board before the screen opened."""
        newest = (calls[0].id, calls[0].called_at) if calls else None
        if newest is not None and newest != self._last_seen and not self._first_refresh:
            self.announcer.announce(calls[0].number, calls[0].counter_number or 0)
        self._last_seen = newest
        self._first_refresh = False

    def _minute_passed(self, time_text: str) -> None:
        self.clock_label.setText(time_text)
        self.refresh()

    def _failed(self, _error: BaseException) -> None:
        """A TV shows no error text to the waiting room (the runner has logged it); the
        numbers stay as they were until the next change or minute."""

    def _wait_text(self, figures: ServiceFigures) -> str:
        if figures.after_closing:  # no number of minutes is promised past closing time
            return self.tr("efter lukketid")
        wait: ShownWait = shown_wait(figures.expected_wait)
        text = self.tr("under %1 min") if wait.under else self.tr("ca. %1 min")
        return text.replace("%1", str(wait.minutes))

    def _apply_sizes(self) -> None:
        """Fonts, margins and spacing follow the window's height (ui/queue/display_style.py)."""
        sizes = sizes_for(self.width(), self.height())
        if sizes == self._sizes:
            return
        self._sizes = sizes
        self._layout.setContentsMargins(sizes.margin, sizes.margin, sizes.margin, sizes.margin)
        self._layout.setSpacing(sizes.spacing)
        self._calls.setHorizontalSpacing(sizes.margin)
        self._calls.setVerticalSpacing(sizes.spacing)
        self._body.setSpacing(sizes.margin * 2)  # calls and waits apart, as two columns
        self._waits.setSpacing(sizes.spacing * 2)
        self.setStyleSheet(display_stylesheet(sizes))
