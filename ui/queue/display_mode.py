"""The waiting-room display running alone (`skranke --display`): what ui/main.py builds."""

from __future__ import annotations

from dataclasses import dataclass

from ui.background import BackgroundRunner, GuiThreadGuard
from ui.changes import ChangeRelay
from ui.queue.waiting_room_display import WaitingRoomDisplay


@dataclass(frozen=True)
class DisplayMode:
    window: WaitingRoomDisplay
    runner: BackgroundRunner
    changes: ChangeRelay  # pulls from the server arrive here and repaint the display
    guard: GuiThreadGuard  # counts (and logs) any store access on the GUI thread
