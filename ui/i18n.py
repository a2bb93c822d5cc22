"""Loading the translation: Danish is the source language, English a translation.

Qt's own texts (the standard buttons «Annullér», «Ja», context menus) come from Qt's
translations for the same language, so a Danish dialog never says «Cancel»."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

LANGUAGES = ("da", "en")


def current_language() -> str:
    """«da» or «en»: the language of the installed translation (ui/formats.py formats
    for it). The translation itself answers: its text for «da» is its language."""
    lang = QCoreApplication.translate("Sprog", "da")
    return lang if lang in LANGUAGES else "da"


def install_translation(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Install Qt's own texts and the .qm for `lang` (Danish, the source, needs none).
    Returns the desk's translator to keep alive (None for Danish); Qt's is parented to
    `app`."""
    install_qt_translation(app, lang)
    if lang == "da":
        return None
    translator = QTranslator(app)
    qm = resources.files("resources.translations").joinpath(f"skranke_{lang}.qm")
    with resources.as_file(qm) as path:  # an installed package: a real file already
        if not translator.load(str(path)):
            return None
    app.installTranslator(translator)
    return translator


def install_qt_translation(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Qt's translation of its standard texts for `lang`, shipped with PySide6, and on top
    of it the few texts of Qt's dialogs that translation leaves in English (ours)."""
    if lang == "en":  # Qt's source language
        return []
    installed: list[QTranslator] = []
    qt_own = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{lang}", folder):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    extra = resources.files("resources.translations").joinpath(f"qt_{lang}_extra.qm")
    if extra.is_file():
        supplement = QTranslator(app)
        with resources.as_file(extra) as path:
            if supplement.load(str(path)):
                app.installTranslator(supplement)  # the last installed is asked first
                installed.append(supplement)
    return installed
