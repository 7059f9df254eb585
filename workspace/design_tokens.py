"""The design tokens of public/site.css as the design page shows them: colours with the contrast
of each declared pair, the type scale and the spacing scale, read from the stylesheet itself so
the page never disagrees with what the site serves."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.contrib.staticfiles import finders

STYLESHEET = "public/site.css"
_ROOT = re.compile(r":root\s*\{(.*?)\}", re.S)
_TOKEN = re.compile(r"--([a-z0-9-]+):\s*([^;]+);")
_PAIRS = re.compile(r"@(text|ui|decorative)\s+([^\n]+)")
# WCAG 2.2 AA: 1.4.3 (text) and 1.4.11 (user-interface parts).
MINIMUM = {"text": 4.5, "ui": 3.0}


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    hex_digits = colour.lstrip("#")
    if len(hex_digits) == 3:
        hex_digits = "".join(digit * 2 for digit in hex_digits)
    red, green, blue = (int(hex_digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Pair:
    kind: str  # "text" or "ui"
    foreground: str
    background: str
    foreground_value: str
    background_value: str

    @property
    def ratio(self) -> float:
        return round(contrast_ratio(self.foreground_value, self.background_value), 2)

    @property
    def minimum(self) -> float:
        return MINIMUM[self.kind]

    @property
    def passes(self) -> bool:
        return self.ratio >= self.minimum


@dataclass(frozen=True)
class Tokens:
    values: dict[str, str]
    pairs: list[Pair]
    decorative: list[str]

    def starting(self, prefix: str) -> list[tuple[str, str]]:
        return [(name, value) for name, value in self.values.items() if name.startswith(prefix)]

    @property
    def colours(self) -> list[tuple[str, str]]:
        return [(name, value) for name, value in self.values.items() if value.startswith("#")]


def parse(css: str) -> Tokens:
    values = {name: value.strip() for name, value in _TOKEN.findall(_ROOT.search(css)[1])}
    pairs, decorative = [], []
    for kind, names in _PAIRS.findall(css):
        if kind == "decorative":
            decorative.extend(names.split())
            continue
        for pair in names.split():
            foreground, background = pair.split("/")
            pairs.append(Pair(kind, foreground, background, values[foreground], values[background]))
    return Tokens(values=values, pairs=pairs, decorative=decorative)


@cache
def site_tokens() -> Tokens:
    return parse(Path(finders.find(STYLESHEET)).read_text(encoding="utf-8"))
