"""Where focus lands when a screen appears: after sign-in, on a tab switch, when a dialog
closes. A screen names its place with `focus_home()` (the CPR field, the waiting list …);
without one, focus goes back to the widget the screen last focused, else to its first
control in tab order. A scanner's digits or a receptionist's keys never go nowhere."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


@runtime_checkable
class HasFocusHome(Protocol):
    def focus_home(self) -> QWidget | None: ...


def land_focus(screen: QWidget | None) -> QWidget | None:
    """Give focus to `screen`'s home; returns the widget that got it (None: nothing can)."""
    if screen is None:
        return None
    target = _home(screen)
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)
    return target


def _home(screen: QWidget) -> QWidget | None:
    if isinstance(screen, HasFocusHome):
        home = screen.focus_home()
        if home is not None and _can_focus(screen, home):
            return home
    last = screen.focusWidget()
    if last is not None and last is not screen and _can_focus(screen, last):
        return last
    return first_in_tab_order(screen)


def first_in_tab_order(screen: QWidget) -> QWidget | None:
    widget = screen.nextInFocusChain()
    while widget is not None and widget is not screen:
        if _can_focus(screen, widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _can_focus(screen: QWidget, widget: QWidget) -> bool:
    return (
        screen.isAncestorOf(widget)
        and widget.isVisibleTo(screen)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )
