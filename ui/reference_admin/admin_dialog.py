"""Referencedata: pick a kind, read the version in force, edit a draft, preview what changes
on the chosen day, publish it as a dated version (the publish command, audited and synced).

Keyboard: the kinds list has the keys first; Tab leads to the version in force, the draft
(typing edits a cell, Enter keeps it), and the buttons; Alt+T/Alt+S add and remove a
draft row, Alt+G the date, Alt+I today, Alt+F preview, Alt+U publish, Alt+V the
categorisation schemes (ui/reference_admin/scheme_dialog.py), Esc closes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.reference_data.model import Change, ChangeKind, Kind, Preview
from app.reference_data.service import KindState, ReferenceDataService
from app.visitation.scheme_admin import SchemeAdminService
from ui.background import BackgroundRunner
from ui.changes import ChangeRelay, LiveData
from ui.failures import failure_text
from ui.formats import format_date
from ui.help.focus_back import give_focus_back_on_close
from ui.reference_admin.rows_model import RowsModel, shown
from ui.reference_admin.scheme_dialog import SchemeAdminDialog

VERSION_TABLES = ("reference_data_version",)


class ReferenceAdminDialog(QDialog):
    def __init__(
        self,
        service: ReferenceDataService,
        runner: BackgroundRunner,
        changes: ChangeRelay | None = None,
        *,
        may_publish: bool = True,
        schemes: SchemeAdminService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        give_focus_back_on_close(self)  # closing hands the keys back to where they were
        self._service, self._runner = service, runner
        self._changes, self._may_publish, self._schemes = changes, may_publish, schemes
        self._state: KindState | None = None
        self._draft_kind: Kind | None = None  # the kind the draft belongs to (kept on reload)
        self._loading_kind = Kind.QUEUE_THRESHOLDS
        self.setWindowTitle(self.tr("Referencedata"))
        self.setAccessibleName(self.tr("Referencedata"))
        self.kinds = QListWidget()
        self.kinds.setAccessibleName(self.tr("Slags referencedata"))
        for kind, label in self._kind_labels().items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.kinds.addItem(item)
        self.kinds.setMaximumWidth(220)
        headers = self._headers()
        self.in_force_model = RowsModel(headers, editable=False)
        self.in_force = QTableView()
        self.in_force.setAccessibleName(self.tr("Gældende version"))
        self.in_force.setModel(self.in_force_model)
        self.in_force_label = QLabel()
        self.in_force_label.setAccessibleName(self.tr("Om den gældende version"))
        self.in_force_label.setWordWrap(True)
        self.draft_model = RowsModel(headers, editable=True)
        self.draft = QTableView()
        self.draft.setAccessibleName(self.tr("Kladde til ny version"))
        self.draft.setModel(self.draft_model)
        self.draft.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.draft.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.in_force.setTabKeyNavigation(False)
        for table in (self.in_force, self.draft):  # every column's header and value in view
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        draft_label = QLabel(self.tr("&Kladde (skriv i en celle, Enter gemmer den):"))
        draft_label.setBuddy(self.draft)
        self.add_button = QPushButton(self.tr("&Tilføj række"))
        self.add_button.setAccessibleName(self.tr("Tilføj række"))
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("&Slet række"))
        self.remove_button.setAccessibleName(self.tr("Slet række"))
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.valid_from = QDateEdit()
        self.valid_from.setAccessibleName(self.tr("Gælder fra"))
        self.valid_from.setDisplayFormat("dd.MM.yyyy")
        self.valid_from.setCalendarPopup(True)
        tomorrow = service.today() + dt.timedelta(days=1)
        self.valid_from.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self.valid_from.dateChanged.connect(lambda _d: self._clear_preview())
        date_label = QLabel(self.tr("&Gælder fra:"))
        date_label.setBuddy(self.valid_from)
        self.today_button = QPushButton(self.tr("&I dag"))
        self.today_button.setAccessibleName(self.tr("Gælder fra i dag"))
        self.today_button.clicked.connect(self._on_today_clicked)
        self.preview_button = QPushButton(self.tr("&Forhåndsvis"))
        self.preview_button.setAccessibleName(self.tr("Forhåndsvis ændringerne på datoen"))
        self.preview_button.clicked.connect(self._on_preview_clicked)
        self.publish_button = QPushButton(self.tr("&Udgiv"))
        self.publish_button.setAccessibleName(self.tr("Udgiv versionen"))
        self.publish_button.clicked.connect(self._on_publish_clicked)
        self.publish_button.setEnabled(may_publish)
        # Categorisation schemes are trees, not rows: a window of their own.
        self.schemes_button = QPushButton(self.tr("&Visitationsskemaer …"))
        self.schemes_button.setAccessibleName(self.tr("Visitationsskemaer"))
        self.schemes_button.clicked.connect(self._on_schemes_clicked)
        self.schemes_button.setVisible(schemes is not None)
        self.close_button = QPushButton(self.tr("Luk"))
        self.close_button.setAccessibleName(self.tr("Luk referencedata"))
        self.close_button.clicked.connect(self.reject)
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Fejl i kladden"))
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Besked"))
        self.message.setWordWrap(True)
        if not may_publish:
            self.message.setText(self.tr("Kun en administrator kan udgive referencedata."))
        self.preview = QListWidget()
        self.preview.setAccessibleName(self.tr("Ændringer på datoen"))
        self.preview.setMaximumHeight(140)
        rows_buttons = QHBoxLayout()
        rows_buttons.addWidget(self.add_button)
        rows_buttons.addWidget(self.remove_button)
        rows_buttons.addStretch(1)
        publish_row = QHBoxLayout()
        publish_row.addWidget(date_label)
        publish_row.addWidget(self.valid_from)
        publish_row.addWidget(self.today_button)
        publish_row.addStretch(1)
        publish_row.addWidget(self.preview_button)
        publish_row.addWidget(self.publish_button)
        publish_row.addWidget(self.schemes_button)
        publish_row.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.in_force_label)
        right.addWidget(self.in_force, 2)
        right.addWidget(draft_label)
        right.addWidget(self.draft, 3)
        right.addLayout(rows_buttons)
        right.addWidget(self.error)
        right.addLayout(publish_row)
        right.addWidget(self.preview)
        right.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addWidget(self.kinds)
        layout.addLayout(right, 1)
        for first, second in (
            (self.kinds, self.in_force),
            (self.in_force, self.draft),
            (self.draft, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.valid_from),
            (self.valid_from, self.today_button),
            (self.today_button, self.preview_button),
            (self.preview_button, self.publish_button),
            (self.publish_button, self.schemes_button),
            (self.schemes_button, self.close_button),
        ):
            QWidget.setTabOrder(first, second)
        self.resize(1000, 640)
        self.loaded = LiveData(
            self,
            runner,
            VERSION_TABLES,
            self._load,
            self._show_state,
            self._failed,
            changes=changes,
        )
        self.kinds.currentRowChanged.connect(lambda _row: self._on_kind_chosen())
        self.kinds.setCurrentRow(0)
        self.kinds.setFocus()

    # --- texts ----------------------------------------------------------------------------
    def _kind_labels(self) -> dict[Kind, str]:
        return {
            Kind.QUEUE_THRESHOLDS: self.tr("Køens grænser"),
            Kind.OPENING_HOURS: self.tr("Åbningstider"),
            Kind.REFERRAL_TARGETS: self.tr("Henvisningsmål"),
            Kind.SUPPORT_BASES: self.tr("Forsørgelsesgrundlag"),
            Kind.TARGET_GROUPS: self.tr("Målgrupper"),
            Kind.SELFSERVICE_PCS: self.tr("Selvbetjenings-pc'er"),
            Kind.TRADE_AREA_SITES: self.tr("Fagområdeansvar"),
        }

    def _headers(self) -> dict[str, str]:
        return {
            "site_code": self.tr("Afdeling"),
            "warn_minutes": self.tr("Advarsel (min)"),
            "limit_minutes": self.tr("Grænse (min)"),
            "weekday": self.tr("Ugedag"),
            "opens": self.tr("Åbner"),
            "closes": self.tr("Lukker"),
            "code": self.tr("Kode"),
            "label_da": self.tr("Navn"),
            "label_en": self.tr("Navn (engelsk)"),
            "placement": self.tr("Placering"),
            "can_anchor": self.tr("Kan være ansvarlig enhed"),
            "specialist_function": self.tr("Specialfunktion"),
            "ticket_service": self.tr("Kø i dag"),
            "selectable": self.tr("Kan vælges"),
            "valid_from": self.tr("Gælder fra"),
            "valid_to": self.tr("Gælder til"),
            "primary_visitation": self.tr("Primærvisitation straks"),
            "akasse_report": self.tr("Indberettes til a-kasse"),
            "group": self.tr("Målgruppe"),
            "support_basis": self.tr("Forsørgelsesgrundlag"),
            "category": self.tr("Kategori"),
            "in_use": self.tr("I brug"),
            "trade_area": self.tr("Branche"),
            "pickup_hours": self.tr("Tages inden (timer)"),
        }

    # --- loading --------------------------------------------------------------------------
    def kind(self) -> Kind:
        item = self.kinds.currentItem()
        return Kind(item.data(Qt.ItemDataRole.UserRole)) if item else Kind.QUEUE_THRESHOLDS

    def day(self) -> dt.date:
        date = self.valid_from.date()
        return dt.date(date.year(), date.month(), date.day())

    def _load(self) -> KindState:  # on the store's worker
        return self._service.state(self._loading_kind, self._service.today())

    def _on_kind_chosen(self) -> None:
        self._loading_kind = self.kind()
        self._clear_preview()
        self.error.clear()
        self.loaded.refresh()

    def _show_state(self, state: KindState) -> None:
        if state.spec.kind is not self.kind():
            return  # the user moved on; the load for the new kind follows
        self._state = state
        self.in_force_model.set_rows(state.spec, state.in_force.rows)
        version = state.in_force
        self.in_force_label.setText(
            self.tr("Gældende i dag: grundversionen fra Skrankes datafiler.")
            if version.is_seed
            else self.tr("Gældende i dag: version %1, fra %2.")
            .replace("%1", str(version.version))
            .replace("%2", format_date(version.valid_from))
        )
        later = [v for v in state.versions if v.valid_from > state.day]
        if later:
            self.in_force_label.setText(
                self.in_force_label.text()
                + " "
                + self.tr("Udgivet til senere: %1.").replace(
                    "%1",
                    ", ".join(
                        self.tr("version %1 fra %2")
                        .replace("%1", str(v.version))
                        .replace("%2", format_date(v.valid_from))
                        for v in later
                    ),
                )
            )
        if self._draft_kind is not state.spec.kind:  # a new kind: the draft starts as in force
            self._draft_kind = state.spec.kind
            self.draft_model.set_rows(state.spec, state.in_force.rows)
            self.draft.setCurrentIndex(self.draft_model.index(0, 0))

    def _failed(self, error: BaseException) -> None:
        self.message.setText(failure_text(error))

    # --- editing --------------------------------------------------------------------------
    def _on_add_clicked(self) -> None:
        current = self.draft.currentIndex()
        row = self.draft_model.add_row(current.row() + 1 if current.isValid() else 0)
        self.draft.setCurrentIndex(self.draft_model.index(row, 0))
        self.draft.setFocus()
        self._clear_preview()

    def _on_remove_clicked(self) -> None:
        current = self.draft.currentIndex()
        if current.isValid():
            self.draft_model.remove_row(current.row())
            self._clear_preview()
        self.draft.setFocus()

    def _on_today_clicked(self) -> None:
        today = self._service.today()
        self.valid_from.setDate(QDate(today.year, today.month, today.day))
        self.valid_from.setFocus()

    def _clear_preview(self) -> None:
        self.preview.clear()

    # --- preview and publish ----------------------------------------------------------------
    def _show_error(self, error: BaseException) -> None:
        """The refusal next to the draft, its cell coloured and current; nothing typed lost."""
        self.error.setText(failure_text(error))
        field = error.field if isinstance(error, KnownError) else None
        index = self.draft_model.mark_error(field)
        if field == "valid_from":
            self.valid_from.setFocus()
        elif index.isValid():
            self.draft.setCurrentIndex(index)
            self.draft.setFocus()

    def _on_preview_clicked(self) -> None:
        kind, rows, day = self.kind(), list(self.draft_model.rows), self.day()
        self.error.clear()
        self.draft_model.mark_error(None)
        self._runner.run(
            lambda: self._service.preview(kind, rows, day),
            self._show_preview,
            self._show_error,
            owner=self,
        )

    def _show_preview(self, preview: Preview) -> None:
        self.preview.clear()
        base = preview.in_force
        self.preview.addItem(
            self.tr("Fra %1 erstatter kladden %2:")
            .replace("%1", format_date(preview.day))
            .replace(
                "%2",
                self.tr("grundversionen")
                if base.is_seed
                else self.tr("version %1").replace("%1", str(base.version)),
            )
        )
        for change in preview.changes:
            self.preview.addItem(self._change_text(change))
        if not preview.changes:
            self.preview.addItem(self.tr("Ingen ændringer."))
        for later in preview.later:
            self.preview.addItem(
                self.tr("Bemærk: version %1 gælder fra %2 og afløser den igen.")
                .replace("%1", str(later.version))
                .replace("%2", format_date(later.valid_from))
            )
        self.preview.setCurrentRow(0)

    def _change_text(self, change: Change) -> str:
        key = " · ".join(str(k) if k != "" else self.tr("alle afdelinger") for k in change.key)
        if change.change is ChangeKind.ADDED:
            return self.tr("Ny: %1").replace("%1", key)
        if change.change is ChangeKind.REMOVED:
            return self.tr("Fjernet: %1").replace("%1", key)
        header = self._headers().get(change.column, change.column)
        return (
            self.tr("Ændret: %1, %2: %3 → %4")
            .replace("%1", key)
            .replace("%2", header)
            .replace("%3", shown(change.old if change.old is not None else ""))
            .replace("%4", shown(change.new if change.new is not None else ""))
        )

    def _on_schemes_clicked(self) -> None:
        if self._schemes is None:
            return
        SchemeAdminDialog(
            self._schemes,
            self._runner,
            self._changes,
            may_publish=self._may_publish,
            parent=self,
        ).open()

    def _on_publish_clicked(self) -> None:
        if self._state is None:
            return
        kind, rows, day = self.kind(), list(self.draft_model.rows), self.day()
        version = self._state.next_version
        self.error.clear()
        self.draft_model.mark_error(None)
        self.publish_button.setEnabled(False)

        def published(_result: object) -> None:
            self.publish_button.setEnabled(True)
            self.message.setText(
                self.tr("Version %1 er udgivet og gælder fra %2.")
                .replace("%1", str(version))
                .replace("%2", format_date(day))
            )
            self.loaded.refresh()
            self.kinds.setFocus()

        def refused(error: BaseException) -> None:
            self.publish_button.setEnabled(True)
            self._show_error(error)

        self._runner.run(
            lambda: self._service.publish(kind, rows, day, version), published, refused, owner=self
        )
