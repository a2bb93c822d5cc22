"""The page shown while the desk is locked: nothing about any citizen, only a sign-in form.

Checking a password (argon2id) takes a noticeable moment, so it runs on the
background runner; the form stays responsive and says it is working.

At start-up the page is shown before the store is open (ui/main.py): it takes keys at
once, and a press of «Log ind» before the desk can check a secret waits, saying so,
until `ready` hands it the check.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.background import BackgroundRunner
from ui.failures import failure_text

if TYPE_CHECKING:
    from app.security.sign_in import StaffSession

SignIn = Callable[[str, str], "StaffSession"]


class LockScreen(QWidget):
    signed_in = Signal(object)  # StaffSession

    def __init__(
        self,
        sign_in: SignIn | None,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        """`sign_in` None: the page takes keys while the desk loads; `ready` gives it."""
        super().__init__(parent)
        self._sign_in = sign_in
        self._runner = runner
        self._waiting = False  # «Log ind» was pressed before the desk could check
        self.setAccessibleName(self.tr("Skranken er låst"))
        heading = QLabel(self.tr("Skranken er låst"))
        heading.setAccessibleName(self.tr("Overskrift"))
        heading.setProperty("role", "heading")
        hint = QLabel(
            self.tr("Log ind med dit brugernavn (initialer) og din adgangskode eller PIN-kode.")
        )
        hint.setWordWrap(True)
        self.user_edit = QLineEdit()
        self.user_edit.setAccessibleName(self.tr("Brugernavn"))
        self.secret_edit = QLineEdit()
        self.secret_edit.setAccessibleName(self.tr("Adgangskode eller PIN-kode"))
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_in_button = QPushButton(self.tr("&Log ind"))
        self.sign_in_button.setAccessibleName(self.tr("Log ind"))
        self.sign_in_button.setDefault(True)
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Besked ved log ind"))
        self.message_label.setWordWrap(True)
        self.message_label.setProperty("role", "error")
        self.message_label.hide()  # shown with a message (ui: _say); empty, it takes no room

        form = QFormLayout()
        form.addRow(self.tr("&Brugernavn"), self.user_edit)
        form.addRow(self.tr("&Adgangskode"), self.secret_edit)
        box = QWidget()
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(heading)
        inner.addWidget(hint)
        inner.addLayout(form)
        inner.addWidget(self.sign_in_button)
        inner.addWidget(self.message_label)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(box, 1)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addLayout(row)
        layout.addStretch()

        self.user_edit.returnPressed.connect(self.secret_edit.setFocus)
        self.secret_edit.returnPressed.connect(self._on_sign_in_button_clicked)
        self.sign_in_button.clicked.connect(self._on_sign_in_button_clicked)

    def prepare(self, user_name: str = "") -> None:
        """Ready for the next person: the last user's name kept, the secret never."""
        if user_name:
            self.user_edit.setText(user_name)
        self.secret_edit.clear()
        self._say("")
        self.sign_in_button.setEnabled(True)
        (self.secret_edit if self.user_edit.text() else self.user_edit).setFocus()

    @property
    def is_ready(self) -> bool:
        return self._sign_in is not None

    def ready(self, sign_in: SignIn, user_name: str = "") -> None:
        """The desk is loaded: secrets can be checked. Nothing typed is touched — the last
        user's name is offered (selected, so typing replaces it) only in an untouched form,
        and a press that waited is carried out now."""
        self._sign_in = sign_in
        untouched = not self.user_edit.text() and not self.secret_edit.text()
        if user_name and untouched and not self._waiting:
            self.user_edit.setText(user_name)
            self.user_edit.selectAll()
        if self._waiting:
            self._waiting = False
            self._on_sign_in_button_clicked()

    def _on_sign_in_button_clicked(self) -> None:
        user, secret = self.user_edit.text().strip(), self.secret_edit.text()
        if not user or not secret:
            self._say(self.tr("Skriv både brugernavn og adgangskode."))
            return
        if self._sign_in is None:  # still loading: the press waits, the fields stay open
            self._waiting = True
            self._say(self.tr("Indlæser …"))
            return
        check = self._sign_in
        self.sign_in_button.setEnabled(False)
        self._say(self.tr("Kontrollerer …"))
        self._runner.run(lambda: check(user, secret), self._on_success, self._on_failure)

    def _on_success(self, session: StaffSession) -> None:
        self.secret_edit.clear()
        self._say("")
        self.sign_in_button.setEnabled(True)
        self.signed_in.emit(session)

    def _on_failure(self, error: BaseException) -> None:
        self.secret_edit.clear()
        self.secret_edit.setFocus()
        self.sign_in_button.setEnabled(True)
        self._say(failure_text(error))

    def _say(self, text: str) -> None:
        """An empty word-wrapped label asks no height yet takes a line, which squeezed the
        fields until their text lost its descenders: it is shown only with a message."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))
