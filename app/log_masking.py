"""No CPR number in a log line: every CPR-shaped token masked as the desk shows it.

The desk shows a CPR number as `DDMMYY-xxxx` (`app.cpr.mask_cpr`): the birth date stays,
the serial part is hidden. A log file, a crash report or a line on stderr does the same,
whatever wrote it — our code, a library's exception text, a Qt warning. `mask_cprs` masks
a text; `CprMaskingFilter` masks a log record's message, exception text and stack, so
every handler it sits on writes only masked text.

CPR-shaped: six digits, an optional dash or space, four digits, with no digit directly
before or after (`0101901234`, `010190-1234`, `010190 1234`). A longer run of digits
(an order number, a timestamp in microseconds) is left alone; a ten-digit number that
is no CPR number is masked too — better one masked number too many in a log than one
citizen's number in it.

Pure Python and `logging` only: imported at start-up, before anything heavy.
"""

from __future__ import annotations

import logging
import re

CPR_SHAPED = re.compile(r"(?<!\d)(\d{6})[- ]?\d{4}(?!\d)")


def mask_cprs(text: str) -> str:
    """`text` with every CPR-shaped token written `DDMMYY-xxxx`."""
    return CPR_SHAPED.sub(r"\1-xxxx", text)


class CprMaskingFilter(logging.Filter):
    """On a handler: the record's final message, exception text and stack info masked.

    The message is formatted here (`getMessage`, the arguments merged in) and the
    arguments dropped, so a handler with any formatter writes the masked text; the
    exception's traceback is formatted once into `exc_text`, which formatters use
    instead of formatting `exc_info` again. The record is changed in place: a record
    passes every handler of the desk masked. Never drops a record.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_cprs(message)
        if masked != message or record.args:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_cprs(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_cprs(record.stack_info)
        return True


def refusal_for_log(error: BaseException) -> str:
    """A refusal or known condition as the log may keep it: its kind and its message's
    template — never the values filled in (a citizen's name: «{full_name} er allerede
    sendt …»). An error without a template (an OSError: its number and reason, not the
    file's name) says no more than that."""
    kind = type(error).__name__
    template = getattr(error, "template", None)
    if isinstance(template, str):
        return mask_cprs(f"{kind}: {template}")
    if isinstance(error, OSError) and error.strerror:
        return f"{kind}: [Errno {error.errno}] {error.strerror}"
    return kind
