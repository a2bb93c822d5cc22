"""The sync protocol's words: versions, header names and the shapes of push and pull.

Both sides import this module, so a field means the same thing on both. The
server validates requests with its own schemas; the client parses replies here
and treats anything it cannot read as a protocol error (never as "no changes").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

# The shape of requests and replies. 2: every mutation carries the staff member's proof
# (and an approver's, for an override); reads that name a person carry a staff session.
PROTOCOL_VERSION = 2
# The shape of synced rows (columns of citizen, visit, ticket …). 2: ticket targets and
# first call time (migration 0008), the job-shop tables (0007) — a desk of schema 1 would
# meet rows it cannot decode, so the server refuses it with 426 until it is upgraded.
SCHEMA_VERSION = 2
PROTOCOL_HEADER = "Skranke-Protocol"
SCHEMA_HEADER = "Skranke-Schema"
STAFF_SESSION_HEADER = "Skranke-Staff-Session"  # reads for a person: POST /v1/staff/sessions

MAX_PUSH_BATCH = 500
MAX_PULL_LIMIT = 5000
DEFAULT_PULL_LIMIT = 2000


class ProtocolError(Exception):
    """The other side sent something this version cannot read."""


@dataclass(frozen=True, slots=True)
class Mutation:
    """One outbox command on its way to the server."""

    mutation: int  # the workstation's own running number (outbox seq)
    command_id: str
    name: str
    version: int
    args: dict[str, Any]
    workstation_id: str
    site_code: str
    staff_id: str
    issued_at: str
    hlc: str
    staff_proof: str = ""
    approval_proof: str = ""

    def to_wire(self) -> dict[str, Any]:
        return {
            "mutation": self.mutation,
            "command_id": self.command_id,
            "name": self.name,
            "version": self.version,
            "args": self.args,
            "workstation_id": self.workstation_id,
            "site_code": self.site_code,
            "staff_id": self.staff_id,
            "issued_at": self.issued_at,
            "hlc": self.hlc,
            "staff_proof": self.staff_proof,
            "approval_proof": self.approval_proof,
        }


OutcomeStatus = Literal["applied", "rejected"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the server decided for one mutation."""

    mutation: int
    command_id: str
    status: OutcomeStatus
    message: str = ""
    field: str | None = None


@dataclass(frozen=True, slots=True)
class PushReply:
    last_mutation: int
    outcomes: tuple[Outcome, ...]
    stopped_code: str | None = None  # e.g. "command_not_supported": the rest waits
    stopped_message: str = ""
    hlc: str = ""


@dataclass(frozen=True, slots=True)
class Change:
    stream: str
    seq: int
    table: str
    op: Literal["put", "delete"]
    row: dict[str, Any]


@dataclass(frozen=True, slots=True)
class PullPage:
    changes: tuple[Change, ...]
    cursors: dict[str, int]  # where this page leaves each stream
    heads: dict[str, int]  # the snapshot's newest number per stream (for progress)
    has_more: bool
    last_mutation: int  # settle up to here: this page completes their effects
    outcomes: tuple[Outcome, ...]
    server_epoch: str
    applied_mutation: int = 0  # the last number the server applied (restore detection)
    rewound: tuple[str, ...] = ()  # streams whose cursor was ahead of the server's head
    hlc: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Announcement:
    """A server event: the newest number per stream and, when the server could send them
    along, the changes from `after` up to those numbers (server/notify.py)."""

    heads: dict[str, int]
    after: dict[str, int] | None = None
    changes: tuple[Change, ...] | None = None

    def as_page(self) -> PullPage | None:
        """The changes as a pull page that settles nothing, for a workstation at `after`."""
        if self.changes is None or self.after is None:
            return None
        return PullPage(
            changes=self.changes,
            cursors=dict(self.heads),
            heads=dict(self.heads),
            has_more=False,
            last_mutation=0,
            outcomes=(),
            server_epoch="",
        )


def _get(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise ProtocolError(f"field {key!r} missing or of the wrong type")
    return value


def parse_outcome(data: Any) -> Outcome:
    if not isinstance(data, dict):
        raise ProtocolError("outcome is not an object")
    status = _get(data, "status", str)
    if status not in ("applied", "rejected"):
        raise ProtocolError(f"unknown outcome status {status!r}")
    return Outcome(
        mutation=_get(data, "mutation", int),
        command_id=_get(data, "command_id", str),
        status=status,
        message=data.get("message") or "",
        field=data.get("field"),
    )


def parse_push_reply(data: Any) -> PushReply:
    if not isinstance(data, dict):
        raise ProtocolError("push reply is not an object")
    stopped = data.get("stopped")
    return PushReply(
        last_mutation=_get(data, "last_mutation", int),
        outcomes=tuple(parse_outcome(o) for o in _get(data, "outcomes", list)),
        stopped_code=stopped.get("code") if isinstance(stopped, dict) else None,
        stopped_message=(stopped.get("message_da") or "") if isinstance(stopped, dict) else "",
        hlc=data.get("hlc") or "",
    )


def _int_map(value: Any, name: str) -> dict[str, int]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, int) for k, v in value.items()
    ):
        raise ProtocolError(f"{name} is not a map of stream to number")
    return dict(value)


def parse_change(data: Any) -> Change:
    if not isinstance(data, dict):
        raise ProtocolError("change is not an object")
    op = _get(data, "op", str)
    if op not in ("put", "delete"):
        raise ProtocolError(f"unknown change op {op!r}")
    return Change(
        stream=_get(data, "stream", str),
        seq=_get(data, "seq", int),
        table=_get(data, "table", str),
        op=op,
        row=_get(data, "row", dict),
    )


def parse_pull_page(data: Any) -> PullPage:
    if not isinstance(data, dict):
        raise ProtocolError("pull reply is not an object")
    return PullPage(
        changes=tuple(parse_change(c) for c in _get(data, "changes", list)),
        cursors=_int_map(data.get("cursors"), "cursors"),
        heads=_int_map(data.get("heads"), "heads"),
        has_more=_get(data, "has_more", bool),
        last_mutation=_get(data, "last_mutation", int),
        outcomes=tuple(parse_outcome(o) for o in _get(data, "outcomes", list)),
        server_epoch=_get(data, "server_epoch", str),
        applied_mutation=_get(data, "applied_mutation", int),
        rewound=tuple(str(s) for s in data.get("rewound") or ()),
        hlc=data.get("hlc") or "",
    )


def parse_announcement(data: Any) -> Announcement:
    """An event's data; changes sent along must fill the numbers after `after` exactly."""
    if not isinstance(data, dict):
        raise ProtocolError("event is not an object")
    heads = _int_map(data.get("heads"), "heads")
    if "changes" not in data:
        return Announcement(heads)
    after = _int_map(data.get("after"), "after")
    changes = tuple(parse_change(c) for c in _get(data, "changes", list))
    for stream, head in heads.items():
        seqs = [c.seq for c in changes if c.stream == stream]
        if seqs != list(range(after.get(stream, 0) + 1, head + 1)):
            raise ProtocolError(f"event changes of {stream!r} do not fill their numbers")
    if any(c.stream not in heads for c in changes):
        raise ProtocolError("event change of a stream without a head")
    return Announcement(heads, after, changes)
