"""The scoreboard's charts tell the truth: every axis label is the value its grid line stands
at, read back from the drawing itself (a bar's length per unit and where bars start)."""

import re
import xml.etree.ElementTree as ET

import pytest

from accountability.charts import Series, column_groups, nice_axis, stacked_bars
from accountability.periods import Quarter
from accountability.selectors.attendance import HeadAttendance
from accountability.selectors.figures import Figures
from accountability.selectors.scoreboard import Row
from accountability.visuals import attendance_chart, status_chart, trend_chart
from tests.factories import AgencyFactory

SVG = "{http://www.w3.org/2000/svg}"
SERIES = [Series("a", "#000"), Series("b", "#111")]


def parse(chart) -> ET.Element:
    return ET.fromstring(str(chart))


def bars(svg: ET.Element) -> list[tuple[ET.Element, int]]:
    """Each bar with the number its tooltip states ("label: series 3")."""
    found = []
    for rect in svg.iter(f"{SVG}rect"):
        if rect.get("class") == "bar":
            value = int(re.search(r"(\d+)$", rect.find(f"{SVG}title").text).group(1))
            found.append((rect, value))
    return found


def ticks(svg: ET.Element) -> list[ET.Element]:
    return [text for text in svg.iter(f"{SVG}text") if text.get("class") == "tick"]


def scale(drawn, dimension: str) -> float:
    """Drawn length per unit, read off the longest bar; every bar is on that one scale (the
    drawing rounds lengths to a tenth of a unit)."""
    longest, value = max(drawn, key=lambda item: item[1])
    per_unit = float(longest.get(dimension)) / value
    for rect, value in drawn:
        assert float(rect.get(dimension)) == pytest.approx(value * per_unit, abs=0.1)
    return per_unit


def assert_vertical_ticks_honest(svg: ET.Element) -> None:
    drawn = bars(svg)
    assert drawn
    per_unit = scale(drawn, "height")
    baseline = max(float(rect.get("y")) + float(rect.get("height")) for rect, _ in drawn)
    for rect, _ in drawn:
        assert float(rect.get("y")) + float(rect.get("height")) == pytest.approx(baseline, abs=0.1)
    labels = ticks(svg)
    assert len(labels) >= 2
    for label in labels:
        assert label.get("dominant-baseline") == "middle"  # its y is its grid line's
        value = (baseline - float(label.get("y"))) / per_unit
        assert int(label.text) == pytest.approx(value, abs=0.05)
    values = [int(label.text) for label in labels]
    steps = {b - a for a, b in zip(values, values[1:], strict=False)}
    assert values[0] == 0 and len(steps) == 1 and steps.pop() >= 1
    assert values[-1] >= max(value for _, value in drawn)


def assert_horizontal_ticks_honest(svg: ET.Element) -> None:
    drawn = bars(svg)
    assert drawn
    per_unit = scale(drawn, "width")
    origin = min(float(rect.get("x")) for rect, _ in drawn)
    labels = ticks(svg)
    assert len(labels) >= 2
    for label in labels:
        assert label.get("text-anchor") == "middle"  # centred on its grid line
        value = (float(label.get("x")) - origin) / per_unit
        assert int(label.text) == pytest.approx(value, abs=0.05)
    values = [int(label.text) for label in labels]
    assert values[0] == 0 and len({b - a for a, b in zip(values, values[1:], strict=False)}) == 1


@pytest.mark.parametrize(
    ("highest", "step", "top"),
    [
        (0, 1, 1),
        (1, 1, 1),
        (5, 1, 5),
        (6, 2, 6),
        (4.5, 1, 5),
        (7, 2, 8),
        (11, 5, 15),
        (23, 5, 25),
        (26, 10, 30),
        (98, 20, 100),
        (130, 50, 150),
    ],
)
def test_nice_axis_uses_whole_steps_that_cover_the_highest(highest, step, top):
    axis = nice_axis(highest)
    assert (axis.step, axis.top) == (step, top)
    assert len(axis.ticks) <= 6


@pytest.mark.parametrize("highest", [1, 2, 3, 6, 7, 13, 48])
def test_columns_label_each_grid_line_with_its_value(highest):
    chart = column_groups(
        name="t",
        title="T",
        summary="S",
        description="D",
        series=SERIES,
        groups=[("Q1 2025", [highest, 2 if highest > 2 else 1]), ("Q2 2025", [1, highest])],
    )
    assert_vertical_ticks_honest(parse(chart))


@pytest.mark.parametrize("highest", [1, 3, 6, 9, 17])
def test_bars_label_each_grid_line_with_its_value(highest):
    chart = stacked_bars(
        name="t",
        title="T",
        summary="S",
        description="D",
        series=SERIES,
        rows=[("One", [highest, 0]), ("Two", [1, 1])],
    )
    assert_horizontal_ticks_honest(parse(chart))


def test_text_is_readable_on_a_phone():
    # Shrunk into a 390 px phone's 358 px column, no text may fall under 12 CSS px.
    chart = column_groups(
        name="t",
        title="T",
        summary="S",
        description="D",
        series=SERIES,
        groups=[(f"Q{n} 2025", [n, 1]) for n in range(1, 5)],
    )
    svg = parse(chart)
    width = float(svg.get("viewBox").split()[2])
    sizes = [float(text.get("font-size")) for text in svg.iter(f"{SVG}text")]
    assert min(sizes) * 358 / width >= 12


@pytest.mark.django_db
def test_scoreboard_charts_are_honest_and_titled():
    first, second = AgencyFactory(), AgencyFactory()
    rows = [
        Row(
            first,
            Figures(made=4, verified=2, on_time=1, overdue=2),
            HeadAttendance(present=2, represented=1, absent=3),
        ),
        Row(second, Figures(made=2, verified=2, on_time=2), HeadAttendance(present=1)),
    ]
    quarters = [
        (Quarter(2025, 1), Figures(made=6, verified=2, on_time=1, overdue=2)),
        (Quarter(2025, 2), Figures(made=3, verified=1, on_time=1, overdue=0)),
    ]
    status = status_chart(name="agencies", title="Follow-ups of each agency", rows=rows)
    attendance = attendance_chart(rows)
    trend = trend_chart(quarters)
    assert_horizontal_ticks_honest(parse(status))
    assert_horizontal_ticks_honest(parse(attendance))
    assert_vertical_ticks_honest(parse(trend))
    assert str(first) in status.summary and "2" in status.summary
    assert "6" in trend.summary and "2025" in trend.summary
    assert "3" in attendance.summary and "7" in attendance.summary
    assert [row for row in status.table_rows] == [
        (str(first), [1, 1, 0, 0, 2, 0], 4),
        (str(second), [2, 0, 0, 0, 0, 0], 2),
    ]
