"""The announcement text, and that it reaches Qt's speech engine (Qt's own test engine)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from ui.queue.announcer import Announcer, spoken_text


def test_a_number_is_read_letter_by_letter_and_digit_by_digit() -> None:
    assert spoken_text("J3-017", 3) == "Nummer J 3, 0 1 7. Skranke 3."


def test_an_engine_without_a_danish_voice_is_not_used(qtbot: QtBot) -> None:
    # Qt's test engine speaks English, Norwegian and Finnish only: the chime alone it is.
    assert Announcer(engine="mock").speech is None


def test_the_call_reaches_the_speech_engine_in_the_chosen_language(qtbot: QtBot) -> None:
    # Norwegian stands in for Danish here: Qt's test engine has no Danish voice.
    announcer = Announcer(engine="mock", languages=(QLocale.Language.NorwegianBokmal,))
    assert announcer.speech is not None
    assert announcer.speech.locale().name() == "nb_NO"
    with qtbot.waitSignal(announcer.speech.stateChanged, timeout=3000) as spoken:
        announcer.announce("A2-005", 2)
    assert spoken.args == [QTextToSpeech.State.Speaking]
    assert announcer.last_text == "Nummer A 2, 0 0 5. Skranke 2."


def test_speech_can_be_turned_off_and_the_chime_alone_remains(qtbot: QtBot) -> None:
    announcer = Announcer(engine="mock", languages=(QLocale.Language.NorwegianBokmal,))
    announcer.speech_enabled = False
    announcer.announce("A2-006", 2)
    assert announcer.speech is not None
    assert announcer.speech.state() == QTextToSpeech.State.Ready
