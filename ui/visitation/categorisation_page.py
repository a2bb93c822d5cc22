"""Step 1 of the visitation: the scheme's questions, the suggested category, the reason."""

from __future__ import annotations

from collections.abc import Mapping

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

    def load(
        self,
        scheme: Scheme,
        answered_by_cpr: Mapping[str, str] | None = None,
        age: int | None = None,
    ) -> None:
        """The scheme's questions; what the CPR answers is filled in and passed over by focus."""
        self._scheme = scheme
        from_cpr = answered_by_cpr or {}
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
            given = from_cpr.get(question.key)
            preset = given if given is not None else question.default
            box.setCurrentIndex(box.findData(preset) if preset is not None else -1)
            box.currentIndexChanged.connect(self._on_answer_changed)
            text = question.text_da
            if given is not None:
                box.setEnabled(False)  # a fact, not a judgement: nobody needs to touch it
                text = self.tr("{question} (ud fra CPR: {age} år)").format(
                    question=question.text_da, age=age
                )
            elif question.from_age is not None and age is not None:
                text = self.tr("{question} (borgeren er {age} år ifølge CPR)").format(
                    question=question.text_da, age=age
                )
            label = QLabel(text)
            label.setWordWrap(True)
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
        self._show_asked()
        self._refresh_suggestion()

    def _asked_boxes(self) -> list[QComboBox]:
        """The boxes of the questions asked, given the answers before them."""
        if self._scheme is None:
            return []
        earlier: dict[str, str] = {}
        asked: list[QComboBox] = []
        for question in self._scheme.questions:
            box = self._answers[question.key]
            if question.asked(earlier):
                asked.append(box)
                if box.currentIndex() >= 0:
                    earlier[question.key] = str(box.currentData())
        return asked

    def _show_asked(self) -> None:
        asked = self._asked_boxes()
        for box in self._answers.values():
            self._form.setRowVisible(box, box in asked)

    def first_unanswered(self) -> QWidget:
        open_boxes = [box for box in self._asked_boxes() if box.isEnabled()]
        for box in open_boxes:
            if box.currentIndex() < 0:
                return box
        return next(iter(open_boxes), self._category)

    def answers(self) -> dict[str, str]:
        keys = {box: key for key, box in self._answers.items()}
        return {
            keys[box]: str(box.currentData())
            for box in self._asked_boxes()
            if box.currentIndex() >= 0
        }

    def unanswered(self) -> QComboBox | None:
        return next((box for box in self._asked_boxes() if box.currentIndex() < 0), None)

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
        self._show_asked()
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
