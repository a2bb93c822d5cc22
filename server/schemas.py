"""Request and reply shapes on the wire (separate from table rows, which never leak out)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.security.staff_proof import PROOF_PATTERN
from app.sync.protocol import DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, MAX_PUSH_BATCH
from server.field_rules import (
    Args,
    IssuedAt,
    Number,
    Position,
    Printable,
    SiteCode,
    StaffId,
    Stamp,
    StreamName,
)

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"

Uuid = Annotated[str, Field(pattern=UUID_PATTERN, max_length=36)]


class Strict(BaseModel):
    # No coercion: "5" is not 5 and true is not 1 (server/field_rules.py has the rest).
    model_config = ConfigDict(extra="forbid", strict=True)


class MutationIn(Strict):
    mutation: Number
    command_id: Uuid
    name: str = Field(min_length=1, max_length=60, pattern=r"^[a-z][a-z0-9_]*$")
    version: int = Field(ge=1, le=1000)
    args: Args
    workstation_id: Uuid
    site_code: SiteCode
    staff_id: StaffId
    issued_at: IssuedAt
    hlc: Stamp = ""
    # The staff member's (and an approver's) HMAC: app/security/staff_proof.py.
    staff_proof: str = Field(default="", pattern=PROOF_PATTERN + "|^$")
    approval_proof: str = Field(default="", pattern=PROOF_PATTERN + "|^$")


class PushIn(Strict):
    mutations: list[MutationIn] = Field(min_length=1, max_length=MAX_PUSH_BATCH)

    @model_validator(mode="after")
    def _consecutive(self) -> PushIn:
        numbers = [m.mutation for m in self.mutations]
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            raise ValueError("mutation numbers must be consecutive and increasing")
        return self


class OutcomeOut(BaseModel):
    mutation: int
    command_id: str
    status: str
    message: str = ""
    field: str | None = None
    result: dict[str, Any] | None = None


class StoppedOut(BaseModel):
    mutation: int
    code: str
    message_da: str
    message_en: str


class PushOut(BaseModel):
    last_mutation: int
    outcomes: list[OutcomeOut]
    stopped: StoppedOut | None = None
    hlc: str


class PullIn(Strict):
    cursors: dict[StreamName, Position] = Field(default_factory=dict, max_length=16)
    confirmed: Position = 0
    limit: int = Field(default=DEFAULT_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT)


class ChangeOut(BaseModel):
    stream: str
    seq: int
    table: str
    op: str
    row: dict[str, Any]


class PullOut(BaseModel):
    changes: list[ChangeOut]
    cursors: dict[str, int]
    heads: dict[str, int]
    has_more: bool
    last_mutation: int  # settle up to here: its effects are all within the new cursors
    applied_mutation: int  # the last number the server has applied
    outcomes: list[OutcomeOut]
    server_epoch: str
    rewound: list[str]
    hlc: str


class EnrolmentCodeIn(Strict):
    site_code: SiteCode
    counter_number: int = Field(ge=1, le=99)
    replace: bool = False


class EnrolmentCodeOut(BaseModel):
    code: str
    site_code: str
    counter_number: int
    expires_at: str


class EnrolIn(Strict):
    code: Printable = Field(min_length=4, max_length=40)
    workstation_id: Uuid
    first_mutation: Number = 1


class EnrolOut(BaseModel):
    workstation_id: str
    token: str
    site_code: str
    counter_number: int
    series: int
    server_epoch: str
    streams: list[str]


class ChecksumOut(BaseModel):
    checksum: str
    streams: list[str]
    heads: dict[str, int]


class StaffSessionIn(Strict):
    staff_id: StaffId
    challenge: Printable = Field(min_length=1, max_length=120)
    proof: str = Field(pattern=PROOF_PATTERN)


class StaffSessionOut(BaseModel):
    session: str
    staff_id: str
    role: str
    expires_at: str
