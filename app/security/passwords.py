"""Passwords and PINs as argon2id hashes (argon2-cffi).

Only the encoded hash is stored: it carries its own salt and cost parameters, so
raising the cost later needs no migration — a successful sign-in re-hashes a
secret whose parameters are out of date (`check_needs_rehash`).
"""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from app.errors import ValidationError

MIN_SECRET_LENGTH = 4  # a four-digit PIN is the floor; lock-out makes guessing it slow


class Passwords:
    """Hash and check secrets. Tests may pass a cheaper (still argon2id) hasher."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        # argon2-cffi's defaults are RFC 9106's low-memory profile (64 MiB, t=3, p=4).
        self._hasher = hasher or PasswordHasher(type=Type.ID)
        # Checked against when the user name is unknown, so an unknown name takes as
        # long as a wrong password and the timing tells nothing. Made on first need:
        # hashing takes a moment, and start-up should not wait for it.
        self._dummy: str | None = None

    def hash(self, secret: str) -> str:
        if len(secret) < MIN_SECRET_LENGTH:
            raise ValidationError(
                "Adgangskoden eller PIN-koden skal have mindst {length} tegn.",
                length=MIN_SECRET_LENGTH,
                field="secret",
            )
        return self._hasher.hash(secret)

    def verify(self, encoded: str, secret: str) -> bool:
        try:
            return self._hasher.verify(encoded, secret)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, encoded: str) -> bool:
        try:
            return self._hasher.check_needs_rehash(encoded)
        except InvalidHashError:
            return True

    def burn(self, secret: str) -> None:
        """Spend the time of one verification without a stored hash."""
        if self._dummy is None:
            self._dummy = self._hasher.hash("skranke-ukendt-bruger")
        self.verify(self._dummy, secret)
