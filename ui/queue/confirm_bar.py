"""A question asked once, inside the screen, that the keyboard answers: Enter = yes,
Esc = no. Focus sits on the yes button while it asks and goes back where it was after."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ConfirmBar(QFrame):
    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Bekræft"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel()
        self.question.setAccessibleName(self.tr("Spørgsmål"))
        self.yes = QPushButton(self.tr("Ja (Enter)"))
        self.yes.setAccessibleName(self.tr("Ja"))
        self.no = QPushButton(self.tr("Nej (Esc)"))
        self.no.setAccessibleName(self.tr("Nej"))
        for button in (self.yes, self.no):
            button.setAutoDefault(True)  # Enter presses the focused button
        self.yes.clicked.connect(lambda: self._answer(True))
        self.no.clicked.connect(lambda: self._answer(False))
        row = QHBoxLayout(self)
        row.addWidget(self.question, 1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        self._on_yes: Callable[[], None] | None = None
        self._on_no: Callable[[], None] | None = None
        self._return_to: QWidget | None = None
        self.hide()

    @property
    def asking(self) -> bool:
        return self._on_yes is not None

    def ask(self, question: str, on_yes: Callable[[], None], on_no: Callable[[], None]) -> None:
        self._on_yes, self._on_no = on_yes, on_no
        self._return_to = self.window().focusWidget()
        self.question.setText(question)
        self.show()
        self.yes.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.asking:
            self._answer(False)
            return
        super().keyPressEvent(event)

    def _answer(self, yes: bool) -> None:
        on_yes, on_no = self._on_yes, self._on_no
        self._on_yes = self._on_no = None
        self.hide()
        if self._return_to is not None and self._return_to.isVisible():
            self._return_to.setFocus(Qt.FocusReason.OtherFocusReason)
        self._return_to = None
        chosen = on_yes if yes else on_no
        if chosen is not None:
            chosen()
        self.answered.emit(yes)
