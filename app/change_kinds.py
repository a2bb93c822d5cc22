"""What a "something changed" announcement names: the shared tables written, plus two words.

The command bus announces each commit, the sync engine each pull; the desk relays
both to its screens (ui/changes.py), which refresh when a table they show is named.
"""

from __future__ import annotations

OUTBOX = "outbox"  # commands were added to the outbox, or the server settled some
EVERYTHING = "*"  # a waiting command no longer applies: its undo may have touched anything

Tables = frozenset[str]


def concerns(changed: Tables, shown: Tables) -> bool:
    """Whether a change announcement touches what a screen shows."""
    return EVERYTHING in changed or not changed.isdisjoint(shown)
