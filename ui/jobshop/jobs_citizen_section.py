"""The «Job» part of the citizen card: the citizen's referrals to vacancies, their job
wishes (trade areas, used by the kvikservice to find candidates) and «Henvis til job …».

Each ticked or unticked wish is saved at once, so nothing is lost when the desk
moves on to the next citizen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.jobshop.kvik_service import KvikService
from app.jobshop.records import TradeArea
from app.jobshop.vacancy_service import ReferralLine, VacancyService
from app.registration import CitizenCard
from ui.background import BackgroundRunner
from ui.fit_columns import FitColumns
from ui.jobshop.dialog_parts import show_error
from ui.jobshop.vacancy_referrals_model import ON_CITIZEN, ReferralTableModel

CODE_ROLE = Qt.ItemDataRole.UserRole
Loaded = tuple[list[TradeArea], list[ReferralLine], list[str]]


class JobsCitizenSection(QWidget):
    refer_requested = Signal(object)  # (citizen id, name and masked CPR)

    def __init__(
        self, vacancies: VacancyService, kvik: KvikService, runner: BackgroundRunner
    ) -> None:
        super().__init__()
        self._vacancies = vacancies
        self._kvik = kvik
        self._runner = runner
        self._card: CitizenCard | None = None
        self._generation = 0
        heading = QLabel(self.tr("Job"))
        heading.setProperty("role", "heading")
        self.referrals_model = ReferralTableModel(ON_CITIZEN, self)
        self.referrals_table = QTableView()
        self.referrals_table.setAccessibleName(self.tr("Borgerens jobhenvisninger"))
        self.referrals_table.setModel(self.referrals_model)
        self.referrals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # The job's title takes the room left; narrow, the company steps out first.
        FitColumns(self.referrals_table, stretch=0, drop_order=(1,))
        self.referrals_table.setMaximumHeight(130)
        self.wishes_list = QListWidget()
        self.wishes_list.setAccessibleName(self.tr("Borgerens jobønsker"))
        self.wishes_list.setMaximumHeight(130)
        # A long trade area wraps onto a second line rather than hiding behind a scroll bar.
        self.wishes_list.setWordWrap(True)
        self.wishes_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.refer_button = QPushButton(self.tr("Henvis til job … (F8)"))
        self.refer_button.setAccessibleName(self.tr("Henvis til job"))
        self.refer_button.setShortcut(QKeySequence(Qt.Key.Key_F8))
        self.message_label = QLabel()
        self.message_label.setAccessibleName(self.tr("Besked om borgerens job"))
        self.message_label.setProperty("role", "muted")

        lists = QHBoxLayout()
        left = QVBoxLayout()
        referrals_label = QLabel(self.tr("Henvisninger til job:"))
        referrals_label.setBuddy(self.referrals_table)
        left.addWidget(referrals_label)
        left.addWidget(self.referrals_table)
        right = QVBoxLayout()
        wishes_label = QLabel(self.tr("Ønsker job inden for:"))
        wishes_label.setBuddy(self.wishes_list)
        right.addWidget(wishes_label)
        right.addWidget(self.wishes_list)
        lists.addLayout(left, 1)
        lists.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # As tall as its lists, never more: on a tall screen the room stays below the card
        # instead of opening gaps between its lines.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(heading)
        layout.addLayout(lists)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.refer_button)
        layout.addLayout(bottom)
        self.refer_button.clicked.connect(self._on_refer_button_clicked)
        self.wishes_list.itemChanged.connect(self._on_wishes_list_item_changed)

    def show_card(self, card: CitizenCard) -> None:
        self._card = card
        self.message_label.clear()
        self.reload()

    def reload(self) -> None:
        card = self._card
        if card is None:
            return
        self._generation += 1
        generation = self._generation
        citizen_id = card.citizen.id

        def load() -> Loaded:
            return (
                self._vacancies.trade_areas(),
                self._vacancies.referrals_for_citizen(citizen_id),
                self._kvik.job_wishes(citizen_id),
            )

        def deliver(loaded: Loaded) -> None:
            if generation == self._generation:
                self._show(*loaded)

        self._runner.run(load, deliver, self._show_error, owner=self)

    def wished(self) -> list[str]:
        items = (self.wishes_list.item(i) for i in range(self.wishes_list.count()))
        return [
            str(item.data(CODE_ROLE))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _show(
        self, areas: Sequence[TradeArea], referrals: Sequence[ReferralLine], wishes: Sequence[str]
    ) -> None:
        self.referrals_model.set_lines(referrals)
        self.wishes_list.blockSignals(True)  # filling is not the counsellor ticking
        self.wishes_list.clear()
        for area in areas:
            item = QListWidgetItem(area.label_da, self.wishes_list)
            item.setToolTip(area.label_da)  # a long trade area is elided, whole here
            item.setData(CODE_ROLE, area.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = area.code in wishes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.wishes_list.blockSignals(False)

    def _on_wishes_list_item_changed(self) -> None:
        if self._card is None:
            return
        citizen_id, wishes = self._card.citizen.id, self.wished()
        self._runner.run(
            lambda: self._kvik.set_job_wishes(citizen_id, wishes),
            lambda _none: self.message_label.setText(self.tr("Jobønskerne er gemt.")),
            self._show_error,
            owner=self,
        )

    def _on_refer_button_clicked(self) -> None:
        if self._card is not None and self.isVisible():
            card = self._card
            label = f"{card.citizen.full_name} ({card.masked_cpr})"
            self.refer_requested.emit((card.citizen.id, label))

    def _show_error(self, error: BaseException) -> None:
        show_error(self.message_label, error)
