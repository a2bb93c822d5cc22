"""A help dialog closes onto the desk as it was: the keys go back to the widget that had them
when it opened (a scan after closing the help lands in the CPR field again)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QDialog


def give_focus_back_on_close(dialog: QDialog) -> None:
    """Call before `dialog` takes the focus; when it closes, focus returns to what had it."""
    back = QApplication.focusWidget()

    def give_back() -> None:
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.window().activateWindow()
            back.setFocus()

    dialog.finished.connect(give_back)
