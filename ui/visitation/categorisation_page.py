"""Step 1 of the visitation: the scheme's questions, the suggested category, the reason."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.visitation.schemes import Scheme


class CategorisationPage(QWidget):
    """One combobox per question (type the first letter to answer), then the category."""

    category_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scheme: Scheme | None = None
        self._answers: dict[str, QComboBox] = {}
        self._overridden = False
        self._title = QLabel()
        self._form = QFormLayout()
        self._category = QComboBox()
        self._category.setAccessibleName(self.tr("Kategori"))
        self._category.activated.connect(self._on_category_activated)
        self._category.currentIndexChanged.connect(self._on_category_changed)
        self._reason = QLineEdit()
        self._reason.setAccessibleName(self.tr("Begrundelse for kategorien"))
        self._reason.setPlaceholderText(self.tr("Skal udfyldes, hvis du afviger fra forslaget"))
        self._next_step = QLabel()
        self._next_step.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(self._form)
        bottom = QFormLayout()
        bottom.addRow(self.tr("&Kategori:"), self._category)
        bottom.addRow(self.tr("&Begrundelse:"), self._reason)
        layout.addLayout(bottom)
        layout.addWidget(self._next_step)
        layout.addStretch(1)

    def load(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._overridden = False
        while self._form.rowCount():
            self._form.removeRow(0)
        self._answers.clear()
        self._title.setText(self.tr("Skema: {label}").format(label=scheme.label_da))
        for question in scheme.questions:
            box = QComboBox()
            box.setAccessibleName(question.text_da)
            box.setPlaceholderText(self.tr("Vælg …"))
            for option in question.options:
                box.addItem(option.label_da, option.value)
            box.setCurrentIndex(box.findData(question.default) if question.default else -1)
            box.currentIndexChanged.connect(self._on_answer_changed)
            label = QLabel(question.text_da)
            self._form.addRow(label, box)
            label.show()  # now, not when the layout gets round to it: focus may go here at once
            box.show()
            self._answers[question.key] = box
        self._category.blockSignals(True)
        self._category.clear()
        for category in scheme.categories:
            self._category.addItem(category.label_da, category.code)
        self._category.blockSignals(False)
        self._reason.clear()
        self._refresh_suggestion()

    def first_unanswered(self) -> QWidget:
        for box in self._answers.values():
            if box.currentIndex() < 0:
                return box
        return next(iter(self._answers.values()), self._category)

    def answers(self) -> dict[str, str]:
        return {
            key: box.currentData() for key, box in self._answers.items() if box.currentIndex() >= 0
        }

    def unanswered(self) -> QComboBox | None:
        return next((box for box in self._answers.values() if box.currentIndex() < 0), None)

    def category(self) -> str:
        return str(self._category.currentData() or "")

    def reason(self) -> str:
        return self._reason.text().strip()

    def suggested(self) -> str | None:
        return self._scheme.suggest(self.answers()) if self._scheme else None

    def focus_reason(self) -> None:
        self._reason.setFocus()

    # --- slots -----------------------------------------------------------------------
    def _on_answer_changed(self, _index: int) -> None:
        self._refresh_suggestion()

    def _on_category_activated(self, _index: int) -> None:
        self._overridden = self.category() != self.suggested()

    def _on_category_changed(self, _index: int) -> None:
        self._show_next_step()
        self.category_changed.emit(self.category())

    def _refresh_suggestion(self) -> None:
        suggestion = self.suggested()
        for i in range(self._category.count()):
            category = self._scheme.category(self._category.itemData(i)) if self._scheme else None
            label = category.label_da if category else ""
            if self._category.itemData(i) == suggestion:
                label = self.tr("{label} (forslag)").format(label=label)
            self._category.setItemText(i, label)
        if suggestion and not self._overridden:
            self._category.setCurrentIndex(self._category.findData(suggestion))
        self._show_next_step()

    def _show_next_step(self) -> None:
        if self._scheme is None or not self.category() or self.unanswered() is not None:
            self._next_step.setText("")
            return
        step = self._scheme.next_step(self.category(), self.answers())
        self._next_step.setText(self.tr("Næste skridt: {text}").format(text=step.text_da))
