"""File → Importér job fra fil …: choose a CSV/JSON file, see what would be imported and
what is refused (line and reason), then import the accepted rows — all or none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.jobshop.vacancy_import import ImportPlan, VacancyImportService
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.jobshop.import_report_model import RejectedRowsModel


class _Progress(QObject):
    """Emitted on the worker thread; Qt queues it to the dialog on the GUI thread."""

    advanced = Signal(int, int)


class VacancyImportDialog(QDialog):
    imported = Signal(int)  # how many job orders were created

    def __init__(
        self,
        importer: VacancyImportService,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        start_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importér job fra fil"))
        self._importer, self._runner = importer, runner
        self._start_folder = start_folder or Path.home()
        self._plan: ImportPlan | None = None
        self._progress_relay = _Progress(self)
        self._progress_relay.advanced.connect(self._on_progress_advanced)

        self._path = QLineEdit()
        self._path.setAccessibleName(self.tr("Filen der skal importeres"))
        self._path.setPlaceholderText(self.tr("CSV- eller JSON-fil med jobordrer"))
        choose = QPushButton(self.tr("&Vælg fil …"))
        choose.setAccessibleName(self.tr("Vælg fil"))
        choose.clicked.connect(self._on_choose_clicked)
        self._check = QPushButton(self.tr("&Kontrollér"))
        self._check.setAccessibleName(self.tr("Kontrollér filen"))
        self._check.clicked.connect(self._on_check_clicked)
        self._bar = QProgressBar()
        self._bar.setAccessibleName(self.tr("Fremdrift"))
        self._bar.setVisible(False)
        self._summary = QLabel()
        self._summary.setAccessibleName(self.tr("Resultat af kontrollen"))
        self._summary.setWordWrap(True)
        self._model = RejectedRowsModel(self)
        self._table = QTableView()
        self._table.setAccessibleName(self.tr("Afviste rækker"))
        self._table.setModel(self._model)
        self._table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._import = QPushButton(self.tr("&Importér"))
        self._import.setAccessibleName(self.tr("Importér"))
        self._import.setEnabled(False)
        self._import.clicked.connect(self._on_import_clicked)
        close = QPushButton(self.tr("&Luk"))
        close.setAccessibleName(self.tr("Luk"))
        close.clicked.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self._path, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self._check)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self._import)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Formatet er beskrevet i docs/vacancy-import.md (kolonner på dansk)."))
        )
        layout.addLayout(file_row)
        layout.addWidget(self._bar)
        layout.addWidget(self._summary)
        layout.addWidget(self._table, 1)
        layout.addLayout(buttons)
        self.resize(760, 460)

    def check_file(self, path: Path) -> None:
        """Check `path` in the background; the report fills the dialog when it is done."""
        self._path.setText(str(path))
        self._plan = None
        self._import.setEnabled(False)
        self._check.setEnabled(False)
        self._model.set_rows([])
        self._summary.setText(self.tr("Kontrollerer rækkerne …"))
        self._bar.setRange(0, 0)
        self._bar.setVisible(True)
        emit = self._progress_relay.advanced.emit
        self._runner.run(
            lambda: self._importer.plan(path, progress=emit),
            self._on_plan_ready,
            self._on_failed,
            owner=self,
        )

    def _on_choose_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Vælg fil med jobordrer"),
            str(self._start_folder),
            self.tr("Jobordrer (*.csv *.json);;Alle filer (*)"),
        )
        if name:
            self.check_file(Path(name))

    def _on_check_clicked(self) -> None:
        text = self._path.text().strip()
        if not text:
            self._summary.setText(self.tr("Vælg først en fil."))
            return
        self.check_file(Path(text))

    def _on_progress_advanced(self, done: int, total: int) -> None:
        self._bar.setRange(0, total)
        self._bar.setValue(done)

    def _on_plan_ready(self, plan: ImportPlan) -> None:
        self._plan = plan
        self._bar.setVisible(False)
        self._check.setEnabled(True)
        self._model.set_rows(plan.rejected)
        accepted, rejected = len(plan.accepted), len(plan.rejected)
        self._summary.setText(
            self.tr("%1 rækker kan importeres (%2 nye virksomheder); %3 rækker afvises.")
            .replace("%1", str(accepted))
            .replace("%2", str(plan.new_companies))
            .replace("%3", str(rejected))
        )
        self._import.setText(self.tr("&Importér %1 job").replace("%1", str(accepted)))
        self._import.setEnabled(accepted > 0)
        (self._import if accepted else self._table).setFocus()

    def _on_import_clicked(self) -> None:
        plan = self._plan
        if plan is None:
            return
        self._import.setEnabled(False)
        self._check.setEnabled(False)
        self._summary.setText(self.tr("Importerer …"))
        self._runner.run(
            lambda: self._importer.run(plan), self._on_imported, self._on_failed, owner=self
        )

    def _on_imported(self, count: int) -> None:
        self._plan = None
        self._check.setEnabled(True)
        self._summary.setText(
            self.tr("%1 job er importeret og deles med alle afdelinger.").replace("%1", str(count))
        )
        self.imported.emit(count)

    def _on_failed(self, error: BaseException) -> None:
        self._bar.setVisible(False)
        self._check.setEnabled(True)
        self._import.setEnabled(self._plan is not None and bool(self._plan.accepted))
        if isinstance(error, KnownError):
            self._summary.setText(failure_text(error))
        else:
            raise error
