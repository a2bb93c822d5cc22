"""Fault injection for crash tests: kill the server process at a named point.

Off unless `ServerSettings.faults` (the SKRANKE_SERVER_FAULTS environment
variable of `skranke-server serve`) names points, e.g. "push.after_mutation:3"
= die the third time a mutation has been applied inside the push transaction;
"push.before_commit:sleep0.05" = wait up to 50 ms (at random) there every time,
so transactions commit in another order than they started (widens races).
"""

from __future__ import annotations

import os
import random
import signal
import threading
import time


class Faults:
    def __init__(self, spec: str) -> None:
        self._left: dict[str, int] = {}
        self._sleep: dict[str, float] = {}
        for part in filter(None, (p.strip() for p in spec.split(","))):
            name, _, arg = part.partition(":")
            if arg.startswith("sleep"):
                self._sleep[name] = float(arg[5:])
            else:
                self._left[name] = int(arg or 1)
        self._lock = threading.Lock()

    def hit(self, point: str) -> None:
        if point in self._sleep:
            time.sleep(random.uniform(0, self._sleep[point]))
        if point not in self._left:
            return
        with self._lock:
            self._left[point] -= 1
            if self._left[point] > 0:
                return
        os.kill(os.getpid(), signal.SIGKILL)
