"""Visitationsskemaer: every categorisation scheme version, a draft of the next version as
its JSON text, a check that lists what changes from which date, and publishing it as a
command (audited and synced). Opened from Referencedata (Alt+V).

Keyboard: the versions list has the keys first (choosing one puts its next version in the
draft); Tab leads to the draft, Alt+K checks it, Alt+U publishes, Esc closes. A refused
draft keeps every character typed and puts the cursor on the line named in the error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.visitation.scheme_admin import (
    SchemeAdminService,
    SchemeChange,
    SchemeChangeKind,
    SchemeEntry,
    SchemePreview,
)
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.formats import format_date
from ui.help.focus_back import give_focus_back_on_close

SCHEME_TABLES = ("categorisation_scheme",)


class SchemeAdminDialog(QDialog):
    def __init__(
        self,
        service: SchemeAdminService,
        runner: BackgroundRunner,
        changes: ChangeRelay | None = None,
        *,
        may_publish: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        give_focus_back_on_close(self)
        self._service, self._runner = service, runner
        self._entries: tuple[SchemeEntry, ...] = ()
        self.published = 0  # versions published from this dialog (tests wait for it)
        self.setWindowTitle(self.tr("Visitationsskemaer"))
        self.setAccessibleName(self.tr("Visitationsskemaer"))
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Skemaversioner"))
        self.versions.setMaximumWidth(320)
        draft_label = QLabel(self.tr("Kladde til næste version (&JSON):"))
        self.draft = QPlainTextEdit()
        self.draft.setAccessibleName(self.tr("Kladde til skema"))
        self.draft.setTabChangesFocus(True)  # Tab leaves the text; it holds no tabs
        self.draft.setFont(QFont("monospace"))
        draft_label.setBuddy(self.draft)
        self.check_button = QPushButton(self.tr("&Kontrollér"))
        self.check_button.setAccessibleName(self.tr("Kontrollér kladden"))
        self.check_button.clicked.connect(self._on_check_clicked)
        self.publish_button = QPushButton(self.tr("&Udgiv"))
        self.publish_button.setAccessibleName(self.tr("Udgiv skemaet"))
        self.publish_button.clicked.connect(self._on_publish_clicked)
        self.publish_button.setEnabled(may_publish)
        self.close_button = QPushButton(self.tr("Luk"))
        self.close_button.setAccessibleName(self.tr("Luk visitationsskemaer"))
        self.close_button.clicked.connect(self.reject)
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Fejl i skemaet"))
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Besked"))
        self.message.setWordWrap(True)
        if not may_publish:
            self.message.setText(self.tr("Kun en administrator kan udgive et skema."))
        self.preview = QListWidget()
        self.preview.setAccessibleName(self.tr("Ændringer i skemaet"))
        self.preview.setMaximumHeight(160)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.check_button, self.publish_button, self.close_button):
            buttons.addWidget(button)
        right = QVBoxLayout()
        right.addWidget(draft_label)
        right.addWidget(self.draft, 1)
        right.addWidget(self.error)
        right.addLayout(buttons)
        right.addWidget(self.preview)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addWidget(self.versions)
        layout.addLayout(right, 1)
        for first, second in (
            (self.versions, self.draft),
            (self.draft, self.check_button),
            (self.check_button, self.publish_button),
            (self.publish_button, self.close_button),
        ):
            QWidget.setTabOrder(first, second)
        self.resize(1000, 680)
        self.loaded = LiveData(
            self,
            runner,
            SCHEME_TABLES,
            service.entries,
            self._show_entries,
            self._failed,
            changes=changes,
        )
        self.versions.currentRowChanged.connect(self._on_version_chosen)
        self.versions.setFocus()
        self.loaded.refresh()

    # --- loading --------------------------------------------------------------------------
    def _show_entries(self, entries: tuple[SchemeEntry, ...]) -> None:
        chosen = self.versions.currentRow()
        self._entries = entries
        self.versions.blockSignals(True)
        self.versions.clear()
        for entry in entries:
            item = QListWidgetItem(
                self.tr("%1 v%2 (fra %3)")
                .replace("%1", entry.label_da)
                .replace("%2", str(entry.version))
                .replace("%3", format_date(entry.valid_from))
            )
            item.setData(Qt.ItemDataRole.UserRole, (entry.code, entry.version))
            self.versions.addItem(item)
        self.versions.blockSignals(False)
        if entries:
            row = chosen if 0 <= chosen < len(entries) else len(entries) - 1
            self.versions.setCurrentRow(row)
            if not self.draft.toPlainText():
                self._on_version_chosen(row)

    def _failed(self, error: BaseException) -> None:
        self.message.setText(failure_text(error))

    def _on_version_chosen(self, row: int) -> None:
        if not 0 <= row < len(self._entries):
            return
        entry = self._entries[row]
        self.error.clear()
        self.preview.clear()
        self._runner.run(
            lambda: self._service.draft_of(entry), self.draft.setPlainText, self._failed, self
        )

    # --- checking and publishing ---------------------------------------------------------
    def _show_error(self, error: BaseException) -> None:
        """The refusal under the draft, the cursor on its line; nothing typed is lost."""
        self.error.setText(failure_text(error))
        line = error.values.get("line") if isinstance(error, KnownError) else None
        if isinstance(line, int):
            block = self.draft.document().findBlockByNumber(max(line - 1, 0))
            cursor = QTextCursor(block)
            self.draft.setTextCursor(cursor)
        self.draft.setFocus()

    def _show_preview(self, preview: SchemePreview) -> None:
        self.preview.clear()
        scheme = preview.scheme
        self.preview.addItem(
            self.tr("«%1» version %2 gælder fra %3.")
            .replace("%1", scheme.label_da)
            .replace("%2", str(scheme.version))
            .replace("%3", format_date(scheme.valid_from))
        )
        if preview.follows is not None:
            self.preview.addItem(
                self.tr(
                    "Afløser version %1 for afgørelser fra den dato; tidligere beholder deres."
                ).replace("%1", str(preview.follows.version))
            )
        for change in preview.changes:
            self.preview.addItem(self._change_text(change))
        if preview.follows is not None and not preview.changes:
            self.preview.addItem(self.tr("Ingen ændringer ud over versionsnummeret."))
        self.preview.setCurrentRow(0)

    def _change_text(self, change: SchemeChange) -> str:
        texts = {
            SchemeChangeKind.NEW_SCHEME: self.tr("Nyt skema: %1 (%3)"),
            SchemeChangeKind.LABEL: self.tr("Navn: %2 → %3"),
            SchemeChangeKind.PERIOD: self.tr("Gyldighed: %2 → %3"),
            SchemeChangeKind.APPLIES_TO: self.tr("Gælder for: %2 → %3"),
            SchemeChangeKind.CATEGORY_ADDED: self.tr("Ny kategori: %1 (%3)"),
            SchemeChangeKind.CATEGORY_REMOVED: self.tr("Kategori fjernet: %1 (%2)"),
            SchemeChangeKind.CATEGORY_CHANGED: self.tr("Kategori ændret: %1 (%2 → %3)"),
            SchemeChangeKind.QUESTION_ADDED: self.tr("Nyt spørgsmål: %1 (%3)"),
            SchemeChangeKind.QUESTION_REMOVED: self.tr("Spørgsmål fjernet: %1 (%2)"),
            SchemeChangeKind.QUESTION_CHANGED: self.tr("Spørgsmål ændret: %1"),
            SchemeChangeKind.CONTACT_COURSE: self.tr("Kontaktforløbets regler er ændret."),
            SchemeChangeKind.OTHER: self.tr("Ændret: %1"),
        }
        if change.kind is SchemeChangeKind.CATEGORY_CHANGED and change.before == change.after:
            return self.tr("Kategori ændret: %1").replace("%1", change.subject)
        return (
            texts[change.kind]
            .replace("%1", change.subject)
            .replace("%2", change.before)
            .replace("%3", change.after)
        )

    def _on_check_clicked(self) -> None:
        text = self.draft.toPlainText()
        self.error.clear()
        self.preview.clear()

        def checked(preview: SchemePreview) -> None:
            self._show_preview(preview)
            self.preview.setFocus()

        self._runner.run(lambda: self._service.check(text), checked, self._show_error, self)

    def _on_publish_clicked(self) -> None:
        text = self.draft.toPlainText()
        self.error.clear()
        self.publish_button.setEnabled(False)

        def published(preview: SchemePreview) -> None:
            self.publish_button.setEnabled(True)
            self._show_preview(preview)
            self.published += 1
            self.message.setText(
                self.tr("«%1» version %2 er udgivet og gælder fra %3.")
                .replace("%1", preview.scheme.label_da)
                .replace("%2", str(preview.scheme.version))
                .replace("%3", format_date(preview.scheme.valid_from))
            )
            self.draft.clear()  # the next version is drafted from the list again
            self.loaded.refresh()
            self.versions.setFocus()

        def refused(error: BaseException) -> None:
            self.publish_button.setEnabled(True)
            self._show_error(error)

        self._runner.run(lambda: self._service.publish(text), published, refused, self)
