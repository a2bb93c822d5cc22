"""The status-bar indicator of sync, and the list of changes the server refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sync.ports import Rejection
from app.sync.status import SyncState, SyncStatus
from ui.elided_label import ElidedLabel
from ui.failures import danish_text
from ui.formats import format_datetime, format_time

_STATE_COLOURS = {
    SyncState.ONLINE: "#1e7a34",
    SyncState.SYNCING: "#00558c",
    SyncState.OFFLINE: "#8a5a00",
    SyncState.STOPPED: "#b00020",
    SyncState.NOT_ENROLLED: "#5b6470",
}


def _state_text(state: SyncState) -> str:
    texts = {
        SyncState.NOT_ENROLLED: QCoreApplication.translate(
            "SyncIndicator", "Ikke tilmeldt serveren"
        ),
        SyncState.OFFLINE: QCoreApplication.translate("SyncIndicator", "Offline"),
        SyncState.ONLINE: QCoreApplication.translate("SyncIndicator", "Online"),
        SyncState.SYNCING: QCoreApplication.translate("SyncIndicator", "Synkroniserer"),
        SyncState.STOPPED: QCoreApplication.translate("SyncIndicator", "Synkronisering standset"),
    }
    return texts[state]


class SyncIndicator(QWidget):
    """Online/offline/syncing, changes waiting, last sync, refused changes to look at."""

    rejections_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Synkroniseringsstatus"))
        # Cut with «…» when the desk is narrow (1024 px), whole in its tooltip.
        self.detail_label = ElidedLabel()
        self.detail_label.setAccessibleName(self.tr("Synkroniseringsdetaljer"))
        self.rejected_button = QPushButton()
        self.rejected_button.setAccessibleName(self.tr("Afviste ændringer"))
        self.rejected_button.setVisible(False)
        self.rejected_button.clicked.connect(self.rejections_requested)
        # The server did not recognise the signed-in person's secret: their changes would
        # be refused there. Said at once, not when the refusals come back.
        self.staff_label = ElidedLabel()  # one line, whole in its tooltip, as the details
        self.staff_label.setAccessibleName(self.tr("Advarsel om medarbejderens adgangskode"))
        self.staff_label.setProperty("role", "error")
        self.staff_label.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state_label)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.rejected_button)
        layout.addWidget(self.staff_label)
        self.show_status(SyncStatus())

    def show_staff_unknown(self, name: str | None) -> None:
        """`name`: the person the server did not recognise; None clears the warning."""
        self.staff_label.setVisible(name is not None)
        if name is not None:
            self.staff_label.set_full_text(
                self.tr(
                    "Serveren genkender ikke adgangskoden for %1: ændringerne gemmes her, men "
                    "serveren vil afvise dem. Kontakt IT (skranke-server staff-secret)."
                ).replace("%1", name)
            )

    def show_status(self, status: SyncStatus) -> None:
        """Observer of the sync engine; called on the GUI thread (qasync loop)."""
        colour = _STATE_COLOURS[status.state]
        self.state_label.setText(f"<b style='color:{colour}'>● {_state_text(status.state)}</b>")
        parts = []
        if status.download is not None:
            got, total = status.download
            parts.append(
                self.tr("henter %1 af %2").replace("%1", str(got)).replace("%2", str(total))
            )
        # No count of waiting changes here: the window's status bar has one already, read
        # from the outbox whenever it changes (`status.pending` is as old as the last round).
        if status.last_sync is not None:
            when = format_time(status.last_sync, seconds=True)
            parts.append(self.tr("sidst %1").replace("%1", when))
        if status.message and status.state in (SyncState.OFFLINE, SyncState.STOPPED):
            parts.append(danish_text(status.message))
        self.detail_label.set_full_text(" · ".join(parts))
        rejected = len(status.rejected)
        self.rejected_button.setVisible(rejected > 0)
        self.rejected_button.setText(self.tr("%1 afvist – se hvorfor").replace("%1", str(rejected)))


class RejectionsDialog(QDialog):
    """Every refused change with the server's reason; the user acknowledges them."""

    acknowledged = Signal(int)  # outbox number

    def __init__(self, rejections: tuple[Rejection, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Afviste ændringer"))
        self._rejections = list(rejections)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Afviste ændringer"))
        for r in self._rejections:
            when = format_datetime(r.decided_at, year=False)
            reason = danish_text(r.message)  # the server's Danish text
            self.list.addItem(f"#{r.seq} {r.name} ({when}): {reason}")
        self.ack_button = QPushButton(self.tr("&Set og forstået"))
        self.ack_button.setAccessibleName(self.tr("Set og forstået"))
        self.ack_button.clicked.connect(self._on_ack_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Serveren afviste disse ændringer. De er ikke gennemført:"))
        )
        layout.addWidget(self.list)
        layout.addWidget(self.ack_button)

    def _on_ack_button_clicked(self) -> None:
        for r in self._rejections:
            self.acknowledged.emit(r.seq)
        self.accept()
