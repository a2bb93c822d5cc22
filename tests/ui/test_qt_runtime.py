"""Guards against a Qt binding that corrupts the interpreter (PySide6 6.12.0 did)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    happened = Signal(int)


def test_emitting_signals_keeps_reference_counts(qapp: object) -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for i in range(200):
        emitter.happened.emit(i)
    # PySide6 6.12.0 dropped one reference to True per emit; the process then aborts.
    assert sys.getrefcount(True) - before > -100
