"""Asking where to save, without a nested event loop.

Qt's static `QFileDialog.getSaveFileName` runs the dialog's own loop and returns only when
it closes: everything behind it (a sync, a timer, a test's deadline) waits inside that
loop. Here the dialog is window-modal and opened with `open()`; the choice arrives as a
call to `on_chosen`, so the caller's code goes on at once and the window behind keeps
painting. Cancel calls nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_where_to_save(
    parent: QWidget,
    title: str,
    suggested: Path,
    name_filter: str,
    on_chosen: Callable[[Path], None],
) -> QFileDialog:
    """A save dialog over `parent` suggesting `suggested`; `on_chosen(path)` once a name is
    accepted. Qt's own dialog (not the system's), so it reads the same on every desk."""
    dialog = QFileDialog(parent, title, str(suggested.parent), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAccessibleName(title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(str(suggested))
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)) if name else None)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
