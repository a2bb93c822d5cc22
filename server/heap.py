"""The server's garbage collector, tuned for latency: a full collection is a pause for every request.

Python's cyclic collector walks every tracked object on a full (generation 2)
collection. After start-up the heap holds what lives as long as the process —
SQLAlchemy's mappers and compiled statements, FastAPI's routes, pydantic's
schemas, the command handlers — and a full collection walked all of it: 50–70 ms
pauses, measured with gc.callbacks while 150 simulated workstations pushed, each
one a stall of every request in flight. `gc.freeze()` moves what exists at the
end of start-up out of the collector's sight (it is never garbage), so a full
collection walks only what was made since. Young collections run a little less
often: a push makes a few thousand short-lived objects, most freed by reference
counting anyway.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 5_000  # objects allocated between young collections (Python's default: 700)


def settle_heap() -> None:
    """Call once, when start-up is done (migrated, seeded, handlers loaded)."""
    gc.collect()
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
