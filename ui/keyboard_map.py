"""Every key the desk answers to, read from the widgets themselves (menus, tabs, buttons,
labels' mnemonics, shortcuts), so the help table and the clash check never drift from
what the window really does."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QTabWidget, QWidget

WINDOW = "Hele vinduet"  # where a key works on every screen


@dataclass(frozen=True, slots=True)
class Key:
    keys: str  # QKeySequence's portable text, e.g. "Alt+R", "Ctrl+1", "F2"
    what: str  # the control's own text, without its '&'
    where: str  # WINDOW, or the title of the screen it belongs to


def mnemonic(text: str) -> str | None:
    """'Op&følgning' → 'Alt+F' (Qt's rule: the letter after a single '&')."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return f"Alt+{found.group(1).upper()}" if found else None


def plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def keys_of_menus(menus: list[QMenu]) -> list[Key]:
    keys: list[Key] = []
    for menu in menus:
        if (alt := mnemonic(menu.title())) is not None:
            keys.append(Key(alt, plain(menu.title()), WINDOW))
        for action in menu.actions():
            keys += _action_keys(action)
    return keys


def _action_keys(action: QAction) -> list[Key]:
    return [
        Key(sequence.toString(), plain(action.text()), WINDOW)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    ]


def keys_of_tabs(tabs: QTabWidget, where: str) -> list[Key]:
    keys = []
    for index in range(tabs.count()):
        if (alt := mnemonic(tabs.tabText(index))) is not None:
            keys.append(Key(alt, plain(tabs.tabText(index)), where))
    return keys


def keys_on_screen(screen: QWidget, where: str) -> list[Key]:
    """What the visible part of `screen` answers to: buttons' shortcuts and mnemonics,
    labels' mnemonics (they jump to their buddy), and its own QShortcuts."""
    keys: list[Key] = []
    for button in screen.findChildren(QAbstractButton):
        if not button.isVisible():
            continue
        if not button.shortcut().isEmpty():
            keys.append(Key(button.shortcut().toString(), plain(button.text()), where))
        if (alt := mnemonic(button.text())) is not None:
            keys.append(Key(alt, plain(button.text()), where))
    for label in screen.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            if (alt := mnemonic(label.text())) is not None:
                keys.append(Key(alt, plain(label.text()).rstrip(":"), where))
    for tabs in screen.findChildren(QTabWidget):
        if tabs.isVisible():
            keys += keys_of_tabs(tabs, where)
    for shortcut in screen.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.isEnabled() or not isinstance(parent, QWidget):
            continue
        if not parent.isVisible() or shortcut.context() == Qt.ShortcutContext.WidgetShortcut:
            continue  # a key of one control (e.g. Enter in a list) clashes with nothing
        what = shortcut.whatsThis() or parent.accessibleName() or where
        keys.append(Key(shortcut.key().toString(), what, where))
    return keys


def clashes(keys: list[Key]) -> dict[str, list[Key]]:
    """Keys bound twice where both are live at once: Qt then runs neither."""
    seen: dict[str, list[Key]] = {}
    for key in keys:
        seen.setdefault(QKeySequence(key.keys).toString(), []).append(key)
    return {k: v for k, v in seen.items() if len({(x.what, x.where) for x in v}) > 1}
