"""Geometry of the server-rendered SVG map and timeline: numbers only, the templates draw them.

The map is an equirectangular projection scaled by the cosine of the middle latitude (enough
for the few hundred kilometres between region centres), framed on Ukraine and western Russia and
widened to take in every place shown.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from claimledger.web.overview import Night, RegionMark

MAP_W, MAP_H = 900, 560
_FRAME = (22.0, 44.0, 48.0, 57.0)  # lon min, lat min, lon max, lat max
_PAD_DEG = 1.0
R_MIN, R_MAX = 5.0, 30.0
# Places labelled on the map, the largest first: more would pile up over western Russia.
LABELLED = 15


@dataclass(frozen=True, slots=True)
class MapPoint:
    mark: RegionMark
    x: float
    y: float
    r: float
    label_y: float
    labelled: bool


@dataclass(frozen=True, slots=True)
class GridLine:
    x1: float
    y1: float
    x2: float
    y2: float
    label: str
    label_x: float
    label_y: float


@dataclass(frozen=True, slots=True)
class MapFigure:
    points: list[MapPoint]
    grid: list[GridLine]
    width: int = MAP_W
    height: int = MAP_H


class _Projection:
    def __init__(self, lon0: float, lat0: float, lon1: float, lat1: float) -> None:
        self.kx = math.cos(math.radians((lat0 + lat1) / 2))
        self.lon0, self.lat1 = lon0, lat1
        self.scale = min(MAP_W / ((lon1 - lon0) * self.kx), MAP_H / (lat1 - lat0))
        self.dx = (MAP_W - (lon1 - lon0) * self.kx * self.scale) / 2
        self.dy = (MAP_H - (lat1 - lat0) * self.scale) / 2

    def __call__(self, lat: float, lon: float) -> tuple[float, float]:
        x = self.dx + (lon - self.lon0) * self.kx * self.scale
        y = self.dy + (self.lat1 - lat) * self.scale
        return round(x, 1), round(y, 1)


def map_figure(marks: list[RegionMark]) -> MapFigure:
    lon0, lat0, lon1, lat1 = _FRAME
    for m in marks:
        lon0, lon1 = min(lon0, m.lon - _PAD_DEG), max(lon1, m.lon + _PAD_DEG)
        lat0, lat1 = min(lat0, m.lat - _PAD_DEG), max(lat1, m.lat + _PAD_DEG)
    project = _Projection(lon0, lat0, lon1, lat1)
    top = max((m.quantity for m in marks), default=0)
    points = []
    # Largest first, so that small circles are drawn over large ones and stay clickable.
    for rank, m in enumerate(sorted(marks, key=lambda m: -m.quantity)):
        x, y = project(m.lat, m.lon)
        r = R_MIN + (R_MAX - R_MIN) * math.sqrt(m.quantity / top) if top else R_MIN
        points.append(MapPoint(m, x, y, round(r, 1), round(y + r + 12, 1), rank < LABELLED))
    return MapFigure(points, _grid(project, lon0, lat0, lon1, lat1))


def _grid(
    project: _Projection, lon0: float, lat0: float, lon1: float, lat1: float
) -> list[GridLine]:
    lines = []
    for lon in range(math.ceil(lon0 / 5) * 5, math.floor(lon1) + 1, 5):
        x1, y1 = project(lat1, lon)
        x2, y2 = project(lat0, lon)
        lines.append(GridLine(x1, y1, x2, y2, f"{lon}°E", x2 + 3, y2 - 4))
    for lat in range(math.ceil(lat0 / 5) * 5, math.floor(lat1) + 1, 5):
        x1, y1 = project(lat, lon0)
        x2, y2 = project(lat, lon1)
        lines.append(GridLine(x1, y1, x2, y2, f"{lat}°N", x1 + 3, y1 - 4))
    return lines


# -- timeline --------------------------------------------------------------------------------

CHART_W, CHART_H = 900, 280
_LEFT, _BOTTOM, _TOP = 48, 40, 16
SERIES = (
    ("ua", "launched"),
    ("ua", "intercepted"),
    ("ru", "launched"),
    ("ru", "intercepted"),
    ("other", "launched"),
    ("other", "intercepted"),
    ("unknown", "launched"),
    ("unknown", "intercepted"),
)


@dataclass(frozen=True, slots=True)
class Bar:
    side: str
    action: str
    value: int
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True, slots=True)
class NightColumn:
    night: str
    bars: list[Bar]
    label_x: float


@dataclass(frozen=True, slots=True)
class TimelineFigure:
    columns: list[NightColumn]
    series: list[tuple[str, str]]
    ticks: list[tuple[float, int]]  # (y, value)
    width: int = CHART_W
    height: int = CHART_H
    base_y: float = CHART_H - _BOTTOM
    left: float = _LEFT


def timeline_figure(nights: list[Night]) -> TimelineFigure:
    series = [s for s in SERIES if any(n.get(*s) for n in nights)]
    top = max((n.get(*s) for n in nights for s in series), default=0)
    top = _nice(top)
    plot_h = CHART_H - _BOTTOM - _TOP
    slot = (CHART_W - _LEFT - 8) / max(1, len(nights))
    bar_w = max(1.0, min(18.0, (slot - 6) / max(1, len(series))))
    columns = []
    for n, night in enumerate(nights):
        x0 = _LEFT + n * slot + (slot - bar_w * len(series)) / 2
        bars = []
        for k, (side, action) in enumerate(series):
            value = night.get(side, action)
            h = plot_h * value / top if top else 0.0
            y = CHART_H - _BOTTOM - h
            bars.append(
                Bar(
                    side,
                    action,
                    value,
                    round(x0 + k * bar_w, 1),
                    round(y, 1),
                    round(bar_w - 1, 1),
                    round(h, 1),
                )
            )
        columns.append(NightColumn(night.night, bars, round(_LEFT + n * slot + slot / 2, 1)))
    ticks = (
        [(round(CHART_H - _BOTTOM - plot_h * v / top, 1), v) for v in _tick_values(top)]
        if top
        else []
    )
    return TimelineFigure(columns, series, ticks)


def _nice(value: int) -> int:
    """The smallest 1, 2 or 5 times a power of ten at or above `value`."""
    if value <= 0:
        return 0
    power = 1
    while power * 10 <= value:
        power *= 10
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def _tick_values(top: int) -> list[int]:
    """Grid values from 0 to `top` (a 1, 2 or 5 times a power of ten): 4 or 5 even steps."""
    parts = next((n for n in (5, 4, 2) if top % n == 0), 1)
    return list(range(0, top + 1, max(1, top // parts)))
