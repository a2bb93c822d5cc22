"""Reasons for visit, each on a one-key shortcut (1–9) while the list has focus."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.entities import Service


class ServiceList(QListWidget):
    chosen = Signal(str)  # service code: Enter on a selected reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Henvendelsesårsag"))
        self.itemActivated.connect(
            lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def set_services(self, services: Sequence[Service], lang: str) -> None:
        self.clear()
        for key, service in enumerate(services, start=1):
            name = service.name_en if lang == "en" else service.name_da
            item = QListWidgetItem(f"{key}   {name}   ({service.letter})")
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            self.addItem(item)

    @property
    def selected_code(self) -> str | None:
        item = self.currentItem()
        return (
            None
            if item is None or not item.isSelected()
            else str(item.data(Qt.ItemDataRole.UserRole))
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and 1 <= int(text) <= self.count():
            self.setCurrentRow(int(text) - 1)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_code:
            self.chosen.emit(self.selected_code)
            return
        super().keyPressEvent(event)
