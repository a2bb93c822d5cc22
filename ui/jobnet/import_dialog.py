"""File → «Indlæs CV-status fra Jobnet …»: choose Jobnet's export (CSV or JSON), see which
rows are good and which are refused (each refusal names its line), then apply the good
rows. The same shape as the vacancy import (ui/jobshop/import_dialog.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.jobnet.cv_import import CvImportPlan, CvStatusImport
from app.jobnet.export_file import JobnetExportFile
from ui.background import BackgroundRunner
from ui.failures import failure_text


class CvImportDialog(QDialog):
    imported = Signal(int)  # how many statuses were applied

    def __init__(
        self,
        importer: CvStatusImport,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        start_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indlæs CV-status fra Jobnet"))
        self.setAccessibleName(self.tr("Indlæs CV-status fra Jobnet"))
        self._importer, self._runner = importer, runner
        self._start_folder = start_folder or Path.home()
        self._plan: CvImportPlan | None = None
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Filen fra Jobnet"))
        self.path_edit.setPlaceholderText(self.tr("CSV- eller JSON-fil med cpr, status og dato"))
        choose = QPushButton(self.tr("&Vælg fil …"))
        choose.setAccessibleName(self.tr("Vælg fil"))
        choose.clicked.connect(self._on_choose_clicked)
        self.check_button = QPushButton(self.tr("&Kontrollér"))
        self.check_button.setAccessibleName(self.tr("Kontrollér filen"))
        self.check_button.clicked.connect(self._on_check_clicked)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Resultat af kontrollen"))
        self.summary.setWordWrap(True)
        self.rejected_list = QListWidget()
        self.rejected_list.setAccessibleName(self.tr("Afviste rækker"))
        self.import_button = QPushButton(self.tr("&Indlæs"))
        self.import_button.setAccessibleName(self.tr("Indlæs de gyldige rækker"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import_clicked)
        close = QPushButton(self.tr("&Luk"))
        close.setAccessibleName(self.tr("Luk"))
        close.clicked.connect(self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(choose)
        file_row.addWidget(self.check_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Formatet står i brugervejledningen: Jobnet ved skranken."))
        )
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejected_list, 1)
        layout.addLayout(buttons)
        # Enter in the path checks the file, never the dialog's default «Vælg fil …».
        for button in (choose, self.check_button, self.import_button, close):
            button.setAutoDefault(False)
        self.path_edit.returnPressed.connect(self._on_check_clicked)
        self.resize(720, 420)

    def check_file(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self._plan = None
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.rejected_list.clear()
        self.summary.setText(self.tr("Kontrollerer rækkerne …"))
        self._runner.run(
            lambda: self._importer.plan(JobnetExportFile(path)),
            self._on_plan_ready,
            self._on_failed,
            owner=self,
        )

    def _on_choose_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Vælg filen fra Jobnet"),
            str(self._start_folder),
            self.tr("CV-status (*.csv *.json);;Alle filer (*)"),
        )
        if name:
            self.check_file(Path(name))

    def _on_check_clicked(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.summary.setText(self.tr("Vælg først en fil."))
            return
        self.check_file(Path(text))

    def _on_plan_ready(self, plan: CvImportPlan) -> None:
        self._plan = plan
        self.check_button.setEnabled(True)
        for row in plan.rejected:
            self.rejected_list.addItem(failure_text(row.error))
        accepted = len(plan.accepted)
        self.summary.setText(
            self.tr("%1 rækker kan indlæses; %2 rækker afvises.")
            .replace("%1", str(accepted))
            .replace("%2", str(len(plan.rejected)))
        )
        self.import_button.setEnabled(accepted > 0)
        (self.import_button if accepted else self.rejected_list).setFocus()

    def _on_import_clicked(self) -> None:
        plan = self._plan
        if plan is None:
            return
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Indlæser …"))
        self._runner.run(
            lambda: self._importer.run(plan), self._on_imported, self._on_failed, owner=self
        )

    def _on_imported(self, count: int) -> None:
        self._plan = None
        self.summary.setText(
            self.tr("%1 CV-statusser er indlæst og deles med alle afdelinger.").replace(
                "%1", str(count)
            )
        )
        self.imported.emit(count)

    def _on_failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(True)
        self.import_button.setEnabled(self._plan is not None and bool(self._plan.accepted))
        self.summary.setText(failure_text(error))  # the runner has logged a defect already


def cv_import_action(
    importer: Callable[[], CvStatusImport], runner: BackgroundRunner, window: QWidget
) -> QAction:
    """File → Indlæs CV-status fra Jobnet … (the service refuses roles that may not)."""
    action = QAction(QCoreApplication.translate("Desk", "Indlæs &CV-status fra Jobnet …"), window)
    action.triggered.connect(lambda: CvImportDialog(importer(), runner, window).open())
    return action
