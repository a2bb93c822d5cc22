"""Hjælp → Tastaturgenveje (F1): the keys of the whole window and of the screen in front,
read from the widgets (ui/keyboard_map.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.keyboard_map import WINDOW, Key


class KeyboardHelp(QDialog):
    def __init__(self, keys: Sequence[Key], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tastaturgenveje"))
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
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        intro = QLabel(self.tr("Tasterne for hele vinduet og for skærmbilledet, der er fremme."))
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.table.setFocus()
