"""Python's cyclic garbage collected on the GUI thread, never on a worker.

The automatic collector runs on whichever thread allocates when its threshold is
crossed — possibly the store's worker thread or the sync engine's — and a Qt
object in a reference cycle would then be finalised off the GUI thread (Qt warns
"Timers cannot be stopped from another thread", or crashes). So the automatic
collector is switched off and this runs it on the GUI thread instead, whenever
its counts say it would have run (as Anki does). Checks come often (every 50 ms) so
each collection has little to look at: a collection holds the whole interpreter.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 50


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        gc.disable()
        self.collections = 0
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose threshold was crossed since the last check."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        generation = -1
        for level, (count, threshold) in enumerate(zip(counts, thresholds, strict=True)):
            if threshold and count > threshold:
                generation = level
        if generation >= 0:
            gc.collect(generation)
            self.collections += 1

    def settle(self) -> None:
        """Once the desk is built: what exists now lives as long as the app, so it is moved
        out of the collector's sight (gc.freeze) and later full collections stay short."""
        gc.collect()
        gc.freeze()

    def keep(self) -> None:
        """What exists now lives as long as the app (start-up's imports): out of the
        collector's sight at once, without a collection now, so the next full collection
        on the GUI thread does not walk it all while someone types (gc.freeze)."""
        gc.freeze()

    def stop(self) -> None:
        """Back to Python's own collector (the app is closing)."""
        self._timer.stop()
        gc.enable()
