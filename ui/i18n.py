"""Loading the translation: Danish is the source language, English a translation."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QTranslator

LANGUAGES = ("da", "en")


def install_translation(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Install the .qm for `lang`; Danish needs none. Returns the translator to keep alive."""
    if lang == "da":
        return None
    translator = QTranslator(app)
    qm = resources.files("resources.translations").joinpath(f"skranke_{lang}.qm")
    with resources.as_file(qm) as path:  # an installed package: a real file already
        if not translator.load(str(path)):
            return None
    app.installTranslator(translator)
    return translator
