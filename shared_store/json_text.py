"""JSON as the shared store keeps it in a text column: sorted keys (so the same value is
the same text on desk and server, and checksums agree), Danish letters as they are."""

from __future__ import annotations

import json
from typing import Any


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
