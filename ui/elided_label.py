"""A line of text that gives way when the room is short: cut with «…», whole in its
tooltip and accessible description. For a status bar that must fit the narrowest
desk (1024 px) whatever the sync engine has to say."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SHORTEST_CHARS = 12  # at least this much of the text stays readable before «…»


class ElidedLabel(QLabel):
    """Plain text on one line. `set_full_text` instead of `setText`: the label shows as
    much as fits; the tooltip and the accessible description (read by a screen reader)
    always hold all of it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    @property
    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._width_for(self._full), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        shortest = self._full
        if len(shortest) > SHORTEST_CHARS:
            shortest = shortest[:SHORTEST_CHARS] + "…"
        return QSize(self._width_for(shortest), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._elide()
            self.updateGeometry()

    def _width_for(self, text: str) -> int:
        margins = self.contentsMargins()
        extra = margins.left() + margins.right() + 2 * self.margin()
        return self.fontMetrics().horizontalAdvance(text) + extra

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        shown = self._full
        if metrics.horizontalAdvance(shown) > room:  # elidedText alone cuts text that fits
            shown = metrics.elidedText(shown, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            super().setText(shown)
