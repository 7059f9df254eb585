"""Follow-ups (tindak lanjut): what an agency promised and what the DPRD asked of it.

A commitment is an agency speaking ("Kami akan...", "pihaknya siap...", "menargetkan...");
a request is the DPRD side asking ("meminta Dishub...", "Dinkes diharapkan...", or an order in
a councillor's quote: "Bangun sinergi..."). Who speaks decides: "Diskominfo akan menjadi..."
said by a councillor is a hope, not the agency's promise. In a news story the opening paragraph
sums up the rest, so a follow-up found only there is dropped when the body has one for the
same agency.
"""

import datetime
import re
from dataclasses import dataclass

from extraction.extractor.dates import find_deadline
from extraction.extractor.directory import OPD
from extraction.extractor.organizations import OrgMention
from extraction.extractor.people import DPRD_SIDE, OPD_SIDE, PersonMention, speaker_at
from extraction.extractor.text import Quote, Sentence

COMMITMENT, REQUEST = "commitment", "request"

_COMMIT = re.compile(
    r"\b(?:akan|berencana|siap|menargetkan|berjanji|berkomitmen|bakal)"
    r"(?:\s+(?:akan|segera|untuk|terus))*\s+",
    re.IGNORECASE,
)
_ASK = re.compile(
    r"\b(?:meminta|minta|mendorong|mendesak|menginstruksikan|merekomendasikan|menyarankan)\s+",
    re.IGNORECASE,
)
_ASKED = re.compile(r"\s+(?:diminta|diharapkan|didorong|didesak|harus|wajib)\s+", re.I)
_CONDITION = re.compile(r"\b(?:jika|apabila|kalau|bila|seandainya)\b", re.IGNORECASE)
_STATE = re.compile(r"^(?:menjadi|jadi|ada|tetap|sulit|bisa|dapat|mampu)\b", re.IGNORECASE)
_LINK = re.compile(r"^[\s,]*(?:untuk|agar|supaya)?\s*", re.IGNORECASE)
_IMPERATIVES = {
    "bangun", "segera", "pastikan", "tingkatkan", "perbaiki", "lakukan", "siapkan", "selesaikan",
    "tolong", "mohon", "perkuat", "optimalkan", "awasi", "tuntaskan", "percepat", "benahi",
    "lengkapi", "sampaikan", "koordinasikan", "jangan",
}  # fmt: skip


@dataclass(frozen=True)
class FollowUp:
    start: int
    end: int
    kind: str
    owner: OrgMention
    text: str
    due: datetime.date | None
    confidence: float


def _clause(text: str) -> str:
    text = re.split(r"[”\"]|,\s*[”\"]", text)[0]
    text = _LINK.sub("", text).strip().rstrip(".,;")
    return text[:1].upper() + text[1:]


def _subject(sentence: Sentence, before: int, people, orgs) -> PersonMention | OrgMention | None:
    """The person or organization named last before `before` (an offset) in the sentence."""
    found = None
    for person in people:
        if sentence.start <= person.start and person.end <= before:
            found = person
    if found:
        return found
    for org in orgs:
        if sentence.start <= org.start and org.end <= before:
            found = org
    return found


def _side_of(subject, speaker: PersonMention | None) -> str | None:
    if isinstance(subject, PersonMention):
        return subject.side
    if isinstance(subject, OrgMention):
        return OPD_SIDE if subject.kind == OPD else DPRD_SIDE
    return speaker.side if speaker else None


def _owner_of(subject, speaker: PersonMention | None) -> OrgMention | None:
    if isinstance(subject, OrgMention):
        return subject if subject.kind == OPD else None
    person = subject if isinstance(subject, PersonMention) else speaker
    return person.organization if person and person.side == OPD_SIDE else None


@dataclass
class _Context:
    text: str
    people: list
    orgs: list
    agencies: list
    attended: list
    quotes: list
    base: datetime.date | None
    published: datetime.date | None


def _commitment(ctx: _Context, sentence: Sentence, speaker) -> FollowUp | None:
    for m in _COMMIT.finditer(sentence.text):
        action = sentence.text[m.end() :]
        if _CONDITION.search(sentence.text[: m.start()]) or _STATE.match(action):
            continue
        subject = _subject(sentence, sentence.start + m.start(), ctx.people, ctx.orgs)
        if _side_of(subject, speaker) != OPD_SIDE:
            return None
        owner = _owner_of(subject, speaker)
        if owner is None:
            return None
        return _make(ctx, sentence, COMMITMENT, owner, action, 0.75)
    return None


def _request(ctx: _Context, sentence: Sentence, speaker, quote: Quote | None) -> FollowUp | None:
    for m in _ASK.finditer(sentence.text):
        subject = _subject(sentence, sentence.start + m.start(), ctx.people, ctx.orgs)
        if _side_of(subject, speaker) != DPRD_SIDE:
            continue
        at = sentence.start + m.end()
        owner = next((a for a in ctx.agencies if at <= a.start <= at + 3), None)
        if owner:
            return _make(ctx, sentence, REQUEST, owner, ctx.text[owner.end : sentence.end], 0.8)
    for m in _ASKED.finditer(sentence.text):
        at = sentence.start + m.start()
        owner = next((a for a in ctx.agencies if at - 3 <= a.end <= at), None)
        action = sentence.text[m.end() :]
        if owner and not _STATE.match(action) and (speaker is None or speaker.side != OPD_SIDE):
            return _make(ctx, sentence, REQUEST, owner, action, 0.7)
    return _imperative(ctx, sentence, speaker, quote)


def _imperative(ctx: _Context, sentence: Sentence, speaker, quote: Quote | None):
    if quote is None or speaker is None or speaker.side != DPRD_SIDE:
        return None
    words = sentence.text.lstrip("“\"‘' ").split()
    if len(words) < 3 or words[0].lower().strip(",") not in _IMPERATIVES:
        return None
    if words[0].lower() == "jangan" and words[1].lower() == "sampai":
        return None
    named = [a for a in ctx.agencies if quote.start <= a.start < quote.end]
    owner = (named or (ctx.attended if len(ctx.attended) == 1 else []) or [None])[0]
    if owner is None:
        return None
    return _make(ctx, sentence, REQUEST, owner, sentence.text.lstrip("“\"‘' "), 0.6)


def _make(ctx: _Context, sentence: Sentence, kind: str, owner, action: str, confidence):
    due = find_deadline(sentence.text, base=ctx.base, published=ctx.published)
    return FollowUp(sentence.start, sentence.end, kind, owner, _clause(action), due, confidence)


def find_follow_ups(
    *,
    text: str,
    sentences: list[Sentence],
    quotes: list[Quote],
    people: list[PersonMention],
    orgs: list[OrgMention],
    attended: list[OrgMention],
    body_start: int,
    lead_paragraph: int | None,
    base: datetime.date | None,
    published: datetime.date | None,
) -> list[FollowUp]:
    agencies = [o for o in orgs if o.kind == OPD]
    ctx = _Context(text, people, orgs, agencies, attended, quotes, base, published)
    found: list[tuple[FollowUp, int]] = []
    speaker = None
    for sentence in sentences:
        speaker = speaker_at(sentence, people, speaker)
        if sentence.start < body_start:
            continue
        quote = next((q for q in quotes if q.start <= sentence.start < q.end), None)
        follow_up = _commitment(ctx, sentence, speaker) or _request(ctx, sentence, speaker, quote)
        if follow_up and follow_up.text:
            found.append((follow_up, sentence.paragraph))
    in_body = {f.owner.label for f, paragraph in found if paragraph != lead_paragraph}
    return [
        f for f, paragraph in found if paragraph != lead_paragraph or f.owner.label not in in_body
    ]
