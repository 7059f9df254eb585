"""Which agencies a report says took part in the meeting, and which it only mentions.

An agency took part when someone speaks for it, or when a sentence about the meeting (or one
listing who came) names it after "bersama", "dengan", "dihadiri"... or as who gave the
explanation. A district named as a place, a section's secretariat and a building under
construction named after an agency are neither.
"""

import re

from extraction.extractor.agencies import EXPLAINED_BY, is_kecamatan, sent_someone, takes_part
from extraction.extractor.kinds import is_meeting_sentence

# A sentence that lists who came or was asked to come: "OPD mitra yang hadir antara lain ...".
_ATTENDANCE = re.compile(
    r"\b(hadir|dihadiri|menghadirkan|mengundang|diundang|undangan|memanggil|dipanggil|tamu|"
    r"tadi\s+ada)\b",
    re.I,
)
# "sidak ke proyek pembangunan RSUD Sedati": the hospital being built, no agency taking part.
_BUILT = re.compile(r"\b(?:proyek\s+)?pembangunan\s+(?:gedung\s+)?$", re.IGNORECASE)


def is_building(text: str, mention) -> bool:
    return bool(_BUILT.search(text[max(0, mention.start - 30) : mention.start]))


# "Kabag Hukum Setda Melawi": an office of a section, named before the secretariat it sits in.
_SECTION_OFFICE = re.compile(r"\b(?:Kabag|Kabid|Kasubag)(?:\s+[A-Z]\w*){1,3}\s+$")


def _sections_parents(text, agencies) -> set[str]:
    """ "Bagian Hukum Setda Melawi", each read as an agency: the secretariat only says where the
    section sits, unless it is named on its own elsewhere. (Where the directory knows the Setda
    the section is read as it, and the Setda stays.)"""

    def qualifies(mention) -> bool:
        if mention.entry is not None:
            return False
        after_section = any(0 <= mention.start - o.end <= 1 for o in agencies if o is not mention)
        return after_section or bool(
            _SECTION_OFFICE.search(text[max(0, mention.start - 40) : mention.start])
        )

    parents = {a.label for a in agencies if qualifies(a)}
    return parents - {a.label for a in agencies if not qualifies(a)}


def split_agencies(text, sents, agencies, people, planned: bool):
    """(the agencies that took part, those only mentioned)."""
    with_speaker = {p.organization.label for p in people if p.organization is not None}
    parents = _sections_parents(text, agencies)
    agencies = [a for a in agencies if a.label not in parents]
    attended: dict[str, object] = {}
    mentioned: dict[str, object] = {}
    for agency in agencies:
        sentence = next((s for s in sents if s.contains(agency.start)), None)
        if is_kecamatan(agency) and agency.label not in with_speaker:
            continue  # a district named as a place ("warga Kecamatan Gending"), not its office
        if is_building(text, agency):
            continue
        if (
            agency.label in with_speaker
            or sent_someone(text, agency)
            or (
                sentence
                and (
                    is_meeting_sentence(sentence.text)
                    or _ATTENDANCE.search(sentence.text)
                    or EXPLAINED_BY.search(sentence.text)
                )
                and takes_part(text, sentence.start, agency, planned)
            )
        ):
            attended.setdefault(agency.label, agency)
    for agency in agencies:
        if (
            agency.label not in attended
            and not is_kecamatan(agency)
            and not is_building(text, agency)
        ):
            mentioned.setdefault(agency.label, agency)
    return list(attended.values()), list(mentioned.values())
