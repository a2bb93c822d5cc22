"""The waiting-room display's sizes, derived from its window: fonts, margins and spacing as
shares of the height, so one picture fills a 720p TV and a 4K TV alike."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from importlib import resources
from string import Template

# Shares of the height a font's pixel size takes. Together with the line spacing the
# left column (header, headings, the newest and five earlier calls) takes about 85 %.
HEADER, HEADING, NEWEST, ROW = 0.06, 0.035, 0.13, 0.075
WAITS_HEADING, WAIT = 0.045, 0.04
MARGIN, SPACING = 0.03, 0.01
WIDE = 16 / 9  # on a narrower screen the width limits the sizes, not the height


@dataclass(frozen=True, slots=True)
class DisplaySizes:
    header: int
    heading: int
    newest: int
    row: int
    waits_heading: int
    wait: int
    margin: int
    spacing: int


def sizes_for(width: int, height: int) -> DisplaySizes:
    unit = max(min(height, width / WIDE), 1)

    def px(share: float) -> int:
        return max(round(unit * share), 1)

    return DisplaySizes(
        header=px(HEADER),
        heading=px(HEADING),
        newest=px(NEWEST),
        row=px(ROW),
        waits_heading=px(WAITS_HEADING),
        wait=px(WAIT),
        margin=px(MARGIN),
        spacing=px(SPACING),
    )


def display_stylesheet(sizes: DisplaySizes) -> str:
    template = resources.files("resources").joinpath("display.qss").read_text(encoding="utf-8")
    return Template(template).substitute(asdict(sizes))
