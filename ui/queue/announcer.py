"""Announces a call in the waiting room: a chime, then the number spoken in Danish.

The chime plays through QtMultimedia; speech uses QtTextToSpeech with a Danish
voice when the machine has a speech engine (speech-dispatcher on Linux, SAPI
on Windows). Without sound hardware or an engine it stays silent and the
display still shows the number: nobody waits on a missing loudspeaker.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QLocale, QObject, QUrl
from PySide6.QtMultimedia import QSoundEffect
from PySide6.QtTextToSpeech import QTextToSpeech

SPEECH_ENGINES = ("speechd", "sapi", "winrt", "darwin", "flite")  # real voices, best first


def spoken_text(number: str, counter: int) -> str:
    """«J3-017» is read as letters and digits one by one: "J 3, 0 1 7"."""
    letters, _, digits = number.partition("-")
    return f"Nummer {' '.join(letters)}, {' '.join(digits)}. Skranke {counter}."


class Announcer(QObject):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engine: str | None = None,
        languages: tuple[QLocale.Language, ...] = (QLocale.Language.Danish,),
    ) -> None:
        super().__init__(parent)
        self.speech_enabled = True
        self.last_text = ""
        self._chime = QSoundEffect(self)
        chime = resources.files("resources.sounds").joinpath("chime.wav")
        with resources.as_file(chime) as path:  # installed as a real file with the package
            self._chime.setSource(QUrl.fromLocalFile(str(path)))
        self._chime.setVolume(0.8)
        self.speech = self._speech(engine, languages)

    def _speech(
        self, engine: str | None, languages: tuple[QLocale.Language, ...]
    ) -> QTextToSpeech | None:
        """A speech engine with a voice in one of `languages`, or None: a foreign voice
        mangling Danish numbers is worse than the chime alone."""
        available = QTextToSpeech.availableEngines()
        chosen = (
            engine
            if engine in available
            else next((e for e in SPEECH_ENGINES if e in available), None)
        )
        if chosen is None:
            return None
        speech = QTextToSpeech(chosen, self)
        if speech.state() == QTextToSpeech.State.Error:
            return None
        for language in languages:
            locale = next((x for x in speech.availableLocales() if x.language() == language), None)
            if locale is not None:
                speech.setLocale(locale)
                return speech
        speech.deleteLater()
        return None

    def announce(self, number: str, counter: int) -> None:
        self.last_text = spoken_text(number, counter)
        self._chime.play()
        if self.speech is not None and self.speech_enabled:
            # Queued behind the chime's first note; say() never blocks the GUI thread.
            self.speech.enqueue(self.last_text)
