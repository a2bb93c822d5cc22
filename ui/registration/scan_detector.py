"""A health-card scan wherever focus is on the registration screen.

A scanner is a keyboard: it types the card's ten CPR digits and Enter, faster than any
person types. Those keys go to whichever widget has focus — the reasons list, a field of
the form, a button — where the Enter would act for the citizen on screen before. This
filter watches the keys on their way (it never holds them back, so typing feels the
same), and when Enter ends a burst of exactly ten digits typed within `GAP_MS` of each
other, it takes the Enter, puts back what the burst typed into a text field, and hands
the digits on as a scan: a new look-up, never a ticket for the citizen before.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

GAP_MS = 35  # a scanner types a key every few ms; a person needs 80 ms or more
CPR_DIGITS = 10
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScanDetector(QObject):
    scanned = Signal(str)  # the ten digits

    def __init__(self, screen: QWidget, scan_field: QWidget) -> None:
        """`scan_field`: where a scan belongs; its own Enter already looks the CPR up."""
        super().__init__(screen)
        self._screen = screen
        self._scan_field = scan_field
        self._digits: list[str] = []
        self._last_ms = 0.0
        self._target: QObject | None = None
        self._text_before: str | None = None  # the field's text before the burst
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        screen.destroyed.connect(lambda: app.removeEventFilter(self))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        # A key is offered to the focus widget first, then maybe its parents: count it once.
        if watched is not QApplication.focusWidget() or not self._on_screen(watched):
            return False
        if watched is self._scan_field:
            self._clear()
            return False
        return self._key(watched, event)

    def _on_screen(self, widget: QObject) -> bool:
        return (
            isinstance(widget, QWidget)
            and self._screen.isVisible()
            and (widget is self._screen or self._screen.isAncestorOf(widget))
        )

    def _key(self, target: QObject, event: QKeyEvent) -> bool:
        now = float(event.timestamp()) or time.monotonic() * 1000
        fast = 0 <= now - self._last_ms <= GAP_MS and target is self._target
        text = event.text()
        if text.isdigit() or (text == "-" and fast and self._digits):
            if not fast:
                self._start(target)
            if text.isdigit():
                self._digits.append(text)
            self._last_ms = now
            return False
        if event.key() in _ENTER and fast and len(self._digits) == CPR_DIGITS:
            digits = "".join(self._digits)
            self._undo_typing(target)
            self._clear()
            self.scanned.emit(digits)
            return True  # the Enter was the scanner's: it acts for nobody on screen
        self._clear()
        return False

    def _start(self, target: QObject) -> None:
        self._digits = []
        self._target = target
        self._text_before = target.text() if isinstance(target, QLineEdit) else None

    def _undo_typing(self, target: QObject) -> None:
        if isinstance(target, QLineEdit) and self._text_before is not None:
            target.setText(self._text_before)

    def _clear(self) -> None:
        self._digits = []
        self._target = None
        self._text_before = None
        self._last_ms = 0.0
