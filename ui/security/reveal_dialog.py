"""Asks why a full CPR number is needed before showing it (the answer goes in the audit trail)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

PURPOSES = (  # the common reasons first; any other can be typed
    QT_TRANSLATE_NOOP("RevealDialog", "Identifikation af borgeren ved skranken"),
    QT_TRANSLATE_NOOP("RevealDialog", "Kontrol af registrering (dobbeltregistrering)"),
    QT_TRANSLATE_NOOP("RevealDialog", "Henvendelse til anden myndighed"),
)


class RevealDialog(QDialog):
    def __init__(self, citizen_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vis CPR-nummer"))
        self.setAccessibleName(self.tr("Vis CPR-nummer"))
        text = QLabel(
            self.tr("Hvorfor skal du se det fulde CPR-nummer for %1? Visningen logges.").replace(
                "%1", citizen_name
            )
        )
        text.setWordWrap(True)
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Formål"))
        self.purpose.setEditable(True)
        self.purpose.addItems(
            [QCoreApplication.translate("RevealDialog", str(p)) for p in PURPOSES]
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Vis"))
        ok.setAccessibleName(self.tr("Vis CPR-nummeret"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Annullér"))
        cancel.setAccessibleName(self.tr("Annullér"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        # An editable combo box takes the first Enter for itself: one Enter shows the CPR.
        self.purpose.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        edit = self.purpose.lineEdit()
        if edit is not None:
            edit.returnPressed.connect(self._accept_if_purpose)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.purpose)
        layout.addWidget(buttons)
        self.purpose.setFocus()

    def _accept_if_purpose(self) -> None:
        if self.chosen_purpose():
            self.accept()

    def chosen_purpose(self) -> str:
        return self.purpose.currentText().strip()
