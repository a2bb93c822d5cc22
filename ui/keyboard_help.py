"""Hjælp → Tastaturgenveje (Shift+F1, and the second tab of the help window, F1): the keys of
the whole window and of the screen in front, read from the widgets (ui/keyboard_map.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.keyboard_map import WINDOW, Key


class KeyboardHelp(QWidget):
    """The table of keys, a page of the help window (ui/help/help_window.py)."""

    def __init__(self, keys: Sequence[Key], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Tastaturgenveje"))
        model = QStandardItemModel(0, 3, self)
        model.setHorizontalHeaderLabels([self.tr("Tast"), self.tr("Gør"), self.tr("Hvor")])
        for key in sorted(keys, key=lambda k: (k.where != WINDOW, k.where, k.keys)):  # window first
            row = [QStandardItem(key.keys), QStandardItem(key.what), QStandardItem(key.where)]
            for item in row:
                item.setEditable(False)
            model.appendRow(row)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Tastaturgenveje"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        intro = QLabel(self.tr("Tasterne for hele vinduet og for skærmbilledet, der er fremme."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
