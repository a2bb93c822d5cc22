"""Which workstations the server is in touch with, in this process.

A workstation holding the event stream open is live; so is one that made a
request within `window`. Kept in memory: after a restart every workstation
reconnects its stream within seconds, so nothing worth a database write is lost.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from app.commands.envelope import utc_now


class Presence:
    def __init__(
        self,
        window: dt.timedelta = dt.timedelta(minutes=2),
        clock: Callable[[], dt.datetime] = utc_now,
    ) -> None:
        self.window = window
        self._clock = clock
        self._last: dict[str, dt.datetime] = {}
        self._streams: Counter[str] = Counter()

    def seen(self, workstation_id: str) -> None:
        self._last[workstation_id] = self._clock()

    def stream_opened(self, workstation_id: str) -> None:
        self.seen(workstation_id)
        self._streams[workstation_id] += 1

    def stream_closed(self, workstation_id: str) -> None:
        self.seen(workstation_id)
        self._streams[workstation_id] -= 1
        if self._streams[workstation_id] <= 0:
            del self._streams[workstation_id]

    def last_seen(self, workstation_id: str) -> dt.datetime | None:
        return self._last.get(workstation_id)

    def is_live(self, workstation_id: str) -> bool:
        if self._streams.get(workstation_id, 0) > 0:
            return True
        last = self._last.get(workstation_id)
        return last is not None and self._clock() - last <= self.window
