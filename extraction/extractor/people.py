"""People named with their office: "Wakil Ketua DPRD Kabupaten Probolinggo, Didik Humaidi,".

Reports introduce a speaker once with the full office, then use one name ("ujar Didik") or a
pronoun ("tegasnya"); `speaker_at` follows that thread so quotes can be attributed.
"""

import datetime
import re

from extraction.extractor.directory import OPD, Directory, OrgEntry, PersonEntry
from extraction.extractor.organizations import OrgMention
from extraction.extractor.people_listed import add_listed_people
from extraction.extractor.person_names import (
    AGENCY_WORDS,
    DPRD_SIDE,
    DPRD_TITLE,
    OFFICE,
    OPD_SIDE,
    OTHER_SIDE,
    TAIL_WORD,
    TITLES,
    PersonMention,
    name_after_place,
    name_at,
    office_org,
    orgs_within,
    side_of_office,
    strip_honorific,
)
from extraction.extractor.regions import kinds_of
from extraction.extractor.text import Sentence, norm


def find_people(
    text: str, orgs: list[OrgMention], directory: Directory, day: datetime.date | None
) -> list[PersonMention]:
    found: dict[str, PersonMention] = {}
    for m in OFFICE.finditer(text):
        mention = _titled_person(text, m, orgs, directory)
        if mention and norm(mention.name) not in found:
            found[norm(mention.name)] = mention
    add_listed_people(text, found, orgs)
    for entry in directory.people:
        _add_directory_person(text, entry, found, directory, day)
    people: dict[str, PersonMention] = {}
    for person in sorted(found.values(), key=lambda p: -len(p.name)):
        if (
            person.entry is None
            and " " not in person.name
            and (person.name.isupper() or norm(person.name) in AGENCY_WORDS)
        ):
            continue  # "anggota pansus LKPJ", "Kesbangpol": a short form, no name
        # "Faizal SE, Kepala Dinas ...", "Reflita S.Pd": degrees are no part of a name.
        person.name = strip_honorific(person.name) or person.name
        words = set(norm(person.name).split())
        if any(words < set(key.split()) for key in people):
            continue  # "Nizar" after "M. Nizar": the same person named short
        people.setdefault(norm(person.name), person)
    return sorted(people.values(), key=lambda p: p.start)


def _titled_person(text, m, orgs, directory) -> PersonMention | None:
    position, tail_end = m.end(), m.end()
    words = 0
    while words < 12 and (w := TAIL_WORD.match(text, position)):
        if w.group(0).endswith(".") and w.group(0).strip(" \t().") not in _ABBREVIATIONS:
            break  # "... Markus Tandi Lolo. Wakil Ketua I": the sentence has ended
        bracket = re.match(r"[ \t]*\((?=[A-Z][a-z])", text[position:])
        person = name_at(text, position + bracket.end()) if bracket else None
        if person and " " not in person[2] and text[person[1] : person[1] + 1] == ")":
            person = None  # "(Dishubkominfo)": a short form, no name
        if person and not any(o.start <= person[0] < o.end for o in orgs):
            # "Ketua Komisi III DPRD Pelalawan (Imustiar S.IP)": the name in brackets.
            return _person(text, m.start(), position, person, orgs, directory)
        position = w.end()
        words += 1
        if (comma := re.match(r"\s*,\s*", text[position:])) and (
            person := name_at(text, position + comma.end())
            or name_after_place(text, position + comma.end())
        ):
            return _person(text, m.start(), position, person, orgs, directory)
        tail_end = position
    # No comma between office and name: "Ketua Komisi III Mochammad Al-Fatih mengatakan".
    # The nearest agency the name follows: "Kabid Bapenda Indra Lesmana dan Kasubid Bapenda
    # Herlina" names Indra for the first office.
    ends = sorted({o.end for o in orgs if m.end() <= o.end <= tail_end})
    for end in ends:
        # "Plt Kepala Dinkes Kota Tarakan Witoyo": the agency's town before the name.
        if place := _TOWN_AFTER.match(text, end):
            end = place.end() if kinds_of(place.group(1)) else end
        person = name_at(text, end + 1) if text[end : end + 1] == " " else None
        if (
            person
            and (
                " " in person[2]
                or _SAID_AFTER.match(text, person[1])
                # "... Witoyo.", "Komisi C Margaret, mengatakan" (not "Damkar Morut, Wakapolres").
                or re.match(r"\.|,\s+[a-z]", text[person[1] : person[1] + 4])
            )
        ):
            return _person(text, m.start(), end, person, orgs, directory)
    # "Direktur Utama RS AR Bunda dr. H. Syamsul Rizal SpOG MM": a titled name ends the office.
    if re.match(r" " + TITLES, text[tail_end:]) and (person := name_at(text, tail_end + 1)):
        return _person(text, m.start(), tail_end, person, orgs, directory)
    # "Kabid Anggaran BKAD Dedi Kurniawan,": the name after a short form no list knows.
    after_acronym = re.search(
        r"\b(?!PT\b|CV\b)[A-Z]{2,}\b[ \t]+((?:[A-Z][a-z]+[ \t]*){2,4})$", text[m.end() : tail_end]
    )
    if after_acronym and re.match(r"\s*(?:,|\.|\s[a-z])", text[tail_end : tail_end + 3]):
        start = m.end() + after_acronym.start(1)
        if person := name_at(text, start):
            return _person(text, m.start(), start - 1, person, orgs, directory)
    # A bare office right before the name: "didampingi Wakil Ketua Yohanis Magai dan Sekretaris
    # Markus Tandi Lolo": of the body the sentence is about.
    if _BARE_OFFICE.fullmatch(m.group(0)) and text[m.end() : m.end() + 1] == " ":
        person = name_at(text, m.end() + 1)
        if person and not any(o.start == person[0] for o in orgs) and " " in person[2]:
            return _person(text, m.start(), m.end(), person, orgs, directory)
    return None


_ABBREVIATIONS = {
    "Kab",
    "Kec",
    "Kel",
    "Prov",
    "Ds",
    "H",
    "Hj",
    "Dr",
    "Ir",
    "Drs",
    "Muh",
    "Moh",
    "St",
}
# "Kepala Dinkes Budi mengatakan": one word after an office without a comma is a name only when
# the sentence goes on with what was said ("Kadis Disperindagkop Halbar" is a place).
_SAID_AFTER = re.compile(
    r"\s+(?:mengatakan|menyampaikan|menjelaskan|menegaskan|menyebut|mengungkapkan|meminta)\b"
)
_TOWN_AFTER = re.compile(
    r"[ \t]+(?:Kota|Kabupaten|Kab\.)[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?=[ \t]+[A-Z])"
)
_BARE_OFFICE = re.compile(r"(?:Wakil\s+Ketua|Sekretaris|Anggota)")
# "Wakil Ketua I DPRD Babel, Firmansyah, dan Wakil Ketua III, Junaidi": an office named bare
# after a DPRD office is of the same DPRD.
_BARE_TITLE = re.compile(r"(?:Wakil\s+)?(?:Ketua|Sekretaris|Anggota)(?:\s+[IVX\d]+)?")


def _person(text, start, title_end, person, orgs, directory) -> PersonMention:
    name_start, name_end, written = person
    title = text[start:title_end].strip()
    inside = orgs_within((start, title_end), orgs)
    side = side_of_office(title, inside)
    if side == OTHER_SIDE and _BARE_TITLE.fullmatch(title):
        if DPRD_TITLE.search(text[max(0, start - 120) : start]):
            side = DPRD_SIDE
    name = strip_honorific(written)
    entry = _directory_person(name, directory)
    confidence = 0.9 if entry else 0.8
    return PersonMention(
        start, name_end, name, title, side, office_org(side, inside), entry, confidence
    )


def _directory_person(name: str, directory: Directory) -> PersonEntry | None:
    wanted = norm(name)
    for entry in directory.people:
        if wanted in (norm(strip_honorific(entry.name)), norm(entry.form_of_address)):
            return entry
    return None


def _add_directory_person(text, entry, found, directory: Directory, day) -> None:
    """Someone the directory knows, named without an office we could read."""
    name = strip_honorific(entry.name)
    key = norm(name)
    if key in found or not key:
        return
    m = re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text)
    if not m:
        return
    offices = [o for o in entry.offices if o.held_on(day)] or list(entry.offices)
    office = offices[0] if offices else None
    org: OrgEntry | None = directory.by_id.get(office.organization_id) if office else None
    side = OTHER_SIDE
    if org is not None:
        side = OPD_SIDE if org.kind in (OPD, "external") else DPRD_SIDE
    title = office.label if office else ""
    found[key] = PersonMention(m.start(), m.end(), name, title, side, None, entry, 0.6)


def speaker_at(
    sentence: Sentence, people: list[PersonMention], previous: PersonMention | None
) -> PersonMention | None:
    """Who is speaking in a sentence: a person named in it, else the last one named before."""
    named = [p for p in people if sentence.start <= p.start < sentence.end]
    if named:
        return named[0]
    words = set(norm(sentence.text).split())
    for person in people:
        if person.start < sentence.end and person.short_names & words:
            return person
    return previous
