"""«Billetprinter»: which printer this workstation prints its tickets on, chosen once.

A printer the operating system knows (by name), an ESC/POS thermal printer on the
network (host:port) or on USB (vendor id:product id), or a PDF per ticket in a folder.
«Testudskrift» prints a sample ticket on what is selected before it is saved. Keys: the
arrow keys move between the kinds, Tab to the field of the kind, Enter saves, Escape
leaves everything as it was.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ports import SettingsStore
from app.printing import (
    PDF_PRINTER,
    PrinterKind,
    PrinterSpec,
    PrinterSpecError,
    parse_network_address,
    parse_usb_ids,
)
from ui.background import BackgroundRunner
from ui.failures import failure_text
from ui.focus import chain_tab_order
from ui.main_window import MainWindow
from ui.printing.ticket_printer import Printed, TicketPrinter
from ui.printing.ticket_text import sample_ticket_text


class PrinterDialog(QDialog):
    """Opens on the workstation's current printer; «Gem» remembers the new one."""

    def __init__(self, printer: TicketPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._printer = printer
        self.setWindowTitle(self.tr("Billetprinter"))
        self.setAccessibleName(self.tr("Billetprinter"))

        intro = QLabel(self.tr("Vælg den printer, billetterne udskrives på ved denne pc."))
        intro.setWordWrap(True)
        self.system_radio = QRadioButton(self.tr("&Systemprinter"))
        self.system_radio.setAccessibleName(self.tr("Systemprinter"))
        self.system_box = QComboBox()
        self.system_box.setEditable(True)  # a printer not connected now can still be named
        self.system_box.setAccessibleName(self.tr("Systemprinterens navn"))
        names = QPrinterInfo.availablePrinterNames()
        self.system_box.addItems(names)
        self.system_box.setCurrentText("")
        line = self.system_box.lineEdit()
        if line is not None:
            line.setPlaceholderText(
                self.tr("Printerens navn") if names else self.tr("Ingen printere fundet på pc'en")
            )
        self.network_radio = QRadioButton(self.tr("&Netværksprinter (ESC/POS)"))
        self.network_radio.setAccessibleName(self.tr("Netværksprinter (ESC/POS)"))
        self.network_edit = QLineEdit()
        self.network_edit.setAccessibleName(self.tr("Netværksprinterens adresse"))
        self.network_edit.setPlaceholderText(self.tr("vært:port, fx 10.0.0.5:9100"))
        self.usb_radio = QRadioButton(self.tr("&USB-printer (ESC/POS)"))
        self.usb_radio.setAccessibleName(self.tr("USB-printer (ESC/POS)"))
        self.usb_edit = QLineEdit()
        self.usb_edit.setAccessibleName(self.tr("USB-printerens id"))
        self.usb_edit.setPlaceholderText(self.tr("leverandør-id:produkt-id, fx 04b8:0202"))
        self.pdf_radio = QRadioButton(self.tr("&PDF i en mappe"))
        self.pdf_radio.setAccessibleName(self.tr("PDF i en mappe"))
        folder = QLabel(str(printer.pdf_folder))
        folder.setAccessibleName(self.tr("Mappen til PDF-billetter"))
        folder.setProperty("role", "muted")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._kinds = QButtonGroup(self)
        self._fields: dict[PrinterKind, QWidget] = {
            PrinterKind.SYSTEM: self.system_box,
            PrinterKind.ESCPOS_NET: self.network_edit,
            PrinterKind.ESCPOS_USB: self.usb_edit,
        }
        self._radios = {
            PrinterKind.SYSTEM: self.system_radio,
            PrinterKind.ESCPOS_NET: self.network_radio,
            PrinterKind.ESCPOS_USB: self.usb_radio,
            PrinterKind.PDF: self.pdf_radio,
        }
        choices = QGridLayout()
        for row, (kind, radio) in enumerate(self._radios.items()):
            self._kinds.addButton(radio)
            choices.addWidget(radio, row, 0)
            choices.addWidget(self._fields.get(kind, folder), row, 1)
            radio.toggled.connect(self._enable_fields)
        choices.setColumnStretch(1, 1)

        self.preset_label = QLabel()
        self.preset_label.setAccessibleName(self.tr("IT's forudindstilling"))
        self.preset_label.setProperty("role", "muted")
        self.preset_label.setWordWrap(True)
        if printer.preset is not None:
            self.preset_label.setText(
                self.tr("IT har forudindstillet %1 på denne pc.").replace(
                    "%1", printer.describe(printer.preset)
                )
            )
        self.preset_label.setVisible(printer.preset is not None)
        self.error_label = QLabel()
        self.error_label.setAccessibleName(self.tr("Fejlbesked"))
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Testudskriftens status"))
        self.status_label.setWordWrap(True)
        self.test_button = QPushButton(self.tr("&Testudskrift"))
        self.test_button.setAccessibleName(self.tr("Testudskrift"))
        self.test_button.setAutoDefault(False)  # Enter saves
        self.save_button = QPushButton(self.tr("&Gem"))
        self.save_button.setAccessibleName(self.tr("Gem printervalg"))
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Annullér"))
        self.cancel_button.setAccessibleName(self.tr("Annullér"))
        self.cancel_button.setAutoDefault(False)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addWidget(self.preset_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        order = [
            self.system_radio,
            self.system_box,
            self.network_radio,
            self.network_edit,
            self.usb_radio,
            self.usb_edit,
            self.pdf_radio,
            self.test_button,
            self.save_button,
            self.cancel_button,
        ]
        chain_tab_order(order)
        self._show(printer.spec)
        self.setMinimumWidth(460)

    def chosen(self) -> PrinterSpec:
        """The printer the dialog shows now; `PrinterSpecError` (Danish) when its field
        does not name one."""
        if self.system_radio.isChecked():
            name = self.system_box.currentText().strip()
            if not name:
                raise PrinterSpecError(self.tr("Vælg eller skriv printerens navn."))
            return PrinterSpec(PrinterKind.SYSTEM, name=name)
        if self.network_radio.isChecked():
            return parse_network_address(self.network_edit.text())
        if self.usb_radio.isChecked():
            return parse_usb_ids(self.usb_edit.text())
        return PDF_PRINTER

    def _show(self, spec: PrinterSpec) -> None:
        if spec.kind is PrinterKind.SYSTEM:
            self.system_box.setCurrentText(spec.name)
        elif spec.kind is PrinterKind.ESCPOS_NET:
            self.network_edit.setText(spec.address)
        elif spec.kind is PrinterKind.ESCPOS_USB:
            self.usb_edit.setText(spec.usb_ids)
        radio = self._radios[spec.kind]
        radio.setChecked(True)
        self._enable_fields()
        radio.setFocus()

    def _enable_fields(self) -> None:
        for kind, field in self._fields.items():
            field.setEnabled(self._radios[kind].isChecked())

    def _chosen_or_say_why(self) -> PrinterSpec | None:
        try:
            spec = self.chosen()
        except PrinterSpecError as exc:
            self.error_label.setText(exc.message)
            field = next((f for k, f in self._fields.items() if self._radios[k].isChecked()), None)
            if field is not None:
                field.setFocus()
            return None
        self.error_label.setText("")
        return spec

    def _on_test_button_clicked(self) -> None:
        spec = self._chosen_or_say_why()
        if spec is None:
            return
        self.status_label.setText(
            self.tr("Sender testudskrift til %1 …").replace("%1", self._printer.describe(spec))
        )
        text = sample_ticket_text(self._printer.describe(spec), dt.datetime.now(dt.UTC))
        self._printer.print_ticket(
            text, self._on_test_printed, self._on_test_failed, owner=self, spec=spec
        )

    def _on_test_printed(self, printed: Printed) -> None:
        if printed.pdf_path is not None:
            self.status_label.setText(
                self.tr("Testudskriften er gemt som PDF: %1").replace("%1", printed.pdf_path.name)
            )
            self.status_label.setToolTip(str(printed.pdf_path))
        else:
            self.status_label.setText(
                self.tr("Testudskriften er sendt til %1.").replace(
                    "%1", self._printer.describe(printed.spec)
                )
            )

    def _on_test_failed(self, error: BaseException) -> None:
        self.status_label.setText(
            self.tr("Testudskriften kunne ikke udskrives: %1.").replace(
                "%1", failure_text(error).rstrip(".")
            )
        )

    def _on_save_button_clicked(self) -> None:
        spec = self._chosen_or_say_why()
        if spec is None:
            return
        self.save_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.error_label.setText(failure_text(error))

        self._printer.choose(spec, self.accept, failed, owner=self)


def open_printer_dialog(printer: TicketPrinter, parent: QWidget | None = None) -> PrinterDialog:
    """«Billetprinter» opened over `parent` (window-modal); what the menu and the settings
    dialog call."""
    dialog = PrinterDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def offer_ticket_printer(
    window: MainWindow,
    printer: TicketPrinter,
    runner: BackgroundRunner,
    settings: SettingsStore,
    preset: PrinterSpec | None = None,
) -> QAction:
    """The desk prints on the workstation's remembered printer (else IT's `preset`), offers
    Filer → «Billetprinter …», and shows a failed print nobody saw in the status bar."""
    printer.use_settings(runner, settings, preset)
    printer.unseen_failure.connect(window.show_failure)
    action = QAction(QCoreApplication.translate("PrinterDialog", "Billet&printer …"), window)
    action.triggered.connect(lambda: open_printer_dialog(printer, window))
    window.add_file_action(action)
    return action
