"""What every follow-up reader shares: the follow-up itself, the report it is read from, who
is the subject of a clause and who said it, and how the action is worded."""

import datetime
import re
from dataclasses import dataclass, replace

from extraction.extractor.deadlines import follow_up_due
from extraction.extractor.directory import EXTERNAL, OPD
from extraction.extractor.organizations import OrgMention
from extraction.extractor.person_names import DPRD_SIDE, OPD_SIDE, PersonMention
from extraction.extractor.text import Sentence

COMMITMENT, REQUEST = "commitment", "request"

ACTION_VERB = re.compile(r"^(?:segera\s+|lebih\s+|terus\s+)?(?:me|ber|mem|men|meng)\w+", re.I)
CONDITION = re.compile(r"\b(?:jika|apabila|kalau|bila|seandainya)\b", re.IGNORECASE)
STATE = re.compile(
    r"^(?:menjadi|jadi|ada|tetap|sulit|bisa|dapat|mampu)\b"
    # "yakin ... upah buruh akan naik": a forecast, no one's task.
    r"|^(?:naik|turun|meningkat|menurun|berkurang|bertambah|terjadi)\b\W*$",
    re.IGNORECASE,
)
LINK = re.compile(r"^[\s,]*(?:untuk|agar|supaya)?\s*", re.IGNORECASE)


@dataclass(frozen=True)
class FollowUp:
    start: int
    end: int
    kind: str
    owner: OrgMention
    text: str
    due: datetime.date | None
    confidence: float
    stated_by: str | None = None


def action_clause(text: str) -> str:
    text = re.split(
        r"[”\"]|,\s*[”\"]|,\s*dan\s+(?=meminta|minta|mendesak|\w+(?:\s+\w+)?\s+diminta)"
        # "kami jadwalkan ulang, dan KPU Maluku harus hadir ...": another party's task.
        r"|,\s*dan\s+(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:harus|wajib|perlu|diminta)\b)",
        text,
    )[0]
    text = LINK.sub("", text).strip().rstrip(".,;")
    return text[:1].upper() + text[1:]


def subject_of(sentence: Sentence, before: int, people, orgs) -> PersonMention | OrgMention | None:
    """The person or organization named last before `before` (an offset) in the sentence."""
    named = [p for p in people if sentence.start <= p.start and p.end <= before]
    if named:
        # "Ketua Komisi II, Hendra, didampingi Candra ... dan Rusli ..., memastikan ...": the
        # one the others accompany.
        first = named[0]
        if _ACCOMPANIED.match(sentence.text[first.end - sentence.start :]):
            return first
        return named[-1]
    named = [o for o in orgs if sentence.start <= o.start and o.end <= before]
    if not named:
        # "DPMPN juga meminta waktu ...": an agency the report named elsewhere by this word.
        head = sentence.text[: before - sentence.start]
        for org in (o for o in orgs if o.kind == OPD and " " not in o.label):
            if m := re.search(r"\b" + re.escape(org.label) + r"\b", head):
                start = sentence.start + m.start()
                return replace(org, start=start, end=start + len(org.label))
        return None
    # "Komisi C berencana mengundang ... Dinkes, dan meminta kontraktor ...": a second verb
    # after ", dan" shares the sentence's subject, not the last name before it.
    if _SHARED_SUBJECT.search(sentence.text[: before - sentence.start]):
        return min(named, key=lambda o: o.start)
    return max(named, key=lambda o: o.end)


_ACCOMPANIED = re.compile(r"[\s,]*(?:didampingi|bersama|beserta)\b", re.IGNORECASE)
_SHARED_SUBJECT = re.compile(r",\s*(?:dan|serta|lalu)\s+$")


def side_of(subject, speaker: PersonMention | None) -> str | None:
    if isinstance(subject, PersonMention):
        return subject.side
    if isinstance(subject, OrgMention):
        return OPD_SIDE if subject.kind == OPD else DPRD_SIDE
    return speaker.side if speaker else None


def owner_of(subject, speaker: PersonMention | None) -> OrgMention | None:
    if isinstance(subject, OrgMention):
        return subject if subject.kind == OPD else None
    person = subject if isinstance(subject, PersonMention) else speaker
    return person.organization if person and person.side == OPD_SIDE else None


@dataclass
class Context:
    text: str
    people: list
    orgs: list
    agencies: list
    attended: list
    quotes: list
    base: datetime.date | None
    published: datetime.date | None
    bodies: list = None
    planned: bool = False
    status: str | None = None
    sentences: list = ()


def who_said(subject, speaker, side: str | None = None) -> str | None:
    """Who said it: the person who is the subject, else the current speaker when on the side
    the follow-up comes from (a councillor's request, an official's promise)."""
    if isinstance(subject, PersonMention):
        return subject.name
    if speaker is not None and (side is None or speaker.side == side):
        return speaker.name
    return None


LEAD_IN = re.compile(r"^(?:Menurut(?:nya| \w+)|Ia|Dia|Pihaknya)\s*,?\s*", re.IGNORECASE)


# "Hearing akan dijadwalkan ulang" said of the body's own meeting is what the body does:
# "menjadwalkan ulang hearing".
_SET_AGAIN = re.compile(
    r"^(hearing|rapat|RDPU?|pertemuan|pembahasan|sidang)(?:nya)?\s+(?:akan\s+|segera\s+)?"
    r"di(jadwal(?:kan)?|agendakan)\s+(ulang|kembali)\b",
    re.IGNORECASE,
)


def _active_set_again(clause: str) -> str:
    m = _SET_AGAIN.match(clause)
    if m is None:
        return clause
    verb = "mengagendakan" if m.group(2).startswith("agenda") else "menjadwalkan"
    what = m.group(1) if m.group(1).isupper() else m.group(1).lower()
    return f"{verb} {m.group(3).lower()} {what}{clause[m.end() :]}"


def make(
    ctx: Context, sentence, kind: str, owner, action: str, confidence, stated_by=None
) -> FollowUp | None:
    clause = action_clause(action)
    if kind == COMMITMENT and owner.kind not in (OPD, EXTERNAL):
        clause = _active_set_again(clause)
        clause = clause[:1].upper() + clause[1:]
    if clause.endswith("?"):
        return None  # "“Apakah Dinkes akan menambah stok?” tanya Rina": a question, no promise
    due = follow_up_due(sentence, ctx.sentences, base=ctx.base, published=ctx.published)
    return FollowUp(sentence.start, sentence.end, kind, owner, clause, due, confidence, stated_by)
