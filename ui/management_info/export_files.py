"""The dashboard's export: the figures shown, through app/management_info/export.py."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.management_info import export
from app.management_info.figures import ProductionFigures


def write_figures(
    path: Path, figures: ProductionFigures, sites: Sequence[str] | None
) -> tuple[Path, int]:
    """On the store's worker: CSV or Excel by the path's suffix; (path, rows written)."""
    return path, export.write_figures(path, figures, sites)
