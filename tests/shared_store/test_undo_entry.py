"""Undo entries: typed when made, an object each when stored, and lists still read."""

from __future__ import annotations

import json

import pytest

from shared_store.change_capture import UndoEntry, read_undo_log, undo_log_json

UPDATE = UndoEntry(
    "update", "citizen", {"pk": 7}, {"pk": 7, "given_name": "Søren"}, "0b6f7bbb-d001"
)
RECORDED = UndoEntry("insert", "applied_command", {"command_id": "c1"}, None, None)


def test_an_entry_is_stored_as_an_object_and_read_back() -> None:
    stored = undo_log_json([UPDATE, RECORDED])
    assert json.loads(stored)[0] == {
        "op": "update",
        "table": "citizen",
        "pk": {"pk": 7},
        "before": {"pk": 7, "given_name": "Søren"},
        "sync_key": "0b6f7bbb-d001",
    }
    assert "Søren" in stored  # not escaped: the log is read by people too
    assert read_undo_log(stored) == (UPDATE, RECORDED)


def test_an_entry_a_desk_stored_as_a_list_is_read_the_same() -> None:
    stored = json.dumps(
        [
            ["update", "citizen", {"pk": 7}, {"pk": 7, "given_name": "Søren"}, "0b6f7bbb-d001"],
            ["insert", "applied_command", {"command_id": "c1"}, None, None],
        ]
    )
    assert read_undo_log(stored) == (UPDATE, RECORDED)


def test_the_oldest_lists_without_a_travelling_key_are_read_too() -> None:
    entry = UndoEntry.from_json(["insert", "applied_command", {"command_id": "c1"}, None])
    assert entry == RECORDED


def test_no_log_is_told_apart_from_an_empty_one() -> None:
    assert read_undo_log(None) is None
    assert read_undo_log("null") is None  # queued before sync existed: part of the base
    assert read_undo_log("[]") == ()


@pytest.mark.parametrize(
    "stored",
    [
        '{"op": "insert"}',
        '[["drop", "citizen", {"pk": 1}, null, null]]',
        '[["insert", "citizen"]]',
        '[{"op": "update", "table": "citizen", "pk": 1, "before": null, "sync_key": null}]',
        '[{"op": "update", "table": "citizen", "pk": {"pk": 1}, "before": "x", "sync_key": null}]',
    ],
)
def test_what_is_no_undo_log_is_refused(stored: str) -> None:
    with pytest.raises(ValueError, match="not an undo"):
        read_undo_log(stored)
