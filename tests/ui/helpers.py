"""Finding widgets the way a screen reader does: by their (Danish) accessible name."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

from app.security.sign_in import SignInService, StaffSession

W = TypeVar("W", bound=QWidget)


def by_name(root: QWidget, name: str, kind: type[W] = QWidget) -> W:  # type: ignore[assignment]
    found = [w for w in root.findChildren(kind) if w.accessibleName() == name]
    if root.accessibleName() == name and isinstance(root, kind):
        found.append(root)
    assert len(found) == 1, f"expected one widget named {name!r}, found {len(found)}"
    return found[0]


def session_for(store: object, staff_id: str, site_code: str = "MUS") -> StaffSession:
    """A signed-in session for UI tests of other screens (sign-in itself is tested apart)."""
    from local_cache.store import LocalStore

    assert isinstance(store, LocalStore)
    service = SignInService(store.unit_of_work, _NoPasswords(), site_code=site_code)
    return service.session_for(staff_id)


class _NoPasswords:
    def authenticate(self, user_name: str, secret: str) -> str:
        raise AssertionError("these tests sign in with session_for")
