"""People named in the other ways reports use: members listed after their office, a name before
its office, after "selaku", "yakni" or "dari pihak", in brackets with a fraction, as a
fraction's reader, a resident described after the name, or only after the verb that closes a
quote."""

import re

from extraction.extractor.directory import OPD
from extraction.extractor.organizations import OrgMention
from extraction.extractor.person_names import (
    DPRD_SIDE,
    DPRD_TITLE,
    EXECUTIVE_TITLE,
    NAME_WORDS,
    NOT_NAMES,
    NUMERAL,
    OPD_SIDE,
    OTHER_SIDE,
    TITLE_WORDS,
    PersonMention,
    office_org,
    orgs_within,
    side_of_office,
)
from extraction.extractor.regions import kinds_of
from extraction.extractor.text import norm

_MEMBERS = re.compile(
    r"\b[Aa]nggota(?:[ \t]+(?:[Kk]omisi|DPRD|DPRK|[Pp]ansus|Banleg|Banggar)(?:[ \t]+[IVX\dA-F]+)?)?"
    # "anggota Komisi B lainnya, yakni Cendrana ..., Chairil Natsir, dan Awaluddin Saruman".
    r"(?:[ \t]+lain(?:nya)?)?(?:,?[ \t]+(?:yakni|yaitu|antara[ \t]+lain|masing-masing|"
    # "anggota Komisi I diantaranya, Laurenzus Kadepa, ...", "termasuk Simon Dima, ...".
    r"di[ \t]?antaranya|termasuk),?)?"
    r"[ \t]+((?:" + NAME_WORDS + r")(?:[ \t]*\([^)]{1,30}\))?"
    r"(?:(?:,[ \t]*|,?[ \t]+dan[ \t]+|,?[ \t]+serta[ \t]+)(?:" + NAME_WORDS + r")"
    r"(?:[ \t]*\([^)]{1,30}\))?)*)"
)
_DESCRIBED = re.compile(
    # "“...,” ungkap Aswar, salah seorang warga": also right after the verb that ends a quote.
    r"(?:(?<![\w,] )|(?<=\bungkap )|(?<=\bkata )|(?<=\bujar )|(?<=\btegas )|(?<=\bjelas ))("
    + NAME_WORDS
    + r"),[ \t]+(?:salah[ \t]+seorang|seorang)[ \t]+"
    r"(warga|pedagang|petani|nelayan|aktivis|pengurus|anggota)\b"
)


_NAMED_AFTER_YAKNI = re.compile(
    r"\b((?i:kepala|ketua|sekretaris|direktur|camat)\b[^,.]{3,50}?)\s+(?:yakni|yaitu)\s+("
    + NAME_WORDS
    + r")(?=[ \t]*[,.)]|[ \t]+[a-z])"
)
_SAID_BY = re.compile(
    r"[,.]?[”\"]\s*(?:ucap|kata|ujar|tegas|ungkap|jelas|tutur|imbuh|pungkas|tandas|sebut)\s+("
    + NAME_WORDS
    + r")(?=[ \t]*[,.(]|[ \t]+(?:saat|ketika|usai|kepada|di|dalam)\b)"
)
_FROM_PARTY = re.compile(
    r"\b[Dd]ari\s+(?:pihak\s+)?((?:PT\.?\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}),\s+("
    + NAME_WORDS
    + r")"
    r"(?=[ \t]*[,.]|[ \t]+[a-z])"
)
_READ_BY = re.compile(
    r"\b[Ff]raksi\b[^.]{0,80}?\b(?:dibacakan|disampaikan)\s+oleh\s+(" + NAME_WORDS + r")"
    r"|\b[Ff]raksi\b[^.]{0,80}?\bjuru\s+bicara(?:nya)?,?\s+(" + NAME_WORDS + r")"
)
_OF_FRACTION = re.compile(
    r"\b(" + NAME_WORDS + r")(?:[ \t]+dari[ \t]+Fraksi\b|[ \t]*\(F[-.\s]*[A-Z][\w ]{1,20}\))"
)
_REPRESENTED = re.compile(
    r"\bdiwakili(?:[ \t]+oleh)?[ \t]+(?:[A-Za-z]+[ \t]+){0,4}?(?:[A-Za-z]+,[ \t]*)?("
    + NAME_WORDS
    + r")"
    r"(?=[ \t]*[,.)]|[ \t]+[a-z])"
)
_SAID = (
    "kata", "ujar", "menurut", "oleh", "tegas", "ungkap", "jelas", "tutur", "imbuh", "ucap",
    "terang", "papar", "sebut", "pungkas", "kata dia",
)  # fmt: skip
# Where a name before its office starts: a sentence, or the verb after the quote it ends ("“...,”
# tegas Rina Wulandari, Ketua Komisi B DPRD Medan.").
_NAME_FIRST = r"(?:^|(?<=[.!?]\s)|(?<=\n)|" + "|".join(rf"(?<={verb}\s)" for verb in _SAID) + r")"
_BEFORE_OFFICE = re.compile(
    _NAME_FIRST + r"(" + NAME_WORDS + r"),[ \t]+"
    r"((?:Wakil[ \t]+Ketua|Ketua|Sekretaris|Anggota|Kepala|Direktur|Koordinator)\b[^,.]{3,80})"
    r"(?:,|\.(?=\s|$)|$)"
    # "Rina Wulandari selaku Ketua Komisi III meminta ...": the office is its capitalised words.
    r"|" + _NAME_FIRST + r"(" + NAME_WORDS + r"),?[ \t]+selaku[ \t]+("
    r"(?:(?:Plt|Plh)\.?[ \t]+)?(?i:wakil[ \t]+ketua|ketua|sekretaris|anggota|kepala|direktur|"
    r"koordinator)(?:[ \t]+(?:[A-Z0-9][\w.'’/&-]*|dan|dari|DPRD))*)",
    re.MULTILINE,
)


def _new_name(name: str, found: dict) -> bool:
    """A name not yet found that is no office word and no place."""
    return norm(name).split()[0] not in NOT_NAMES and norm(name) not in found and not kinds_of(name)


def add_listed_people(text: str, found: dict, orgs: list[OrgMention]) -> None:
    for m in _MEMBERS.finditer(text):
        names = re.split(
            r"[ \t]*\([^)]*\)|,?[ \t]+dan[ \t]+|,?[ \t]+serta[ \t]+|,[ \t]*", m.group(1)
        )
        at, listed = m.start(1), False
        for name in filter(None, (n.strip() for n in names)):
            start = text.find(name, at)
            at = start + len(name)
            first = norm(name).split()[0]
            if first in NOT_NAMES or NUMERAL.match(name) or kinds_of(name):
                if listed:
                    break  # "anggota Komisi II, Ahmad, dan Kepala Dinas ...": the list ended
                continue
            if norm(name) in TITLE_WORDS:
                continue  # "Anggota Banggar, KH. Ahmad": the title before the name
            listed = True
            if norm(name) in found:
                continue
            found[norm(name)] = PersonMention(
                start, start + len(name), name, "Anggota", DPRD_SIDE, None, None, 0.6
            )
    for m in _REPRESENTED.finditer(text):
        # "Kepala Dinkes yang diwakili Sekretaris Dinkes, Ana Rahma": the one who came.
        name = m.group(1)
        if not _new_name(name, found):
            continue
        found[norm(name)] = PersonMention(m.start(1), m.end(1), name, "", OPD_SIDE, None, None, 0.5)
    for m in _BEFORE_OFFICE.finditer(text):
        # "Hamzah Ridwan, Ketua Komisi I DPRD Majene, mengatakan": the name before the office.
        at = 1 if m.group(1) else 3
        name, title = m.group(at), m.group(at + 1)
        if not _new_name(name, found):
            continue
        # The agency or body in the office is whom the person speaks for, as with the office
        # written first ("Bambang, Kepala DPUPR, memastikan pihaknya ..." promises for DPUPR).
        inside = orgs_within(m.span(at + 1), orgs)
        side = side_of_office(title, inside)
        found[norm(name)] = PersonMention(
            m.start(at), m.end(at), name, title, side, office_org(side, inside), None, 0.5
        )
    for m in _NAMED_AFTER_YAKNI.finditer(text):
        # "kepala dinas kesehatan yakni Febria Rachmanita": an office, then who holds it.
        name = m.group(2)
        if not _new_name(name, found):
            continue
        side = DPRD_SIDE if re.search(r"(?i)komisi|dprd|dewan|fraksi", m.group(1)) else OPD_SIDE
        found[norm(name)] = PersonMention(
            m.start(2), m.end(2), name, m.group(1), side, None, None, 0.5
        )
    for m in _FROM_PARTY.finditer(text):
        # "Dari pihak PDAM, Yunita memastikan ...": who speaks for an outside party.
        name = m.group(2)
        if not _new_name(name, found):
            continue
        inside = orgs_within(m.span(1), orgs)
        side = OPD_SIDE if any(o.kind == OPD for o in inside) else OTHER_SIDE
        found[norm(name)] = PersonMention(
            m.start(2), m.end(2), name, f"Perwakilan {m.group(1)}", side,
            office_org(side, inside), None, 0.5,
        )  # fmt: skip
    for m in _READ_BY.finditer(text):
        # "pandangan umum fraksi dibacakan oleh Agus Sugianto", "melalui juru bicaranya Sahlan".
        name = m.group(1) or m.group(2)
        if not _new_name(name, found):
            continue
        at = m.start(1) if m.group(1) else m.start(2)
        found[norm(name)] = PersonMention(
            at, at + len(name), name, "Fraksi", DPRD_SIDE, None, None, 0.5
        )
    for m in _OF_FRACTION.finditer(text):
        # "Hal senada disampaikan Dedi Kuswandi dari Fraksi Gerindra": a councillor.
        name = m.group(1)
        if not _new_name(name, found):
            continue
        found[norm(name)] = PersonMention(
            m.start(1), m.end(1), name, "Fraksi", DPRD_SIDE, None, None, 0.5
        )
    for m in _DESCRIBED.finditer(text):
        name = m.group(1)
        if not _new_name(name, found):
            continue
        found[norm(name)] = PersonMention(
            m.start(1), m.end(1), name, m.group(2), OTHER_SIDE, None, None, 0.5
        )
    for m in _SAID_BY.finditer(text):
        # "... tidak boleh diwakilkan,” ucap Junaedi, Selasa (28/8/2018).": a speaker named only
        # after the verb, whose office the report gave just before without a name.
        name = m.group(1)
        first = norm(name).split()[0]
        if (
            first in NOT_NAMES
            or kinds_of(name)
            or any(first in p.short_names for p in found.values())
        ):
            continue
        before = text[max(0, m.start() - 300) : m.start()]
        side = (
            DPRD_SIDE
            if DPRD_TITLE.search(before)
            else OPD_SIDE
            if EXECUTIVE_TITLE.search(before)
            else OTHER_SIDE
        )
        found[norm(name)] = PersonMention(m.start(1), m.end(1), name, "", side, None, None, 0.4)
