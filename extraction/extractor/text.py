"""Text plumbing shared by the extractor's parts: normalising, sentences, quotes.

Every finding keeps its span in the original text, so a reviewer can see where it came from;
normalised matching therefore carries a map back to the original offsets.
"""

import re
import unicodedata
from dataclasses import dataclass

_NON_WORD = re.compile(r"[^0-9a-z]+")


def norm(text: str) -> str:
    """Lower case, accents and punctuation gone, single spaces: for comparing names."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NON_WORD.sub(" ", plain).strip()


def tokens(text: str) -> list[str]:
    return norm(text).split()


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class Normalized:
    """The text normalised like `norm`, with each character's offset in the original, so a
    phrase found here (e.g. an agency's full name, whatever its commas) maps back."""

    def __init__(self, text: str):
        chars: list[str] = []
        offsets: list[int] = []
        for index, char in enumerate(text):
            plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode().lower()
            if plain and plain.isalnum():
                chars.append(plain[0])
                offsets.append(index)
            elif chars and chars[-1] != " ":
                chars.append(" ")
                offsets.append(index)
        self.text = "".join(chars)
        self.offsets = offsets

    def find_all(self, phrase: str) -> list[Span]:
        if not phrase:
            return []
        pattern = re.compile(r"(?<![0-9a-z])" + re.escape(phrase) + r"(?![0-9a-z])")
        return [
            Span(self.offsets[m.start()], self.offsets[m.end() - 1] + 1)
            for m in pattern.finditer(self.text)
        ]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    text: str

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


# Abbreviations that end in a full stop without ending the sentence ("dr. Lilik", "H. Ahmad").
_NO_BREAK_BEFORE = {
    "dr", "drg", "h", "hj", "kh", "ir", "drs", "dra", "prof", "st", "no", "jl", "kec", "kab",
    "rp", "m", "s", "sh", "se", "sp", "pd", "ns", "plt", "plh", "tbk", "bpk", "ibu",
}  # fmt: skip
_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])")


def sentences(text: str) -> list[Sentence]:
    found = []
    offset = 0
    for paragraph, block in enumerate(text.split("\n")):
        start = 0
        for match in _BREAK.finditer(block):
            word = re.search(r"(\w+)\W*$", block[start : match.start() + 1])
            initial = len(word.group(1)) == 1 and word.group(1).isalpha() if word else False
            if initial and re.search(r"\bKomisi\s+\w\W*$", block[start : match.start() + 1]):
                initial = False  # "... yang diberikan Komisi B. Pihaknya ...": a body's letter
            if word and (word.group(1).lower() in _NO_BREAK_BEFORE or initial):
                continue
            found.append(_sentence(block, start, match.end(), offset, paragraph))
            start = match.end()
        if block[start:].strip():
            found.append(_sentence(block, start, len(block), offset, paragraph))
        offset += len(block) + 1
    return found


def _sentence(block: str, start: int, end: int, offset: int, paragraph: int) -> Sentence:
    piece = block[start:end]
    stripped = piece.rstrip()
    return Sentence(offset + start, offset + start + len(stripped), paragraph, stripped)


@dataclass(frozen=True)
class Quote:
    start: int
    end: int
    # What follows the closing mark up to the end of its sentence: ", tegasnya." / " kata Anita."
    attribution: str


_QUOTE = re.compile(r"[“\"]([^“”\"\n]{3,}?)[”\"]([^.\n]*)")


# The active prefix a base verb takes: "undang" is "mengundang", "panggil" "memanggil".
_PREFIXES = [
    ("k", "meng", 1), ("p", "mem", 1), ("t", "men", 1), ("s", "meny", 1),
    ("b", "mem", 0), ("f", "mem", 0), ("d", "men", 0), ("c", "men", 0), ("j", "men", 0),
    ("z", "men", 0), ("g", "meng", 0), ("h", "meng", 0),
    ("l", "me", 0), ("r", "me", 0), ("m", "me", 0), ("n", "me", 0), ("w", "me", 0), ("y", "me", 0),
]  # fmt: skip


def active_voice(clause: str) -> str:
    """ "kami undang kembali" tells what "mengundang kembali" does: the verb in the active form
    the rest of a draft's follow-ups use."""
    verb, _, rest = clause.partition(" ")
    lower = verb.lower()
    if not lower.isalpha() or lower.startswith(("me", "di", "ber", "ter")):
        return clause
    prefix = "meng" if lower[0] in "aeiou" else None
    drop = 0
    for letter, active, dropped in _PREFIXES:
        if lower[0] == letter:
            prefix, drop = active, dropped
            break
    if prefix is None:
        return clause
    return f"{prefix}{lower[drop:]} {rest}".strip()


def quotes(text: str) -> list[Quote]:
    return [Quote(m.start(), m.end(1) + 1, m.group(2)) for m in _QUOTE.finditer(text)]


def paragraphs(text: str) -> list[Span]:
    spans, offset = [], 0
    for block in text.split("\n"):
        if block.strip():
            spans.append(Span(offset, offset + len(block)))
        offset += len(block) + 1
    return spans
