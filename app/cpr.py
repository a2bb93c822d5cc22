"""The Danish civil registration number (CPR): parsing, validation, masking.

One function, `parse_cpr`, accepts what a receptionist types (with or without
the dash, spaces) or what a health-card scanner sends as keyboard input, and
either returns a `Cpr` or raises `CprError` with a message that says exactly
what is wrong, in Danish.

python-stdnum does the compacting and the century rule; we add our own checks
first so that every kind of mistake gets its own message, and we take `today`
as a parameter so the "not born yet" rule can be tested.

The modulus-11 check is *not* enforced: CPR numbers issued since 2007 need not
satisfy it (stdnum documents this too). `Cpr.modulus11_ok` tells whether it does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from stdnum.dk import cpr as stdnum_cpr

from app.errors import ValidationError


class LegalGender(Enum):
    FEMALE = "K"  # kvinde: even last digit
    MALE = "M"  # mand: odd last digit


class CprError(ValidationError):
    """A CPR number that cannot be right; `message` is Danish and names the problem."""

    def __init__(self, template: str, **values: Any) -> None:
        super().__init__(template, field="cpr", **values)


@dataclass(frozen=True, slots=True)
class Cpr:
    digits: str  # exactly ten digits, no dash
    birth_date: dt.date
    gender: LegalGender
    modulus11_ok: bool

    @property
    def formatted(self) -> str:
        return f"{self.digits[:6]}-{self.digits[6:]}"

    @property
    def masked(self) -> str:
        return mask_cpr(self.digits)

    def __str__(self) -> str:  # never leak the full number by accident
        return self.masked


_SEPARATORS = re.compile(r"[\s\-./]")


def mask_cpr(digits: str) -> str:
    """DDMMYY-xxxx: the birth date part stays, the serial part is hidden."""
    compact = _SEPARATORS.sub("", digits)
    return f"{compact[:6]}-xxxx"


def parse_cpr(text: str, *, today: dt.date | None = None) -> Cpr:
    """Parse and validate a CPR number as typed or scanned.

    Raises `CprError` with a Danish message for: nothing typed, letters or
    other characters, too few or too many digits, an impossible date, a birth
    date in the future.
    """
    today = today or dt.date.today()
    raw = text.strip()
    if not raw:
        raise CprError("Skriv et CPR-nummer (10 cifre, DDMMÅÅ-XXXX).")
    compact = _SEPARATORS.sub("", raw)
    if not compact.isdigit() or not compact.isascii():
        bad = next(ch for ch in compact if not (ch.isascii() and ch.isdigit()))
        raise CprError(
            "CPR-nummeret må kun indeholde cifre og evt. bindestreg – «{bad}» er ikke tilladt.",
            bad=bad,
        )
    if len(compact) != 10:
        raise CprError("CPR-nummeret skal have 10 cifre – der er {count}.", count=len(compact))
    day, month = int(compact[0:2]), int(compact[2:4])
    if not 1 <= month <= 12:
        raise CprError(
            "Måneden i CPR-nummeret ({month}) findes ikke – den skal være 01–12.",
            month=compact[2:4],
        )
    if day < 1:
        raise CprError("Dagen i CPR-nummeret kan ikke være 00.")
    try:
        birth_date = stdnum_cpr.get_birth_date(compact)
    except Exception:  # stdnum raises InvalidComponent for an impossible date
        raise CprError(
            "Datoen i CPR-nummeret ({day}.{month}.{year}) findes ikke.",
            day=compact[0:2],
            month=compact[2:4],
            year=compact[4:6],
        ) from None
    if birth_date > today:
        raise CprError(
            "Fødselsdatoen {birth_date:%d.%m.%Y} ligger i fremtiden – tjek det 7. ciffer og datoen.",
            birth_date=birth_date,
        )
    gender = LegalGender.MALE if int(compact[9]) % 2 else LegalGender.FEMALE
    return Cpr(
        digits=compact,
        birth_date=birth_date,
        gender=gender,
        modulus11_ok=stdnum_cpr.checksum(compact) == 0,
    )


def looks_like_cpr(text: str) -> bool:
    """True when the text is digits (and separators) only: a CPR search, not a name search."""
    compact = _SEPARATORS.sub("", text.strip())
    return bool(compact) and compact.isdigit()
