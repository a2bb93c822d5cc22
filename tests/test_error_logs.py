"""An ERROR logged during a test fails it, from any thread, unless the test expects it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytest_plugins = ["pytester"]

CONFTEST = """
from tests.conftest import _unexpected_error_logs_fail_the_test, pytest_configure  # noqa: F401
"""

TESTS = """
import logging
import threading

import pytest

log = logging.getLogger("skranke.example")
logging.getLogger().setLevel(logging.CRITICAL)  # a quiet root logger still lets ERROR through


def on_a_thread(message):
    thread = threading.Thread(target=lambda: log.error(message))
    thread.start()
    thread.join()


def test_quiet():
    log.warning("a warning is not an error")


def test_an_error_on_another_thread():
    on_a_thread("the sync round failed")


@pytest.mark.expect_error_log(logger="skranke", match="round failed")
def test_an_expected_error():
    on_a_thread("the sync round failed")


@pytest.mark.expect_error_log(logger="skranke", match="round failed")
def test_an_error_other_than_the_expected_one():
    log.error("the printer is on fire")


def test_an_error_on_the_test_thread():
    log.error("said on the test's own thread")
"""


def test_an_unexpected_error_log_fails_the_test_and_an_expected_one_does_not(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_logs=TESTS)
    monkeypatch.setenv("PYTHONPATH", str(ROOT))  # a process of its own: its logging is its own
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5, errors=3)
    result.stdout.fnmatch_lines(
        [
            "*ERROR at teardown of test_an_error_on_another_thread*",
            "*ERROR skranke.example [[]Thread-*]: the sync round failed*",
        ]
    )
    result.stdout.no_fnmatch_line("*a warning is not an error*")
    assert "the printer is on fire" in result.stdout.str()
    assert "said on the test's own thread" in result.stdout.str()


def test_an_expectation_names_a_logger_or_a_message() -> None:
    from tests.error_logs import ExpectedError

    with pytest.raises(ValueError, match="needs a logger or a match"):
        ExpectedError()
