"""What text a command may carry: one rule for the desk, the server's door and its handlers.

Every string anywhere in a command's arguments (and its envelope) may hold
letters, digits, punctuation, spaces, tabs and line breaks, but never

* NUL or another C0/C1 control character (PostgreSQL refuses NUL in text, and
  the others are invisible and break lists and exports),
* a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069): they make
  a name read differently from what it is ("Trojan Source"),
* a lone surrogate (it cannot be written as UTF-8 at all).

Keys of objects are names, so not even tabs or line breaks, and short.
A float must be finite (NaN is not JSON). `payload_problem` walks a whole
argument tree; `text_problem` checks one string (`app/commands/args.py` runs it
on every field it reads).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_SURROGATES = "\ud800-\udfff"
_FORBIDDEN = re.compile(f"[{_CONTROLS}{_BIDI}{_SURROGATES}]")
_FORBIDDEN_IN_NAMES = re.compile(f"[\t\n\r{_CONTROLS}{_BIDI}{_SURROGATES}]")
_UNSTORABLE = re.compile(f"[\x00{_SURROGATES}]")
_JSON_TYPES = (str, bool, int, float, list, tuple, dict)
MAX_DEPTH = 12
MAX_KEY_LENGTH = 60  # a key may become a rejection's `field` (60 characters)


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a value may not be stored: in Danish for the desk, in English for the wire."""

    where: str  # a path of keys, e.g. "changes.given_name" ("" for the value itself)
    da: str
    en: str


def _describe(char: str) -> tuple[str, str]:
    code = ord(char)
    if code == 0:
        return "et NUL-tegn", "a NUL character"
    if 0xD800 <= code <= 0xDFFF:
        return "et ugyldigt tegn (halvt surrogatpar)", "a lone surrogate"
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        return (
            f"et tegn, der vender skriveretningen (U+{code:04X})",
            f"a bidirectional override (U+{code:04X})",
        )
    return f"et styretegn (U+{code:04X})", f"a control character (U+{code:04X})"


def _first(pattern: re.Pattern[str], value: str) -> Problem | None:
    found = pattern.search(value)
    if found is None:
        return None
    da, en = _describe(found.group())
    return Problem("", da, en)


def text_problem(value: str, *, line_breaks: bool = True) -> Problem | None:
    """None if `value` may be stored; `line_breaks=False` for names and keys."""
    return _first(_FORBIDDEN if line_breaks else _FORBIDDEN_IN_NAMES, value)


def payload_problem(value: Any, *, storable_only: bool = False) -> Problem | None:
    """The first thing in a JSON tree (a command's args) that breaks the rule, or None.

    `storable_only`: only what no database could store or no reader could parse (NUL,
    lone surrogates, non-finite numbers, deep nesting, bad keys) — what the server
    refuses at its door with 422, before a handler runs. The rest of the rule (other
    controls, bidi overrides in values) is the handlers' (`app/commands/args.py`), so
    a command an older desk already queued is rejected on its own, with a reason,
    instead of blocking that desk's outbox."""
    return _walk(value, _UNSTORABLE if storable_only else _FORBIDDEN, "", 0)


def _walk(value: Any, pattern: re.Pattern[str], where: str, depth: int) -> Problem | None:
    problem = _walk_fast(value, pattern, depth)
    if problem is None or not where:
        return problem
    return Problem(_joined(where, problem.where), problem.da, problem.en)


def _joined(outer: str, inner: str) -> str:
    if not inner:
        return outer
    return outer + inner if inner.startswith("[") else f"{outer}.{inner}"


def _walk_fast(value: Any, pattern: re.Pattern[str], depth: int) -> Problem | None:
    """The walk, every command of every push goes through it: the path of keys is put
    together only for a value that breaks the rule."""
    kind: type | None = type(value)
    if kind not in _JSON_TYPES:  # a subclass (a StrEnum, say) is walked as its base
        kind = next((base for base in _JSON_TYPES if isinstance(value, base)), None)
    if kind is str:
        return _first(pattern, value)
    if kind is int or kind is bool or value is None:
        return None
    if kind is float:
        if math.isfinite(value):
            return None
        return Problem("", "et tal, der ikke er endeligt", "a number that is not finite")
    if depth >= MAX_DEPTH and kind in (list, tuple, dict):
        return Problem(
            "", f"mere end {MAX_DEPTH} niveauer", f"more than {MAX_DEPTH} levels of nesting"
        )
    if kind is list or kind is tuple:
        for index, item in enumerate(value):
            found = _walk_fast(item, pattern, depth + 1)
            if found:
                return Problem(_joined(f"[{index}]", found.where), found.da, found.en)
        return None
    if kind is dict:
        for key, item in value.items():
            if type(key) is not str:
                return Problem("", "en nøgle, der ikke er tekst", "a key that is not text")
            bad_key = _FORBIDDEN_IN_NAMES.search(key)
            if bad_key or len(key) > MAX_KEY_LENGTH:
                described = _describe(bad_key.group()) if bad_key else None
                da = described[0] if described else f"over {MAX_KEY_LENGTH} tegn"
                en = described[1] if described else f"over {MAX_KEY_LENGTH} characters"
                return Problem("", f"en nøgle med {da}", f"a key with {en}")
            found = _walk_fast(item, pattern, depth + 1)
            if found:
                return Problem(_joined(key, found.where), found.da, found.en)
        return None
    return Problem("", "en værdi, der ikke er JSON", "a value that is not JSON")


def shown(value: Any, limit: int = 40) -> str:
    """`value` as it may appear inside a message: clean text only, cut short."""
    if not isinstance(value, str | int) or isinstance(value, bool):
        return "?"
    text = str(value)
    if text_problem(text, line_breaks=False):
        return "?"
    return text if len(text) <= limit else text[: limit - 1] + "…"
