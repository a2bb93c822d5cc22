"""A test fails when something logged an ERROR it did not expect.

An error logged on a background thread (a failed sync round, a background job that
raised) is otherwise invisible: the test may pass while the desk would have shown an
error or lost work. tests/conftest.py puts an `ErrorRecords` handler on the root
logger for every test; it hears every thread. A test that provokes an error log on
purpose says which, with the marker

    @pytest.mark.expect_error_log(logger="ui.background", match="failed")

(`logger`: the logger's name or a parent's; `match`: a regular expression searched in
the message; at least one of them; several markers for several kinds). The marker
allows those records, it does not demand them: assert on them with `caplog` where
the log itself is what the test is about.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pytest

MARKER = "expect_error_log"
MARKER_HELP = (
    f"{MARKER}(logger='', match=''): the test provokes ERROR log records from this logger "
    "(or its children) whose message matches this regular expression; they do not fail it"
)


@dataclass(frozen=True)
class ExpectedError:
    logger: str = ""
    match: str = ""

    def __post_init__(self) -> None:
        if not (self.logger or self.match):
            raise ValueError(f"@{MARKER} needs a logger or a match, not just any error")

    def covers(self, record: logging.LogRecord) -> bool:
        name_ok = (
            not self.logger
            or record.name == self.logger
            or record.name.startswith(self.logger + ".")
        )
        return name_ok and (
            not self.match or re.search(self.match, record.getMessage()) is not None
        )


def expected_errors(node: pytest.Item) -> list[ExpectedError]:
    return [ExpectedError(*m.args, **m.kwargs) for m in node.iter_markers(MARKER)]


class ErrorRecords(logging.Handler):
    """Keeps every record at ERROR or above, from whichever thread logs it."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def unexpected(self, expected: Sequence[ExpectedError]) -> list[logging.LogRecord]:
        return [r for r in self.records if not any(e.covers(r) for e in expected)]


def report(records: Iterable[logging.LogRecord]) -> str:
    lines = [f"unexpected ERROR log (mark the test @pytest.mark.{MARKER} if it is meant):"]
    for record in records:
        lines.append(
            f"  {record.levelname} {record.name} [{record.threadName}]: {record.getMessage()}"
        )
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            lines.append(f"    {type(exc).__name__}: {exc}")
    return "\n".join(lines)
