"""A claim's wavy underline, drawn from a small tile made once per colour and width.

Stroking an antialiased curve is the most expensive thing a pane paints: a wavy underline along a
700-pixel line is some 230 quadratic segments to flatten and rasterise, and a page with a few
claims on it spent most of its paint doing that (a page down on the 3 MB benchmark article took
about three times as long with its annotations as without). The wave is periodic, so it is drawn
once into a tile a few periods wide and the underline is that tile repeated (``drawTiledPixmap``),
as Qt draws its own ``WaveUnderline``. The tile is drawn at the paint device's pixel ratio, so the
wave stays sharp on high-density screens.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

WAVE_LENGTH = 6.0  # pixels: one period of the wave
WAVE_HEIGHT = 1.2  # pixels above and below the line
TILE_PERIODS = 10  # periods in one tile (wider tiles: fewer copies per underline)


def wave(left: float, right: float, y: float) -> QPainterPath:
    """A wavy line from ``left`` to ``right`` around ``y``, going up first."""
    path = QPainterPath(QPointF(left, y))
    x, up = left, True
    half = WAVE_LENGTH / 2
    while x < right:
        end = min(x + half, right)
        path.quadTo(QPointF((x + end) / 2, y - WAVE_HEIGHT * 2 if up else y + WAVE_HEIGHT * 2), QPointF(end, y))
        x, up = end, not up
    return path


class WaveTiles:
    """Tiles of the wave, by colour, pen width and pixel ratio (a handful per pane at most)."""

    def __init__(self) -> None:
        self._tiles: dict[tuple[int, float, float], QPixmap] = {}

    def draw(self, painter: QPainter, left: float, right: float, y: float, colour: QColor, width: float) -> None:
        """A wavy underline from ``left`` to ``right`` around ``y``, in ``colour``, ``width`` pixels thick."""
        if right <= left:
            return
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        tile = self.tile(colour, width, ratio)
        height = tile.height() / tile.devicePixelRatioF()
        top = round((y - height / 2) * ratio) / ratio  # on a device pixel: the tile is not resampled
        x = round(left * ratio) / ratio
        painter.drawTiledPixmap(QRectF(x, top, right - x, height), tile)

    def tile(self, colour: QColor, width: float, ratio: float) -> QPixmap:
        key = (colour.rgba(), width, ratio)
        tile = self._tiles.get(key)
        if tile is None:
            if len(self._tiles) > 32:  # themes changed many times: start again
                self._tiles.clear()
            tile = self._tiles[key] = _make_tile(colour, width, ratio)
        return tile


def _make_tile(colour: QColor, width: float, ratio: float) -> QPixmap:
    length = WAVE_LENGTH * TILE_PERIODS
    height = math.ceil(2 * (WAVE_HEIGHT + width / 2 + 0.5))
    tile = QPixmap(round(length * ratio), round(height * ratio))
    tile.setDevicePixelRatio(ratio)
    tile.fill(Qt.GlobalColor.transparent)
    painter = QPainter(tile)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(colour, width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    # one period more on each side: the stroke crosses the tile's edges as it would crossing a
    # copy's edge, so copies join without a seam
    painter.drawPath(wave(-WAVE_LENGTH, length + WAVE_LENGTH, height / 2))
    painter.end()
    return tile
