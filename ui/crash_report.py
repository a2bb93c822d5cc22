"""An exception nobody caught: logged, written to a crash report, told in a friendly dialog.

`CrashReporter.install()` becomes `sys.excepthook` (a slot or an event handler that
raised on the GUI thread; PySide6 calls the hook and goes on with the event loop) and
`threading.excepthook` (a thread that died). For each exception it

1. logs it at CRITICAL with its traceback (masked by the log's handlers),
2. writes `logs/crash-<time>.txt`: the version, the platform, the traceback with every
   CPR-shaped number masked, and the last lines of the log (already masked),
3. shows one dialog on the GUI thread: the desk is still running and what was typed
   is still in its fields — the dialog says so, names the report and asks to call IT
   if it happens again.

One dialog at a time: an error while the dialog is open (a paint event that raises on
every repaint) is logged and counted in the open dialog, and writes no further report.
The newest `KEEP_REPORTS` reports are kept.

Imports only the standard library at start-up; Qt is imported when there is something to
show.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from app.log_masking import mask_cprs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

KEEP_REPORTS = 20
LOG_TAIL_LINES = 60
LOG_TAIL_BYTES = 64_000

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class CrashReporter:
    def __init__(self, folder: Path | None, log_file: Path | None) -> None:
        self.folder = folder  # None: nowhere to write a report; logged and shown only
        self.log_file = log_file
        self.repeats = 0  # errors after the first while its dialog was (about to be) shown
        self._box: QMessageBox | None = None
        self._return_to: QWidget | None = None
        self._relay: Any = None  # a QObject on the GUI thread: the dialog is shown from there
        self._lock = threading.Lock()
        self._dialog_due = False  # a dialog is on screen or on its way: no second one
        self._previous: tuple[Any, Any] | None = None

    # -- the hooks ----------------------------------------------------------------------

    def install(self) -> None:
        """Become sys.excepthook and threading.excepthook (called on the thread that runs
        Qt, before or after the QApplication is made)."""
        from PySide6.QtCore import QObject, Qt, Signal, Slot

        class _Relay(QObject):
            """Lives on the GUI thread. Queued even from the GUI thread itself: the dialog
            opens from the event loop, not inside the paint or key event that raised."""

            show = Signal(str)

            def __init__(self, deliver: Callable[[str], None]) -> None:
                super().__init__()
                self._deliver = deliver
                self.show.connect(self._on_show, Qt.ConnectionType.QueuedConnection)

            @Slot(str)
            def _on_show(self, report: str) -> None:
                self._deliver(report)

        self._relay = _Relay(self._show)
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        box, self._box = self._box, None
        if box is not None:
            import shiboken6

            if shiboken6.isValid(box):
                box.close()

    def excepthook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        self.handle((exc_type, exc, tb), threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # a thread's ordinary way to end
            return
        value = args.exc_value if args.exc_value is not None else args.exc_type()
        thread = args.thread.name if args.thread is not None else "?"
        self.handle((args.exc_type, value, args.exc_traceback), thread)

    # -- what happens -------------------------------------------------------------------

    def handle(self, exc_info: ExcInfo, thread: str) -> None:
        """Log, report, show (any thread). While a dialog is due, only log and count."""
        if issubclass(exc_info[0], KeyboardInterrupt):  # Ctrl+C in a terminal: no crash
            log.info("interrupted (Ctrl+C)")
            return
        log.critical("unhandled exception on thread %s", thread, exc_info=exc_info)
        can_show = self._relay is not None and _widgets_running()
        with self._lock:
            repeat = self._dialog_due
            self._dialog_due = self._dialog_due or can_show
            report = None if repeat else self.write_report(exc_info, thread)
        if can_show:
            self._relay.show.emit("" if repeat else str(report or "-"))

    def write_report(self, exc_info: ExcInfo, thread: str) -> Path | None:
        """`logs/crash-<time>.txt`, or None when it cannot be written (that is logged)."""
        if self.folder is None:
            return None
        now = datetime.now().astimezone()
        path = self.folder / f"crash-{now:%Y%m%d-%H%M%S}.txt"
        number = 1
        while path.exists():
            number += 1
            path = self.folder / f"crash-{now:%Y%m%d-%H%M%S}-{number}.txt"
        try:
            path.write_text(crash_report_text(exc_info, thread, now, self.log_file), "utf-8")
        except OSError as exc:
            log.warning("the crash report %s cannot be written: %s", path, exc)
            return None
        log.info("crash report written: %s", path)
        self._drop_old_reports()
        return path

    def _drop_old_reports(self) -> None:
        assert self.folder is not None
        reports = sorted(self.folder.glob("crash-*.txt"), key=lambda p: p.stat().st_mtime)
        for old in reports[:-KEEP_REPORTS]:
            old.unlink(missing_ok=True)

    def _show(self, report: str) -> None:
        """On the GUI thread: the dialog (`report`: its file, "-" for none), or one more in
        the count of the dialog already shown (`report` empty)."""
        from PySide6.QtCore import QCoreApplication

        if not report:
            self.repeats += 1
            if self._box is not None:
                times = str(self.repeats + 1)
                count = QCoreApplication.translate("CrashReport", "Fejlen er sket %1 gange.")
                self._box.setInformativeText(count.replace("%1", times))
            return
        from PySide6.QtWidgets import QApplication

        self.repeats = 0
        self._return_to = QApplication.focusWidget()  # where the receptionist was typing
        self._box = crash_dialog("" if report == "-" else report)
        self._box.finished.connect(self._closed)
        self._box.open()

    def _closed(self) -> None:
        """The dialog is gone: the cursor goes back into the field it was in."""
        import shiboken6
        from PySide6.QtCore import Qt

        with self._lock:
            self._box, self._dialog_due = None, False
        widget, self._return_to = self._return_to, None
        if widget is not None and shiboken6.isValid(widget) and widget.isVisible():
            widget.window().activateWindow()
            widget.setFocus(Qt.FocusReason.ActiveWindowFocusReason)


def _widgets_running() -> bool:
    from PySide6.QtWidgets import QApplication

    return isinstance(QApplication.instance(), QApplication)


def crash_dialog(report: str) -> QMessageBox:
    """The friendly dialog: nothing typed was lost, where the report is, call IT if again."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    if report:
        text = QCoreApplication.translate(
            "CrashReport",
            "Der skete en uventet fejl i Skranke. Det, du har tastet, er bevaret.\n\n"
            "En rapport er gemt i %1.\n\nKontakt IT, hvis det sker igen.",
        ).replace("%1", report)
    else:
        text = QCoreApplication.translate(
            "CrashReport",
            "Der skete en uventet fejl i Skranke. Det, du har tastet, er bevaret.\n\n"
            "Kontakt IT, hvis det sker igen.",
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("CrashReport", "Uventet fejl"),
        text,
        parent=QApplication.activeWindow(),
    )
    box.setAccessibleName(QCoreApplication.translate("CrashReport", "Uventet fejl"))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path for IT
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    ok.setAccessibleName(QCoreApplication.translate("CrashReport", "OK"))
    box.setDefaultButton(ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def crash_report_text(exc_info: ExcInfo, thread: str, when: datetime, log_file: Path | None) -> str:
    """The report for IT: what, where, and the log leading up to it — CPR numbers masked."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        skranke = version("skranke")
    except PackageNotFoundError:
        skranke = "unknown (not installed)"
    qt = sys.modules.get("PySide6")
    lines = [
        "Skranke crash report",
        f"time: {when:%Y-%m-%d %H:%M:%S %z}",
        f"version: skranke {skranke}",
        f"python: {platform.python_version()} ({platform.python_implementation()})",
        f"platform: {platform.platform()}",
        f"qt: PySide6 {getattr(qt, '__version__', 'not loaded')}",
        f"thread: {thread}",
        "",
        "traceback:",
        "".join(traceback.format_exception(*exc_info)).rstrip(),
        "",
        f"last lines of the log ({log_file.name if log_file else 'no log file'}):",
        *_log_tail(log_file),
    ]
    return mask_cprs("\n".join(lines)) + "\n"


def _log_tail(log_file: Path | None) -> list[str]:
    if log_file is None:
        return []
    try:
        with log_file.open("rb") as file:
            file.seek(0, 2)
            size = file.tell()
            file.seek(max(0, size - LOG_TAIL_BYTES))
            data = file.read()
    except OSError as exc:
        return [f"(the log cannot be read: {exc})"]
    return data.decode("utf-8", errors="replace").splitlines()[-LOG_TAIL_LINES:]
