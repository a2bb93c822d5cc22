"""Where focus lands when a screen appears: after sign-in, on a tab switch, when a dialog
closes. A screen names its place with `focus_home()` (the CPR field, the waiting list …);
without one, focus goes back to the widget the screen last focused, else to its first
control in tab order. A scanner's digits or a receptionist's keys never go nowhere."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QPoint, Qt
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


def in_reading_order(root: QWidget) -> list[QWidget]:
    """`root`'s visible controls that take Tab, top to bottom and left to right within a
    row, as a sighted reader goes through them."""
    found = [w for w in root.findChildren(QWidget) if _can_focus(root, w) and _own(w)]

    def place(widget: QWidget) -> tuple[int, int]:
        at = widget.mapTo(root, QPoint(0, 0))
        return (at.y() // ROW_PX, at.x())

    return sorted(found, key=place)


ROW_PX = 24  # controls whose tops lie this close count as one row


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab goes through `widgets` in this order (Shift+Tab back)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def _own(widget: QWidget) -> bool:
    """Not a part of a composite control (a combo box's or spin box's own line edit)."""
    parent = widget.parentWidget()
    return parent is None or parent.focusProxy() is not widget


def screen_around(widget: QWidget) -> QWidget:
    """The nearest widget around `widget` that names its focus home, else its window."""
    around: QWidget | None = widget
    while around is not None:
        if isinstance(around, HasFocusHome):
            return around
        around = around.parentWidget()
    return widget.window()


def give_focus_back(before: QWidget | None, near: QWidget) -> QWidget | None:
    """A dialog closed: its window takes the keys again (without a window manager nobody
    hands them back) and focus returns to `before` while it can still take it, else to
    the home of the screen around `near`. Returns the widget that got it."""
    window = near.window()
    window.activateWindow()
    if before is not None and shiboken6.isValid(before) and _can_focus(window, before):
        before.setFocus(Qt.FocusReason.OtherFocusReason)
        return before
    return land_focus(screen_around(near))
