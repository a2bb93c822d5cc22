"""Command arguments: the one text rule the desk and the server's handlers share."""

from __future__ import annotations

import pytest

from app.commands import args as a
from app.commands.text_rules import payload_problem, shown
from app.errors import ValidationError

HOSTILE = {
    "nul": "Anna\x00Berg",
    "bell": "Anna\x07",
    "c1": "Anna\x85Berg",
    "vertical tab": "Anna\x0bBerg",
    "right-to-left override": "Anna\u202eGREB",
    "isolate": "\u2066Anna\u2069",
    "lone surrogate": "Anna\ud800",
}


@pytest.mark.parametrize("value", HOSTILE.values(), ids=HOSTILE.keys())
def test_text_refuses_what_may_not_be_stored_or_shown(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        a.text({"given_name": value}, "given_name", "Fornavn")
    assert caught.value.field == "given_name"
    assert "Fornavn indeholder" in caught.value.message
    assert value not in caught.value.message


def test_text_keeps_letters_of_every_script_and_folds_line_breaks() -> None:
    assert a.text({"n": "Zoë\tÅgård\r\n李 عائشة 🙂"}, "n", "Navn") == "Zoë Ågård 李 عائشة 🙂"
    assert a.text({"n": "e\u0301"}, "n", "Navn") == "e\u0301"  # a combining accent


def test_identifier_is_a_uuid_in_its_usual_form_only() -> None:
    good = "0F8FAD5B-D9CB-469F-A165-70867728950E"
    assert a.identifier({"id": good}, "id") == good.lower()
    for bad in (
        "{0f8fad5b-d9cb-469f-a165-70867728950e}",
        "0f8fad5bd9cb469fa16570867728950e",
        "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e",
        "٠f8fad5b-d9cb-469f-a165-70867728950e",
        "0f8fad5b-d9cb-469f-a165-70867728950e\n",
        7,
        None,
    ):
        with pytest.raises(ValidationError):
            a.identifier({"id": bad}, "id")


def test_check_payload_walks_every_key_and_value() -> None:
    a.check_payload({"changes": {"note": "linje 1\nlinje 2\tslut"}, "n": [1, 2.5, None, True]})
    cases = [
        ({"changes": {"given_name": "x\x00"}}, "changes"),
        ({"trade_areas": ["ok", "b\u202ead"]}, "trade_areas"),
        ({"answers": {"q\x00": True}}, "answers"),
        ({"k\n": 1}, None),
        ({"ratio": float("nan")}, "ratio"),
        ({"deep": [[[[[[[[[[[[[1]]]]]]]]]]]]]}, "deep"),
        ({"x" * 61: 1}, None),
    ]
    for args, field in cases:
        with pytest.raises(ValidationError) as caught:
            a.check_payload(args)
        assert caught.value.field == field, args
        assert "\x00" not in caught.value.message and "\u202e" not in caught.value.message


def test_at_the_door_only_what_cannot_be_stored() -> None:
    assert payload_problem({"note": "a\u202eb\x07"}, storable_only=True) is None
    assert payload_problem({"note": "a\x00"}, storable_only=True) is not None
    assert payload_problem({"note": ["\udfff"]}, storable_only=True) is not None
    assert payload_problem({"bad\tkey": 1}, storable_only=True) is not None


def test_messages_show_only_clean_short_values() -> None:
    with pytest.raises(ValidationError) as caught:
        a.reject_unknown({"ok": 1, "evil\u202e": 2, "x" * 200: 3}, {"ok"})
    assert "\u202e" not in caught.value.message and "x" * 50 not in caught.value.message
    assert shown("Anna\u202e") == "?" and shown({"a": 1}) == "?" and shown("Anna") == "Anna"


def test_times_and_dates_stay_within_a_range_that_cannot_overflow() -> None:
    with pytest.raises(ValidationError):
        a.moment({"t": "0001-01-01T00:00:00+05:00"}, "t", "Tidspunktet")  # UTC would be year 0
    with pytest.raises(ValidationError):
        a.date({"d": "9999-12-31"}, "d", "Datoen")
    with pytest.raises(ValidationError):
        a.date({"d": 20240101}, "d", "Datoen")
    assert a.moment({"t": "2026-03-01T09:00:00+01:00"}, "t", "T").isoformat() == (
        "2026-03-01T08:00:00+00:00"
    )
