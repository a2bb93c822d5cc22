"""What the sync engine needs from the workstation's store (implemented in local_cache/)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from app.sync.protocol import Mutation, PullPage


@dataclass(frozen=True, slots=True)
class Enrolment:
    """Who this workstation is to the server; given once by `POST /v1/enrol`."""

    server_url: str
    workstation_id: str
    token: str
    site_code: str
    counter_number: int
    server_epoch: str


@dataclass(frozen=True, slots=True)
class Rejection:
    """A command the server refused (or that was set aside): shown until acknowledged."""

    seq: int
    command_id: str
    name: str
    status: str  # "rejected" | "quarantined"
    message: str  # Danish, for the user
    field: str | None
    decided_at: dt.datetime
    acknowledged: bool


@dataclass(frozen=True, slots=True)
class ApplyReport:
    changes: int  # rows written from the page
    confirmed: int  # commands the server took, settled by this page
    rejected: tuple[Rejection, ...]  # commands the server refused, settled by this page
    local_failures: int  # waiting commands that did not re-apply on the new base


@dataclass(frozen=True, slots=True)
class LocalCounts:
    pending: int
    quarantined: int
    rejected_unseen: int


class ForkDetected(Exception):
    """The server holds a different command under one of our mutation numbers.

    This database is a copy of another workstation's (or was restored from an
    old backup): both wrote their own commands under the same numbers.
    """

    def __init__(self, mutation: int) -> None:
        super().__init__(f"mutation {mutation} differs from the server's")
        self.mutation = mutation


class SyncStore(Protocol):
    def enrolment(self) -> Enrolment | None: ...
    def save_enrolment(self, enrolment: Enrolment) -> None: ...
    def next_mutation(self) -> int: ...
    def confirmed_mutation(self) -> int: ...
    def push_from(self) -> int: ...
    def record_acknowledged(self, last: int) -> None: ...
    def request_resend(self, first: int) -> None: ...
    def mutations(self, first: int, *, limit: int) -> Sequence[Mutation]: ...
    def cursors(self) -> dict[str, int]: ...
    def reset_cursors(self, server_epoch: str) -> None: ...
    def apply_pull(self, page: PullPage) -> ApplyReport: ...
    def apply_announced(self, after: dict[str, int], page: PullPage) -> ApplyReport | None: ...
    def quarantine_pending(self, message: str) -> int: ...
    def stopped_reason(self) -> str | None: ...
    def counts(self) -> LocalCounts: ...
    def rejections(self, *, include_acknowledged: bool = False) -> Sequence[Rejection]: ...
    def acknowledge(self, seq: int) -> None: ...
    def checksum(self, streams: Sequence[str]) -> str: ...
