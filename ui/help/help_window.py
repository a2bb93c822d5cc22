"""Hjælp (F1): the user guide for the role at the desk, with its pictures, and the keys of
the window and the screen in front (Shift+F1 opens the same window on that tab).

Keys: the search field has focus first (Enter finds the next hit, Shift+Enter the one
before), Ctrl+Tab / Ctrl+Shift+Tab change tab, Esc closes; focus then goes back to where
it was on the desk."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.help.focus_back import give_focus_back_on_close
from ui.help.guide import Guide, load_guide
from ui.keyboard_help import KeyboardHelp
from ui.keyboard_map import Key

GUIDE_TAB, KEYS_TAB = 0, 1
IMAGE_MARGIN_PX = 8  # room beside a picture shrunk to the page's width


class GuideBrowser(QTextBrowser):
    """The guide as rich text; a picture wider than the page is shown at the page's width."""

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._guide = guide
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)  # the guide links only to its own headings (anchors)
        self.anchorClicked.connect(lambda url: self.scrollToAnchor(url.fragment()))
        self.setTabChangesFocus(True)
        self._room: int | None = None  # the page width the pictures were fitted to
        self.setMarkdown(guide.markdown)
        self.fit_images()

    def fit_images(self) -> None:
        """Each picture no wider than the page, scaled smoothly (the text in a screenshot
        stays legible) and laid out again at its new size."""
        margin = 2 * int(self.document().documentMargin()) + IMAGE_MARGIN_PX
        room = max(1, self.viewport().width() - margin)
        if room == self._room:
            return
        self._room = room
        document = self.document()
        sizes: dict[str, tuple[int, int]] = {}
        for reference, image in self._guide.images.items():
            if image.isNull():
                continue
            shown = image
            if image.width() > room:
                shown = image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(reference), shown)
            sizes[reference] = (shown.width(), shown.height())
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat() and fmt.toImageFormat().name() in sizes:
                    image_format = fmt.toImageFormat()
                    width, height = sizes[image_format.name()]
                    image_format.setWidth(width)
                    image_format.setHeight(height)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(image_format)
                it += 1
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit_images()


class HelpWindow(QDialog):
    def __init__(
        self, keys: Sequence[Key], lang: str, parent: QWidget | None = None, *, tab: int = GUIDE_TAB
    ) -> None:
        super().__init__(parent)
        give_focus_back_on_close(self)  # Esc: the keys go back where they were
        self.setWindowTitle(self.tr("Hjælp – Skranke"))
        self.setAccessibleName(self.tr("Hjælp"))

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Søg i vejledningen"))
        self.search.setPlaceholderText(self.tr("Søg i vejledningen (Enter: næste)"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Søg:"))
        search_label.setBuddy(self.search)
        self.search_status = QLabel()
        self.search_status.setAccessibleName(self.tr("Søgningens resultat"))
        self.guide = GuideBrowser(load_guide(lang))
        self.guide.setAccessibleName(self.tr("Brugervejledning"))
        guide_page = QWidget()
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.search_status)
        guide_layout = QVBoxLayout(guide_page)
        guide_layout.setContentsMargins(0, 0, 0, 0)
        guide_layout.addLayout(search_row)
        guide_layout.addWidget(self.guide, 1)

        self.keys = KeyboardHelp(keys)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Hjælpens faner"))
        self.tabs.addTab(guide_page, self.tr("Brugervejledning"))
        self.tabs.addTab(self.keys, self.tr("Tastaturgenveje"))
        self.tabs.setTabToolTip(GUIDE_TAB, self.tr("Ctrl+Tab skifter faneblad"))
        self.tabs.setTabToolTip(KEYS_TAB, self.tr("Ctrl+Tab skifter faneblad"))
        self.tabs.currentChanged.connect(self._focus_tab)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in the search finds the next hit, never closes
        close.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        self.search.returnPressed.connect(lambda: self.find_in_guide(backward=False))
        self.search.textChanged.connect(self._search_from_top)
        back = QShortcut(
            QKeySequence("Shift+Return"), self.search, lambda: self.find_in_guide(backward=True)
        )
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+Tab"), self, lambda: self._step_tab(1))
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, lambda: self._step_tab(-1))
        QShortcut(QKeySequence("Ctrl+Backtab"), self, lambda: self._step_tab(-1))
        self.resize(860, 620)
        self.tabs.setCurrentIndex(tab)
        self._focus_tab(tab)

    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)
        self._focus_tab(tab)

    def _step_tab(self, step: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _focus_tab(self, index: int) -> None:
        (self.search if index == GUIDE_TAB else self.keys.table).setFocus()

    def _search_from_top(self, text: str) -> None:
        """Typing searches from the top of the guide: the first hit for what is typed."""
        self.guide.moveCursor(QTextCursor.MoveOperation.Start)
        self._show_hit(not text or self.guide.find(text))

    def find_in_guide(self, *, backward: bool) -> bool:
        text = self.search.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.guide.find(text, flags)
        if not found:  # round again from the other end
            self.guide.moveCursor(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            found = self.guide.find(text, flags)
        self._show_hit(found)
        return found

    def _show_hit(self, found: bool) -> None:
        self.search_status.setText("" if found else self.tr("Ikke fundet"))
