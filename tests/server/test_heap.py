"""server/heap.py: after start-up the collector no longer walks the long-lived heap."""

from __future__ import annotations

import json
import subprocess
import sys


def test_start_up_objects_are_frozen_and_collection_stays_on() -> None:
    # In a fresh interpreter: freezing this test process's heap would outlive the test.
    probe = (
        "import gc, json; import server.app; from server.heap import settle_heap, YOUNG_THRESHOLD;"
        "before = gc.get_freeze_count(); settle_heap();"
        "print(json.dumps([before, gc.get_freeze_count(), gc.isenabled(),"
        " gc.get_threshold()[0] == YOUNG_THRESHOLD]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    before, after, enabled, young = json.loads(out)
    assert before == 0 and after > 10_000  # the loaded server code is out of sight
    assert enabled and young
