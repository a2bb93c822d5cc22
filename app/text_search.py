"""How names are folded for search: case- and accent-insensitive, æ/ø/å aware.

Danish convention treats «aa» as «å» (Aagaard = Ågård), so the Danish letters
fold to their two-letter spellings (å→aa, æ→ae, ø→oe) and the German/Swedish
ones to the same (ä→ae, ö→oe, ü→ue); every other accent is dropped (é→e).
The store keeps the folded name beside the real one and searches that.
"""

from __future__ import annotations

import unicodedata

_SPECIAL = str.maketrans(
    {"å": "aa", "æ": "ae", "ø": "oe", "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
)


def fold_name(text: str) -> str:
    lowered = " ".join(text.casefold().split()).translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
