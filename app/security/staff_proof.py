"""Proof that a named person made a change at this desk: a key only their secret yields.

A staff member's **staff key** is argon2id(secret, salt of the staff id): the desk
derives it from what the person types at sign-in and keeps it in memory while they
are signed in; the server holds the same key (set by IT with `skranke-server
staff-secret`). Every command the desk writes to its outbox carries
`staff_proof` = HMAC-SHA256(staff key, the command's canonical text), so the server
can check later — also for changes made offline — that the person named in
`staff_id` was signed in when the command was made. An override that needs a second
person (a supervisor's approval) carries `approval_proof` too, made with the
approver's key under another label, so neither proof can stand in for the other.

The parameters are fixed: desk and server must derive the same key from the same
secret. Nothing here knows where keys are stored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Final

from argon2.low_level import Type, hash_secret_raw

if TYPE_CHECKING:
    from app.commands.envelope import CommandEnvelope

# Adds proofs to a command on its way into the outbox (the desk's signed-in person).
Signer = Callable[["CommandEnvelope"], "CommandEnvelope"]

KEY_BYTES: Final = 32
PROOF_PATTERN: Final = r"^[A-Za-z0-9_-]{43}$"  # base64url of 32 bytes, no padding
# OWASP's argon2id floor (19 MiB, t=2, p=1): a sign-in derives one key, ~30 ms.
_TIME_COST: Final = 2
_MEMORY_KIB: Final = 19 * 1024
_PARALLELISM: Final = 1

STAFF: Final = "staff"  # the person in `staff_id` made the change
APPROVAL: Final = "approval"  # the person in args["supervisor_id"] approved it
SESSION: Final = "session"  # the person signed in here asks the server for a staff session


@dataclass(frozen=True, slots=True)
class Approval:
    """A command that names a second person in `arg` needs their proof for `action`."""

    arg: str
    action: str


# The overrides that take two people: the approver signs in for that one decision.
APPROVALS: Final[Mapping[str, Approval]] = {
    "refer_citizen": Approval("supervisor_id", "approve_kastebold_override"),
}


def _salt(staff_id: str) -> bytes:
    return hashlib.sha256(b"skranke staff key\x00" + staff_id.encode()).digest()[:16]


def derive_key(staff_id: str, secret: str) -> bytes:
    """The staff key of `staff_id` for `secret` (the same on every desk and the server)."""
    return hash_secret_raw(
        secret.encode(),
        _salt(staff_id),
        time_cost=_TIME_COST,
        memory_cost=_MEMORY_KIB,
        parallelism=_PARALLELISM,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _mac(key: bytes, label: str, message: bytes) -> str:
    digest = hmac.new(key, label.encode() + b"\x00" + message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def canonical(env: CommandEnvelope) -> bytes:
    """Every field of a command except the proofs, as one unambiguous text."""
    fields: dict[str, Any] = {
        "name": env.name,
        "version": env.version,
        "args": env.args,
        "workstation_id": env.workstation_id,
        "site_code": env.site_code,
        "staff_id": env.staff_id,
        "command_id": env.command_id,
        "issued_at": env.issued_at,
    }
    text = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8", "surrogatepass")  # a hostile lone surrogate must not crash


def prove(key: bytes, label: str, message: bytes) -> str:
    return _mac(key, label, message)


def verify(key: bytes, label: str, message: bytes, proof: str) -> bool:
    # compare_digest refuses non-ASCII str: such a proof is simply not the right one
    return proof.isascii() and hmac.compare_digest(_mac(key, label, message), proof)


def signed_by_staff(env: CommandEnvelope, key: bytes) -> CommandEnvelope:
    return replace(env, staff_proof=prove(key, STAFF, canonical(env)))


def approved_by(env: CommandEnvelope, key: bytes) -> CommandEnvelope:
    return replace(env, approval_proof=prove(key, APPROVAL, canonical(env)))


def session_message(workstation_id: str, staff_id: str, challenge: str) -> bytes:
    return "\x00".join((workstation_id, staff_id, challenge)).encode()


def encode_key(key: bytes) -> str:
    return base64.urlsafe_b64encode(key).decode()


def decode_key(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.encode())
