"""Writes the desk's icon: resources/icons/skranke.png (256 px) and skranke.ico (16–256 px).

A queue ticket (white, notched at both sides, with a bold «S») on the Københavns
Kommune blue of the desk's theme, with the yellow of its focus ring beneath. Drawn
here with Qt at every size, so the small sizes are drawn, not shrunk, and the picture
is ours to ship. The .ico holds one PNG per size (the format Windows reads since
Vista); PyInstaller puts it into skranke.exe (build_installer.spec).

Usage: QT_QPA_PLATFORM=offscreen python3 scripts/make_icon.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE = QColor("#00558c")  # ui/theme.py: accent
YELLOW = QColor("#ffbf47")  # ui/theme.py: focus


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    s = float(size)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLUE)
    painter.drawRoundedRect(QRectF(0, 0, s, s), s * 0.18, s * 0.18)
    painter.setBrush(YELLOW)
    painter.drawRect(QRectF(s * 0.18, s * 0.84, s * 0.64, max(1.0, s * 0.06)))

    ticket = QRectF(s * 0.16, s * 0.22, s * 0.68, s * 0.52)
    outline = QPainterPath()
    outline.addRoundedRect(ticket, s * 0.05, s * 0.05)
    if size >= 24:  # the notches of a torn-off ticket; too small to see below that
        notch = QPainterPath()
        radius = s * 0.07
        middle = ticket.center().y()
        notch.addEllipse(QPointF(ticket.left(), middle), radius, radius)
        notch.addEllipse(QPointF(ticket.right(), middle), radius, radius)
        outline = outline.subtracted(notch)
    painter.setBrush(QColor("#ffffff"))
    painter.drawPath(outline)

    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(max(8, round(s * 0.42)))
    painter.setFont(font)
    painter.setPen(BLUE)
    painter.drawText(ticket, Qt.AlignmentFlag.AlignCenter, "S")
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO container of PNG images: ICONDIR, one ICONDIRENTRY per size, then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # fonts need it
    OUT.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw(size)) for size in ICO_SIZES}
    (OUT / "skranke.png").write_bytes(pngs[256])
    (OUT / "skranke.ico").write_bytes(ico_bytes(pngs))
    check = QImage(str(OUT / "skranke.ico"))  # Qt's own ICO reader must read it back
    if check.isNull():
        raise RuntimeError("Qt cannot read the written skranke.ico")
    print(
        f"wrote {OUT / 'skranke.png'} and {OUT / 'skranke.ico'} ({', '.join(map(str, ICO_SIZES))} px)"
    )
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
