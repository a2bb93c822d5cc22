"""No CPR number in a log line: masked `DDMMYY-xxxx` as on the screen, in the message, the
traceback and the stack; a refusal is logged by its template, without the name in it."""

from __future__ import annotations

import io
import logging

import pytest

from app.cpr import mask_cpr
from app.errors import ConflictError
from app.log_masking import CprMaskingFilter, mask_cprs, refusal_for_log


@pytest.mark.parametrize("written", ["0707614285", "070761-4285", "070761 4285"])
def test_every_form_of_a_cpr_number_is_masked_as_the_screen_masks_it(written: str) -> None:
    assert mask_cprs(written) == mask_cpr(written) == "070761-xxxx"
    assert mask_cprs(f"look-up cpr={written}, again ({written})") == (
        "look-up cpr=070761-xxxx, again (070761-xxxx)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "12345678901",  # eleven digits: an order number, not a CPR number
        "ticket J1-001 at 2026-12-05 11:14:17,123",
        "interactive_ms=1940 pid 123456",
        "070761-42851",
    ],
)
def test_what_is_not_cpr_shaped_is_left_alone(text: str) -> None:
    assert mask_cprs(text) == text


def _logger() -> tuple[logging.Logger, io.StringIO]:
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(CprMaskingFilter())
    logger = logging.getLogger("tests.log_masking")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    return logger, out


def test_the_filter_masks_the_formatted_message_its_traceback_and_its_stack() -> None:
    logger, out = _logger()
    logger.info("looked up %s and %s", "0707614285", 2512849996)  # an argument of any type
    try:
        raise KeyError("no citizen with cpr 251284-9996")
    except KeyError:
        logger.warning("look-up of %s failed", "0707614285", exc_info=True, stack_info=True)
    text = out.getvalue()
    assert "4285" not in text and "9996" not in text
    assert "looked up 070761-xxxx and 251284-xxxx" in text
    assert "KeyError: 'no citizen with cpr 251284-xxxx'" in text  # the traceback, masked
    assert "Stack (most recent call last)" in text


def test_a_message_with_percent_signs_and_no_cpr_stays_as_written() -> None:
    logger, out = _logger()
    logger.info("100% done")
    logger.info("%d%% of %s", 50, "the outbox")
    assert out.getvalue().splitlines() == ["INFO 100% done", "INFO 50% of the outbox"]


def test_a_refusal_is_logged_by_its_kind_and_template_without_the_name_in_it() -> None:
    error = ConflictError("{full_name} er allerede sendt til denne forespørgsel.")
    error.template = "{full_name} er allerede sendt til denne forespørgsel."  # type: ignore[attr-defined]
    error.args = ("Mette Kræmer er allerede sendt til denne forespørgsel.",)
    logged = refusal_for_log(error)
    assert "Mette" not in logged
    assert logged == "ConflictError: {full_name} er allerede sendt til denne forespørgsel."
    assert refusal_for_log(ZeroDivisionError("Mette Kræmer")) == "ZeroDivisionError"
    missing = FileNotFoundError(2, "No such file or directory", "/home/x/Mette Kræmer.pdf")
    assert refusal_for_log(missing) == "FileNotFoundError: [Errno 2] No such file or directory"
