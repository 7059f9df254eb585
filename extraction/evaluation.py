"""Scores the extractor against the corpus of reports with their expected drafts.

Each field gets precision (how many of the values extracted are right) and recall (how many of
the expected values were found), summed over the corpus. Names compare normalised; free text
(venue, topics, follow-ups) compares by word overlap, since a reviewer edits it anyway.
"""

import datetime
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extraction.extractor import Directory, extract
from extraction.extractor.aliases import GENERIC_AGENCIES
from extraction.extractor.regions import resolve
from extraction.extractor.text import norm, tokens

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
# The corpus in parts: "own" holds the reports written alongside the extractor (mostly about the
# demo regency); "dev" and "test" hold reports modelled on published news from many DPRDs (see
# corpus/catalogue.csv). "test" was split off before tuning and is not tuned on.
PARTS = {"own": CORPUS_DIR, "dev": CORPUS_DIR / "dev", "test": CORPUS_DIR / "test"}
FIELDS = [
    "is_meeting", "date", "time", "status", "rescheduled_date", "dprd", "other_dprd", "bodies",
    "kind", "venue", "opds", "opds_mentioned", "people", "people_side", "legislation", "topics",
    "commitments", "commitment_due", "commitment_stated_by", "additional_meetings",
]  # fmt: skip


@dataclass(frozen=True)
class Case:
    name: str
    text: str
    published: datetime.date | None
    expected: dict


@dataclass
class Score:
    correct: int = 0
    extracted: int = 0
    expected: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


def load_corpus(folder: Path = CORPUS_DIR) -> list[Case]:
    cases = []
    for path in sorted(folder.glob("*.txt")):
        answer = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        published = answer.get("published")
        cases.append(
            Case(
                name=path.stem,
                text=path.read_text(encoding="utf-8"),
                published=datetime.date.fromisoformat(published) if published else None,
                expected=answer["expected"],
            )
        )
    return cases


def _stem(token: str) -> str:
    """ "penyelesaiannya" is "penyelesaian" with "its": the clitic says nothing of the task."""
    return token[:-3] if len(token) > 6 and token.endswith("nya") else token


def similar(a: str, b: str) -> bool:
    left, right = {_stem(t) for t in tokens(a)}, {_stem(t) for t in tokens(b)}
    if not left or not right:
        return False
    return len(left & right) / min(len(left), len(right)) >= 0.7


def _same(a: str, b: str) -> bool:
    return tokens(a) == tokens(b)


_GOVERNMENT_AFTER = re.compile(
    r"\s+(?:provinsi|kabupaten|kab|kota|setda|setdakab|setdakot|setdaprov|setkab|setkot|pemprov|"
    r"pemkab|pemkot)\b.*$"
)
_NATIONAL = re.compile(r"(?:pt )?(pln|telkom|pertamina|bpjs kesehatan|bpjs ketenagakerjaan)\b")
_GENERIC = {
    spelling: label
    for label, spellings in GENERIC_AGENCIES.items()
    for spelling in (*spellings, norm(label))
}


def _same_org(a: str, b: str) -> bool:
    """ "Dinas PUPR" and "DPUPR", "Dinas Pendidikan" and "Dispendik" name the same agency: the
    usual names of one entry of the nomenclature table are one organisation. So are a national
    company and its local unit ("PLN", "PLN Kolonodale")."""
    if _same(a, b) or _GENERIC.get(norm(a), a) == _GENERIC.get(norm(b), b):
        return True
    # "Dinas Perhubungan Provinsi Jambi" and "Dishub", "Bagian Hukum Setda Sumbawa" and "Bagian
    # Hukum": the government an agency belongs to is no part of its name.
    bare = [_GOVERNMENT_AFTER.sub("", norm(name)) for name in (a, b)]
    parliament = any(norm(name).startswith(("dprd", "dpr ", "dprk")) for name in (a, b))
    if (
        not parliament
        and bare != [norm(a), norm(b)]
        and (bare[0] == bare[1] or _GENERIC.get(bare[0], bare[0]) == _GENERIC.get(bare[1], bare[1]))
    ):
        return True
    # "DPRD Purwakarta" as written and "DPRD Kabupaten Purwakarta": one of them leaves out the
    # kind of region.
    kinds = {"kabupaten", "kota", "provinsi"}
    words = [norm(name).split() for name in (a, b)]
    if all(w[:1] == ["dprd"] for w in words) and any(not kinds & set(w) for w in words):
        if [t for t in words[0] if t not in kinds] == [t for t in words[1] if t not in kinds]:
            return True
        # "DPRD Babel" and "DPRD Provinsi Kepulauan Bangka Belitung": the region's short name.
        regions = {_region_of(w[1:]) for w in words}
        if len(regions) == 1 and "" not in regions:
            return True
    brands = {_NATIONAL.match(norm(name)) for name in (a, b)}
    return None not in brands and len({m.group(1) for m in brands}) == 1


def _region_of(words: list[str]) -> str:
    kind = words[0] if words and words[0] in ("kabupaten", "kota", "provinsi") else ""
    place = " ".join(words[1:] if kind else words)
    return resolve(kind, place.title()) if place else ""


def _same_law(a: str, b: str) -> bool:
    """ "Ranperda tentang X" and "Raperda X" name the same draft regulation."""

    def key(name: str) -> list[str]:
        spelled = {"ranperda": "raperda"}
        return [spelled.get(t, t) for t in tokens(name) if t != "tentang"]

    return key(a) == key(b)


def _values(draft: dict, expected: dict) -> dict[str, tuple[list, list, Callable]]:
    """Per field: (extracted values, expected values, how two values match)."""

    def one(value):
        return [] if value is None else [value]

    def name(item):
        return item["name"] if item else None

    def follow_up(item):
        return (item["by"], item["kind"], item["text"])

    def due(items):
        return [(c["by"], c["kind"], c["due"]) for c in items if c.get("due")]

    def stated_by(items):
        return [(c["by"], c["stated_by"]) for c in items if c.get("stated_by")]

    def meeting(item):
        return (item.get("date"), item.get("kind"), tuple(sorted(item.get("bodies") or [])))

    def keyed(item):
        return {**item, "bodies": [b["key"] if isinstance(b, dict) else b for b in item["bodies"]]}

    # Keys the older expected drafts do not have are not scored for them.
    newer = "other_dprd" in expected
    people = draft["people"]
    return {
        "is_meeting": ([draft["is_meeting"]], [expected["is_meeting"]], lambda a, b: a == b),
        "date": (one(draft["date"]), one(expected["date"]), lambda a, b: a == b),
        "time": (one(draft["time"]), one(expected["time"]), lambda a, b: a == b),
        "status": (one(draft["status"]), one(expected["status"]), lambda a, b: a == b),
        "rescheduled_date": (
            one(draft["rescheduled_date"]),
            one(expected["rescheduled_date"]),
            lambda a, b: a == b,
        ),
        "dprd": (one(name(draft["dprd"])), one(expected["dprd"]), _same),
        "other_dprd": (
            [bool(draft.get("other_dprd"))] if newer and expected["is_meeting"] else [],
            [expected["other_dprd"]] if newer and expected["is_meeting"] else [],
            lambda a, b: a == b,
        ),
        "bodies": ([b["key"] for b in draft["bodies"]], expected["bodies"], lambda a, b: a == b),
        "kind": (one(draft["kind"]), one(expected["kind"]), lambda a, b: a == b),
        "venue": (one(name(draft["venue"])), one(expected["venue"]), similar),
        "opds": ([o["name"] for o in draft["opds"]], expected["opds"], _same_org),
        "opds_mentioned": (
            [o["name"] for o in draft["opds_mentioned"]],
            expected["opds_mentioned"],
            _same_org,
        ),
        "people": ([p["name"] for p in people], [p["name"] for p in expected["people"]], _same),
        "people_side": (
            [(p["name"], p["side"]) for p in people],
            [(p["name"], p["side"]) for p in expected["people"]],
            lambda a, b: _same(a[0], b[0]) and a[1] == b[1],
        ),
        "legislation": (
            [law["name"] for law in draft["legislation"]],
            expected["legislation"],
            _same_law,
        ),
        "topics": ([t["text"] for t in draft["topics"]], expected["topics"], similar),
        "commitments": (
            [follow_up(c) for c in draft["commitments"]],
            [follow_up(c) for c in expected["commitments"]],
            lambda a, b: _same_org(a[0], b[0]) and a[1] == b[1] and similar(a[2], b[2]),
        ),
        "commitment_due": (
            due(draft["commitments"]),
            due(expected["commitments"]),
            lambda a, b: _same_org(a[0], b[0]) and a[1:] == b[1:],
        ),
        "commitment_stated_by": (
            stated_by(draft["commitments"]) if newer else [],
            stated_by(expected["commitments"]) if newer else [],
            lambda a, b: _same_org(a[0], b[0]) and _same(a[1], b[1]),
        ),
        "additional_meetings": (
            [meeting(keyed(m)) for m in draft.get("additional_meetings", [])] if newer else [],
            [meeting(m) for m in expected.get("additional_meetings", [])],
            lambda a, b: a == b,
        ),
    }


def _match(extracted: list, expected: list, same: Callable) -> int:
    left = list(extracted)
    correct = 0
    for wanted in expected:
        hit = next((i for i, got in enumerate(left) if same(got, wanted)), None)
        if hit is not None:
            left.pop(hit)
            correct += 1
    return correct


def evaluate(*, cases: Iterable[Case], directory: Directory) -> dict[str, Score]:
    scores = {name: Score() for name in FIELDS}
    for case in cases:
        draft = extract(text=case.text, published=case.published, directory=directory)
        for name, (got, wanted, same) in _values(draft, case.expected).items():
            score = scores[name]
            correct = _match(got, wanted, same)
            score.correct += correct
            score.extracted += len(got)
            score.expected += len(wanted)
            if correct < max(len(got), len(wanted)):
                score.misses.append(f"{case.name}: got {got!r}, expected {wanted!r}")
    return scores
