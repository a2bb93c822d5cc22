"""The language a user chose at this desk, remembered for that OS user (a shared counter
PC keeps each colleague's choice apart) in Qt's per-user settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.config import LANGUAGES

KEY = "sprog"


def user_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        "Jobcenter Koebenhavn",
        "Skranke",
    )


def remembered_language(settings: QSettings | None = None) -> str | None:
    value = str((settings or user_settings()).value(KEY, "") or "")
    return value if value in LANGUAGES else None


def remember_language(lang: str, settings: QSettings | None = None) -> None:
    if lang not in LANGUAGES:
        raise ValueError(lang)
    target = settings or user_settings()
    target.setValue(KEY, lang)
    target.sync()
