"""Request and reply shapes on the wire (separate from table rows, which never leak out)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from app.sync.protocol import DEFAULT_PULL_LIMIT, MAX_PULL_LIMIT, MAX_PUSH_BATCH

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
MAX_ARGS_BYTES = 16 * 1024

Uuid = Annotated[str, Field(pattern=UUID_PATTERN, max_length=36)]
Stream = Annotated[str, Field(min_length=1, max_length=40)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MutationIn(Strict):
    mutation: int = Field(ge=1, le=2**53)
    command_id: Uuid
    name: str = Field(min_length=1, max_length=60, pattern=r"^[a-z][a-z0-9_]*$")
    version: int = Field(ge=1, le=1000)
    args: dict[str, Any]
    workstation_id: Uuid
    site_code: str = Field(min_length=1, max_length=8)
    staff_id: str = Field(min_length=1, max_length=40)
    issued_at: str = Field(max_length=40)
    hlc: str = Field(default="", max_length=40)

    @field_validator("issued_at")
    @classmethod
    def _aware_time(cls, value: str) -> str:
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError("issued_at must be an ISO-8601 time") from None
        if moment.tzinfo is None:
            raise ValueError("issued_at must carry a time zone")
        return value

    @field_validator("args")
    @classmethod
    def _small_args(cls, value: dict[str, Any]) -> dict[str, Any]:
        if len(json.dumps(value, ensure_ascii=False).encode()) > MAX_ARGS_BYTES:
            raise ValueError(f"args larger than {MAX_ARGS_BYTES} bytes")
        return value


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
    cursors: dict[Stream, Annotated[int, Field(ge=0)]] = Field(default_factory=dict, max_length=16)
    confirmed: int = Field(default=0, ge=0)
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
    site_code: str = Field(min_length=1, max_length=8)
    counter_number: int = Field(ge=1, le=99)
    replace: bool = False


class EnrolmentCodeOut(BaseModel):
    code: str
    site_code: str
    counter_number: int
    expires_at: str


class EnrolIn(Strict):
    code: str = Field(min_length=4, max_length=40)
    workstation_id: Uuid
    first_mutation: int = Field(default=1, ge=1, le=2**53)


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
