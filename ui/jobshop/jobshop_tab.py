"""The «Jobbutik» tab: one page per job-shop task (vacancies, kvikservice, companies, advice)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class JobshopTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = QTabWidget()
        self.pages.setAccessibleName(self.tr("Jobbutikkens sider"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def add_page(self, page: QWidget, title: str) -> None:
        self.pages.addTab(page, title)

    def title(self) -> str:
        return self.tr("&Jobbutik")
