"""Follow-ups (tindak lanjut): what an agency or the DPRD promised and what the DPRD asked.

A commitment is an agency speaking ("Kami akan...", "pihaknya siap...", "menargetkan...");
a request is the DPRD side asking ("meminta Dishub...", "Dinkes diharapkan...", or an order in
a councillor's quote: "Bangun sinergi..."). Who speaks decides: "Diskominfo akan menjadi..."
said by a councillor is a hope, not the agency's promise. In a news story the opening paragraph
sums up the rest, so a follow-up found only there is dropped when the body has one for the
same agency.

Besides agencies, a follow-up can be owed by the DPRD body itself ("Komisi I akan menjadwalkan
ulang RDP") or by an outside party the DPRD asks ("meminta PT KIMA segera memberi izin"). Each
keeps who said it (`stated_by`).

Promises are read in `promises.py`, requests in `asks.py`, what both share in
`follow_up_core.py`; this module walks the report and adds what spans a report: who a quote's
attribution names, a list of agreed points, a list of demands split into tasks.
"""

import datetime
import re
from dataclasses import replace

from extraction.extractor.asks import request_in
from extraction.extractor.directory import EXTERNAL, OPD
from extraction.extractor.follow_up_core import (
    COMMITMENT,
    REQUEST,
    Context,
    FollowUp,
    make,
)
from extraction.extractor.organizations import OrgMention
from extraction.extractor.parties import (
    outside_party_at,
)
from extraction.extractor.people import speaker_at
from extraction.extractor.person_names import DPRD_SIDE, PersonMention
from extraction.extractor.promises import promise_in, rescheduling_in
from extraction.extractor.text import Quote, Sentence, norm


def _attributed(quote: Quote | None, text: str, people) -> PersonMention | None:
    """ "“Kami minta ... . Laporannya ...,” tegas Ketua Komisi III, Rina.": every sentence of
    a quote is said by the person its closing attribution names, not by the one named before."""
    if quote is None or not quote.attribution.strip():
        return None
    end = quote.end + len(quote.attribution)
    named = [p for p in people if quote.end <= p.start < end]
    if named:
        return named[0]
    words = set(norm(quote.attribution).split())
    return next((p for p in people if p.start < quote.start and p.short_names & words), None)


# "Komisi III meminta DPUPR ... . Hal itu disampaikan Ketua Komisi III, Rina, usai rapat.":
# the sentence after a reported request names who said it.
_DISCLOSED = re.compile(
    r"^(?:Hal|Permintaan|Pernyataan|Desakan|Janji|Komitmen)\s+(?:itu|tersebut|ini)\s+"
    r"(?:di(?:sampaikan|ungkapkan|katakan|tegaskan|jelaskan|utarakan)|dikemukakan)\b",
    re.IGNORECASE,
)


def _disclosed(follow_up: FollowUp, sentences: list[Sentence], people) -> FollowUp:
    if follow_up.stated_by is not None:
        return follow_up
    following = next((s for s in sentences if s.start >= follow_up.end), None)
    if following is None or not _DISCLOSED.match(following.text):
        return follow_up
    side = DPRD_SIDE if follow_up.kind == REQUEST else None
    named = [p for p in people if following.start <= p.start < following.end]
    person = next((p for p in named if side is None or p.side == side), None)
    return replace(follow_up, stated_by=person.name) if person else follow_up


# "meminta Dinkes menyeimbangkan belanja pegawai ..., serta memaksimalkan program nasional":
# a list of demands is a task each; a promise keeps its details ("mengundang narasumber ...
# serta melibatkan Bupati").
_ALSO = re.compile(r",?\s+serta\s+(?=(?:me|ber)\w{3,})")


def _each_task(follow_up: FollowUp) -> list[FollowUp]:
    if follow_up.kind != REQUEST:
        return [follow_up]
    parts = [p.strip(" ,") for p in _ALSO.split(follow_up.text)]
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return [follow_up]
    return [replace(follow_up, text=p[:1].upper() + p[1:]) for p in parts]


# "para pihak menandatangani komitmen bersama berisi enam poin ...: PDAM segera memperbaiki ...;
# DPRD Purwakarta mengawasi ...; dan Perumnas ikut bertanggung jawab.": each point is owed by the
# party it opens with.
_POINTS_INTRO = re.compile(
    r"\b(komitmen|kesepakatan|kesimpulan|rekomendasi)\b[^:;.]{0,80}:\s*", re.IGNORECASE
)


_POINT_PARTY = re.compile(r"((?:PT\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?=[a-z])")


def _points(ctx: Context, sentence: Sentence) -> list[FollowUp]:
    intro = _POINTS_INTRO.search(sentence.text)
    if intro is None or ";" not in sentence.text[intro.end() :]:
        return []
    kind = REQUEST if intro.group(1).lower() == "rekomendasi" else COMMITMENT
    points = []
    at = sentence.start + intro.end()
    for piece in sentence.text[intro.end() :].split(";"):
        lead = re.match(r"\s*(?:dan\s+)?", piece)
        start = at + lead.end()
        at += len(piece) + 1
        owner = next((o for o in ctx.orgs if o.start == start and o.kind != "komisi"), None)
        owner = owner or outside_party_at(ctx.text, start)
        if owner is None and (named := _POINT_PARTY.match(ctx.text, start)):
            # In a list of points each opens with its party: "dan Perumnas ikut ...".
            label = named.group(1)
            owner = OrgMention(start, named.end(1), label, EXTERNAL, label, None, 0.5)
        if owner is None or owner.label == "OPD":
            continue
        action = ctx.text[owner.end : start + len(piece) - lead.end()]
        point = make(ctx, sentence, kind, owner, action, 0.6)
        if point and point.text:
            points.append(point)
    return points


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
    bodies: list[OrgMention] | None = None,
    planned: bool = False,
    status: str | None = None,
) -> list[FollowUp]:
    agencies = [o for o in orgs if o.kind == OPD]
    ctx = Context(
        text, people, orgs, agencies, attended, quotes, base, published, bodies or [], planned,
        status, sentences,
    )  # fmt: skip
    found: list[tuple[FollowUp, int]] = []
    speaker = None
    for sentence in sentences:
        speaker = speaker_at(sentence, people, speaker)
        if sentence.start < body_start:
            continue
        quote = next((q for q in quotes if q.start <= sentence.start < q.end), None)
        speaker = _attributed(quote, text, people) or speaker
        for follow_up in (
            promise_in(ctx, sentence, speaker),
            request_in(ctx, sentence, speaker, quote),
            rescheduling_in(ctx, sentence, speaker),
        ):
            if follow_up and follow_up.text:
                found.extend((part, sentence.paragraph) for part in _each_task(follow_up))
        found.extend((point, sentence.paragraph) for point in _points(ctx, sentence))
    found = [(_disclosed(f, sentences, people), paragraph) for f, paragraph in found]
    # (A request in the lead and the agency's own promise in the body are two follow-ups.)
    in_body = {(f.owner.label, f.kind) for f, paragraph in found if paragraph != lead_paragraph}
    return [
        f
        for f, paragraph in found
        if paragraph != lead_paragraph or (f.owner.label, f.kind) not in in_body
    ]
