"""What the phone desk needs from storage."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from app.phone.records import Call


class CallLog(Protocol):
    def add_call(self, call: Call) -> None: ...
    def call(self, call_id: str) -> Call | None: ...
    def calls_between(self, start: dt.datetime, end: dt.datetime) -> Sequence[Call]: ...
