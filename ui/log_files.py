"""The desk's log: rotating files in the data folder, stderr when there is one, Qt's own
messages, faulthandler, and a crash report for an exception nobody caught.

`setup_logging(data_dir)` is the first thing `main()` does after reading its arguments:

- `<data_dir>/logs/skranke.log`, rotated at 1 MB, five old files kept (`skranke.log.1`
  … `.5`): at most 6 MB, whatever the desk runs into.
- stderr as well, when the process has one (a windowed Windows bundle has none:
  `sys.stderr` is None there, and only the file is written).
- Every handler masks CPR-shaped numbers (`app.log_masking`) in the message, the
  traceback and the stack, as the screen masks them: `DDMMYY-xxxx`.
- Qt's own messages (qWarning, qCritical, a plug-in that cannot load) go into the same
  log, under the logger `qt` (`qt.<category>` for a categorised message).
- faulthandler writes a hard crash's stacks (a segfault in a native library, a deadlock
  dumped on request) to `logs/faulthandler.log`; the file stays open for the process'
  life, as faulthandler writes to its descriptor.
- An exception that reaches the top (a slot that raised, a thread that died) is logged
  with its traceback, written to `logs/crash-<time>.txt` and shown in a friendly dialog
  (`ui/crash_report.py`); the desk goes on.

Cheap to import and to run: the standard library and PySide6.QtCore, which the desk
loads next anyway — no store, no network, no widgets.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.log_masking import CprMaskingFilter
from ui.crash_report import CrashReporter

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

LOGS_FOLDER = "logs"
LOG_FILE = "skranke.log"
FAULT_FILE = "faulthandler.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FAULT_FILE_MAX_BYTES = 1_000_000  # started afresh when a start finds it larger
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

log = logging.getLogger(__name__)


_ACTIVE: set[LogSetup] = set()


def logs_folder(data_dir: Path) -> Path:
    return data_dir / LOGS_FOLDER


@dataclass(eq=False)
class LogSetup:
    """What `setup_logging` changed, so that `close` can put it back (tests, a second start)."""

    folder: Path | None  # None: the logs folder could not be made; stderr only
    log_file: Path | None
    crash: CrashReporter
    handlers: list[logging.Handler] = field(default_factory=list)
    fault_file: TextIO | None = None
    _root_level: int = logging.WARNING
    _fault_was_enabled: bool = False
    _previous_qt_handler: Any = None
    _closed: bool = False

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        _ACTIVE.discard(self)
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(self._previous_qt_handler)
        self.crash.uninstall()
        root = logging.getLogger()
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(self._root_level)
        if self.fault_file is not None:
            faulthandler.disable()
            if self._fault_was_enabled and sys.__stderr__ is not None:
                faulthandler.enable(file=sys.__stderr__)
            self.fault_file.close()


def setup_logging(
    data_dir: Path,
    *,
    level: int = logging.INFO,
    max_bytes: int = MAX_BYTES,
    backups: int = BACKUPS,
) -> LogSetup:
    """The desk's log, set up on the root logger; see the module's text."""
    root = logging.getLogger()
    folder: Path | None = logs_folder(data_dir)
    problem: OSError | None = None
    try:
        logs_folder(data_dir).mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a read-only or missing drive: the desk still starts
        folder, problem = None, exc

    formatter = logging.Formatter(FORMAT)
    masking = CprMaskingFilter()
    handlers: list[logging.Handler] = []
    log_file = folder / LOG_FILE if folder is not None else None
    if log_file is not None:
        handlers.append(
            logging.handlers.RotatingFileHandler(
                log_file, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
            )
        )
    if sys.stderr is not None:  # None in a windowed bundle: no console to write to
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(masking)
        root.addHandler(handler)

    setup = LogSetup(
        folder,
        log_file,
        CrashReporter(folder, log_file),
        handlers,
        _root_level=root.level,
        _fault_was_enabled=faulthandler.is_enabled(),
    )
    root.setLevel(level)
    if folder is not None:
        setup.fault_file = _enable_faulthandler(folder / FAULT_FILE)
    setup._previous_qt_handler = _route_qt_messages()
    setup.crash.install()
    _ACTIVE.add(setup)  # faulthandler's file lives as long as the process, or until close()
    if problem is not None:
        log.warning("no log files: the folder %s cannot be made (%s)", problem.filename, problem)
    return setup


def _enable_faulthandler(path: Path) -> TextIO:
    """faulthandler writes to this file's descriptor until the process ends: kept open."""
    big = path.exists() and path.stat().st_size > FAULT_FILE_MAX_BYTES
    file = path.open("w" if big else "a", encoding="utf-8")
    file.write(f"--- start {datetime.now().astimezone():%Y-%m-%d %H:%M:%S %z} ---\n")
    file.flush()
    faulthandler.enable(file=file, all_threads=True)
    return file


QT_LEVELS = {  # QtMsgType's value → logging level
    0: logging.DEBUG,  # QtDebugMsg
    4: logging.INFO,  # QtInfoMsg
    1: logging.WARNING,  # QtWarningMsg
    2: logging.ERROR,  # QtCriticalMsg
    3: logging.CRITICAL,  # QtFatalMsg: Qt aborts after the handler returns
}


def qt_message_to_log(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's message handler: the message into the log under `qt` or `qt.<category>`."""
    category = context.category or "default"
    if category == "default":
        name = "qt"
    else:  # Qt's own categories start with "qt." already (qt.multimedia.symbolsresolver)
        name = category if category == "qt" or category.startswith("qt.") else f"qt.{category}"
    logger = logging.getLogger(name)
    logger.log(QT_LEVELS.get(mode.value, logging.WARNING), "%s", message)
    if mode.value == 3:  # the process ends next: what was written must be on disk
        for handler in logging.getLogger().handlers:
            handler.flush()


def _route_qt_messages() -> Any:
    from PySide6.QtCore import qInstallMessageHandler

    return qInstallMessageHandler(qt_message_to_log)
