"""A read-only, row-selecting table view as every job-shop list uses it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def company_table(model: QAbstractItemModel, accessible_name: str) -> QTableView:
    """One row at a time, chosen with the arrow keys; columns fit their text, the last
    takes the room left."""
    table = QTableView()
    table.setAccessibleName(accessible_name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other list
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # short lists (≤ 200)
    header.setStretchLastSection(True)
    table.verticalHeader().hide()
    return table
