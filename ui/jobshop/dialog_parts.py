"""The parts every job-shop dialog has: a Danish error line and OK/Annullér buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton


def error_label(accessible_name: str) -> QLabel:
    """Where a refusal is shown (in the theme's error style); the input stays as typed."""
    label = QLabel(accessibleName=accessible_name)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    return label


def ok_cancel(
    dialog: QDialog, on_ok: Callable[[], None], ok_name: str, ok_text: str | None = None
) -> tuple[QDialogButtonBox, QPushButton]:
    """Enter runs `on_ok` (which closes the dialog itself when it succeeds), Esc cancels."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok_text is not None:
        ok.setText(ok_text)
    ok.setAccessibleName(ok_name)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("DialogParts", "Annullér (Esc)"))
    cancel.setAccessibleName(QCoreApplication.translate("DialogParts", "Annullér"))
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok
