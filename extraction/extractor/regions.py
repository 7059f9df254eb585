"""Every province, regency and city of Indonesia, to name the DPRD a report is about.

The list is the Kemendagri one shipped in `data/regions.json` (its `source` says where it comes
from). Reports shorten names ("DPRD Jatim", "DPRD Loteng", "DPRD Siantar") and often leave out
whether a regency or a city is meant; `resolve` turns what is written into a region key
("provinsi jawa timur", "kabupaten lombok tengah") and the name to show.
"""

import json
from functools import cache
from pathlib import Path

from extraction.extractor.text import norm

_DATA = Path(__file__).resolve().parent / "data" / "regions.json"

# Shortenings used in news for provinces, as normalised text.
PROVINCE_SHORT = {
    "sumut": "sumatera utara", "sumbar": "sumatera barat", "sumsel": "sumatera selatan",
    "jabar": "jawa barat", "jateng": "jawa tengah", "jatim": "jawa timur",
    "diy": "daerah istimewa yogyakarta", "yogyakarta": "daerah istimewa yogyakarta",
    "dki": "daerah khusus ibukota jakarta", "dki jakarta": "daerah khusus ibukota jakarta",
    "jakarta": "daerah khusus ibukota jakarta", "kalbar": "kalimantan barat",
    "kalteng": "kalimantan tengah", "kalsel": "kalimantan selatan", "kaltim": "kalimantan timur",
    "kaltara": "kalimantan utara", "sulut": "sulawesi utara", "sulteng": "sulawesi tengah",
    "sulsel": "sulawesi selatan", "sultra": "sulawesi tenggara", "sulbar": "sulawesi barat",
    "ntb": "nusa tenggara barat", "ntt": "nusa tenggara timur", "malut": "maluku utara",
    "kepri": "kepulauan riau", "babel": "kepulauan bangka belitung",
    "bangka belitung": "kepulauan bangka belitung", "sumatra utara": "sumatera utara",
    "sumatra barat": "sumatera barat", "sumatra selatan": "sumatera selatan",
}  # fmt: skip
# Shortenings of regencies and cities that reports use on their own.
PLACE_SHORT = {
    "siantar": "kota pematangsiantar", "pematang siantar": "kota pematangsiantar",
    "inhil": "kabupaten indragiri hilir", "inhu": "kabupaten indragiri hulu",
    "loteng": "kabupaten lombok tengah", "lobar": "kabupaten lombok barat",
    "lotim": "kabupaten lombok timur", "lutim": "kabupaten luwu timur",
    "lutra": "kabupaten luwu utara", "agara": "kabupaten aceh tenggara",
    "ksb": "kabupaten sumbawa barat", "palangka raya": "kota palangkaraya",
    "kukar": "kabupaten kutai kartanegara", "kutim": "kabupaten kutai timur",
    "pangkep": "kabupaten pangkajene dan kepulauan", "oki": "kabupaten ogan komering ilir",
    "tubaba": "kabupaten tulang bawang barat", "bolmong": "kabupaten bolaang mongondow",
    "solo": "kota surakarta", "ppu": "kabupaten penajam paser utara",
    "kotim": "kabupaten kotawaringin timur", "kobar": "kabupaten kotawaringin barat",
    "kbb": "kabupaten bandung barat", "halbar": "kabupaten halmahera barat",
    "halut": "kabupaten halmahera utara", "halsel": "kabupaten halmahera selatan",
    "halteng": "kabupaten halmahera tengah", "haltim": "kabupaten halmahera timur",
    "pesbar": "kabupaten pesisir barat", "tapsel": "kabupaten tapanuli selatan",
    "taput": "kabupaten tapanuli utara", "tapteng": "kabupaten tapanuli tengah",
    "sergai": "kabupaten serdang bedagai", "kubar": "kabupaten kutai barat",
    "mabar": "kabupaten manggarai barat", "kolut": "kabupaten kolaka utara",
    "konsel": "kabupaten konawe selatan", "sula": "kabupaten kepulauan sula",
    "konut": "kabupaten konawe utara",
}  # fmt: skip


@cache
def _tables() -> tuple[dict[str, str], dict[str, set[str]]]:
    """(region key -> name as written in the list, place name -> the kinds it exists as)."""
    names: dict[str, str] = {}
    kinds: dict[str, set[str]] = {}
    for code, name in json.loads(_DATA.read_text(encoding="utf-8"))["regions"]:
        if "." not in code:
            kind, place = "provinsi", name
        else:
            kind, _, place = name.partition(" ")
            kind = kind.lower()
        key = f"{kind} {norm(place)}"
        names[key] = place
        kinds.setdefault(norm(place), set()).add(kind)
    return names, kinds


def display_name(key: str) -> str:
    """ "kabupaten lombok tengah" -> "Kabupaten Lombok Tengah"."""
    names, _ = _tables()
    kind, _, place = key.partition(" ")
    return f"{kind.title()} {names.get(key, place.title())}"


def is_known(key: str) -> bool:
    return key in _tables()[0]


def kinds_of(place: str) -> set[str]:
    """The kinds of region a place name is: {"kabupaten", "kota"} for "Probolinggo"."""
    place = norm(place)
    if place in PROVINCE_SHORT:
        return {"provinsi"}
    short = PLACE_SHORT.get(place)
    if short:
        return {short.split(" ")[0]}
    return set(_tables()[1].get(place, set()))


def resolve(kind: str, place: str) -> str:
    """The region key for a place written after "DPRD" with the kind if it was written ("" if
    not): "provinsi jawa timur" for ("", "Jatim"); "" when the kind stays unknown."""
    place = norm(place)
    if place in PROVINCE_SHORT and kind in ("", "provinsi"):
        return f"provinsi {PROVINCE_SHORT[place]}"
    short = PLACE_SHORT.get(place)
    if short and (not kind or short.startswith(kind)):
        return short
    if kind:
        return f"{kind} {place}"
    found = _tables()[1].get(place, set())
    if len(found) == 1:
        return f"{next(iter(found))} {place}"
    if found == {"provinsi", "kabupaten"} or found == {"provinsi", "kota"}:
        return ""  # "Papua", "Gorontalo", "Bengkulu": needs a hint
    return ""


def is_shortening(place: str) -> bool:
    place = norm(place)
    return place in PROVINCE_SHORT or place in PLACE_SHORT


def longest_place(words: list[str]) -> int:
    """How many of the capitalised words after "DPRD" make a known place name (0 if none):
    "Lombok Tengah Gelar" -> 2."""
    _, kinds = _tables()
    for size in range(min(len(words), 5), 0, -1):
        place = norm(" ".join(words[:size]))
        if place in kinds or place in PROVINCE_SHORT or place in PLACE_SHORT:
            return size
    return 0
