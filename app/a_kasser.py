"""The recognised unemployment funds (a-kasser): data an administrator keeps in the seeds."""

from __future__ import annotations

import json
from importlib import resources

from app.errors import ValidationError


def load_a_kasser() -> tuple[str, ...]:
    """The names, in the file's order; a broken file is a clear Danish error."""
    text = resources.files("resources.seed").joinpath("a_kasser.json").read_text("utf-8")
    names = json.loads(text).get("a_kasser")
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise ValidationError("Listen over a-kasser (a_kasser.json) kan ikke læses.")
    return tuple(names)
