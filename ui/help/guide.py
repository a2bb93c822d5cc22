"""The user guide and its pictures, read from the `resources.help` package with
importlib.resources, so the same code reads them from the source tree, an installed
package and a PyInstaller bundle (`collect_data_files("resources")`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from PySide6.QtGui import QImage

HELP_PACKAGE = "resources.help"
GUIDES = {"da": "brugervejledning.md", "en": "user-guide_en.md"}
SOURCE_LANGUAGE = "da"
# ![alt](images/x.png) — the markdown image syntax the guides use (relative paths only)
IMAGE_REFERENCE = re.compile(r"!\[[^\]]*\]\(\s*([^)\s]+)")


@dataclass(frozen=True, slots=True)
class Guide:
    markdown: str
    images: dict[str, QImage]  # the reference as written in the markdown → its picture


def guide_name(lang: str) -> str:
    """The guide in `lang` when it exists, else the Danish one (the source language)."""
    name = GUIDES.get(lang)
    if name is not None and resources.files(HELP_PACKAGE).joinpath(name).is_file():
        return name
    return GUIDES[SOURCE_LANGUAGE]


def image_references(markdown: str) -> list[str]:
    """The pictures a guide shows, each once, in order."""
    return list(dict.fromkeys(IMAGE_REFERENCE.findall(markdown)))


def load_guide(lang: str) -> Guide:
    folder = resources.files(HELP_PACKAGE)
    markdown = folder.joinpath(guide_name(lang)).read_text(encoding="utf-8")
    images: dict[str, QImage] = {}
    for reference in image_references(markdown):
        picture = folder.joinpath(*reference.split("/"))
        image = QImage.fromData(picture.read_bytes()) if picture.is_file() else QImage()
        images[reference] = image
    return Guide(markdown, images)
