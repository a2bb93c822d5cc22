"""Counter work profiles: seed data saying which queues a counter calls, in what order."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def counter_profile(
    site_code: str, counter_number: int, data: dict[str, Any] | None = None
) -> list[str]:
    if data is None:
        text = (
            resources.files("resources.seed").joinpath("counter_profiles.json").read_text("utf-8")
        )
        data = json.loads(text)
    site = data.get("sites", {}).get(site_code, {})
    return list(site.get(str(counter_number), data["default"]))
