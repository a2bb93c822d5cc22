"""Writes resources/sounds/chime.wav: a soft two-tone "ding-dong" for the waiting room.

Synthesised here (sine partials with an exponential decay) so the sound is ours
to ship. Usage: python3 scripts/make_chime.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
NOTES = ((659.25, 0.0), (523.25, 0.45))  # E5 then C5, the classic public-address interval
LENGTH = 1.6  # seconds


def sample(t: float) -> float:
    value = 0.0
    for freq, start in NOTES:
        if t >= start:
            age = t - start
            envelope = math.exp(-3.2 * age) * min(1.0, age * 200)  # 5 ms attack, no click
            value += envelope * (
                math.sin(2 * math.pi * freq * age) + 0.25 * math.sin(4 * math.pi * freq * age)
            )
    return value * 0.35


def main() -> None:
    path = Path(__file__).resolve().parent.parent / "resources" / "sounds" / "chime.wav"
    frames = b"".join(
        struct.pack("<h", round(max(-1.0, min(1.0, sample(i / RATE))) * 32767))
        for i in range(int(RATE * LENGTH))
    )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)
    print(f"wrote {path} ({len(frames)} bytes of audio)")


if __name__ == "__main__":
    main()
