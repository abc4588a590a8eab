"""Draw the app's icon and write it as PNG (window icon), ICO (Windows) and ICNS (macOS).

    python scripts/make_icons.py          -> resources/icons/workshop.{png,ico,icns}

The icon is drawn here with QPainter rather than kept as a hand-edited binary, so it can be
changed in code: a blue rounded square, three lines of a list with a tick on the first.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def draw(size: int):
    """The icon at `size` pixels square, as a QImage."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    path = QPainterPath()
    path.addRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 44 * s, 44 * s)
    painter.fillPath(path, QColor("#1f5fa8"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    for row, width in enumerate((110, 130, 96)):
        y = (70 + row * 48) * s
        painter.drawRoundedRect(QRectF(104 * s, y, width * s, 22 * s), 11 * s, 11 * s)
    pen = QPen(QColor("#ffd23f"), 20 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline([QPointF(46 * s, 84 * s), QPointF(64 * s, 102 * s),
                          QPointF(90 * s, 62 * s)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#9cc3ee"))
    for row in (1, 2):
        painter.drawEllipse(QPointF(68 * s, (81 + row * 48) * s), 12 * s, 12 * s)
    painter.end()
    return image


def main() -> int:
    """Write the three files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImageWriter

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(out / "workshop.png"))
    for fmt in ("ico", "icns"):
        writer = QImageWriter(str(out / f"workshop.{fmt}"), fmt.encode())
        if not writer.write(draw(256)):
            print(f"{fmt}: {writer.errorString()}", file=sys.stderr)
            return 1
    for path in sorted(out.iterdir()):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
