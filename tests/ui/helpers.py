"""Finding widgets the way a screen reader does: by their (Danish) accessible name."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def by_name(root: QWidget, name: str, kind: type[W] = QWidget) -> W:  # type: ignore[assignment]
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    if root.accessibleName() == name and isinstance(root, kind):
        found.append(root)
    assert len(found) == 1, f"expected one widget named {name!r}, found {len(found)}"
    return found[0]
