"""A workstation is live while its event stream is open or shortly after a request."""

from __future__ import annotations

import datetime as dt

from server.presence import Presence

T0 = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)


def test_live_within_the_window_after_a_request_and_while_a_stream_is_open() -> None:
    now = [T0]
    presence = Presence(window=dt.timedelta(minutes=2), clock=lambda: now[0])
    assert not presence.is_live("ws") and presence.last_seen("ws") is None
    presence.seen("ws")
    now[0] = T0 + dt.timedelta(minutes=2)
    assert presence.is_live("ws")
    now[0] = T0 + dt.timedelta(minutes=2, seconds=1)
    assert not presence.is_live("ws")
    presence.stream_opened("ws")
    now[0] = T0 + dt.timedelta(hours=1)
    assert presence.is_live("ws")  # an idle desk holding its stream is in touch
    presence.stream_closed("ws")
    now[0] = T0 + dt.timedelta(hours=1, minutes=3)
    assert not presence.is_live("ws")
    assert presence.last_seen("ws") == T0 + dt.timedelta(hours=1)
