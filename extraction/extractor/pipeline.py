"""One report in, one draft out: runs the parts in order and lays the draft out as JSON data.

Scalar fields hold their value directly (`date`, `time`, `status`, `kind`) with their confidence
and source span under `confidence` and `spans`; list items and matched records carry their own
`confidence` and `span` ([start, end) offsets into the text).
"""

import datetime
import re
from dataclasses import replace

from extraction.extractor.agencies import find_agencies
from extraction.extractor.aliases import PUBLIC_GROUPS
from extraction.extractor.attendance import split_agencies
from extraction.extractor.dates import (
    WEEKDAYS,
    DateMention,
    find_dates,
    find_times,
)
from extraction.extractor.deadlines import is_deadline_context
from extraction.extractor.directory import EXTERNAL, OPD, Directory
from extraction.extractor.followups import find_follow_ups
from extraction.extractor.kinds import (
    PLANNED,
    find_kind,
    find_status,
    is_meeting_sentence,
    public_counterpart,
    refine_kind,
    reports_meeting,
)
from extraction.extractor.meetings import find_further_meetings
from extraction.extractor.organizations import (
    find_bodies,
    find_dprds,
    main_dprd,
    text_region,
    unique,
)
from extraction.extractor.people import find_people
from extraction.extractor.places import find_legislation, find_topics, find_venue
from extraction.extractor.text import paragraphs, quotes, sentences, tokens

EMPTY_DIRECTORY = Directory()
_RELATIVE_WORD = re.compile(r"kemarin|besok|lusa|ini")
_ATTRIBUTION = re.compile(
    r"\b(?:ujar|kata|tegas|ucap|ungkap|jelas|tutur|sebut|terang|imbuh|tandas|papar|ujarnya|"
    r"katanya|tegasnya|ucapnya|ungkapnya|jelasnya|tuturnya|sebutnya|terangnya|dikonfirmasi|"
    # "Hal ini disampaikan ... saat ditemui Wartawan di Gedung DPRD, Rabu (14/07/2021)".
    r"ditemui|diwawancarai|dihubungi|wartawan|awak media)\b[^.()]{0,45}?,\s*"
    r"(?:di\s+[A-Z][\w ]{0,20},\s*)?$",
    re.IGNORECASE,
)
# The national parliament, whose commissions are numbered like a DPRD's.
_NATIONAL = re.compile(
    r"\bDPR\s*RI\b|\bDewan Perwakilan Rakyat\b(?!\s+(?:Daerah|Kabupaten|Kota|Papua))"
)
# "Rapat hari ini kami skors, dan akan kami lanjutkan Senin depan, 8 September 2025": a day
# the suspended meeting goes on is its new day.
_RESCHEDULED = re.compile(
    r"\b(?:menjadi|ke|hingga|sampai|pada|dijadwalkan (?:ulang|kembali)(?: pada)?|"
    r"(?:di|kami |kita )?lanjutkan(?: pada)?(?: \w+ depan,)?)\s+$",
    re.I,
)
_POSTPONE_WORD = re.compile(
    r"\b(ditunda|diundur|dijadwal(?:kan)? (?:ulang|kembali)|penundaan|dipindah(?:kan)?|digeser|"
    r"diskors|skors)\b",
    re.I,
)


def _span(start: int, end: int) -> list[int]:
    return [start, end]


def _layout(text: str) -> tuple[int, str, int | None]:
    """(where the body starts, the headline, the lead paragraph's index)."""
    blocks = paragraphs(text)
    headline, body_start = "", 0
    if blocks:
        first = text[blocks[0].start : blocks[0].end].strip()
        if len(first.split()) <= 30 and not first.endswith("."):
            headline = first
            body_start = blocks[1].start if len(blocks) > 1 else blocks[0].end
    lead = None
    for block in blocks:
        if block.start >= body_start and len(text[block.start : block.end].split()) >= 15:
            lead = text[: block.start].count("\n")
            break
    return body_start, headline, lead


def _empty(is_meeting: bool, confidence: float, headline: str) -> dict:
    return {
        "is_meeting": is_meeting,
        "title": headline,
        "date": None,
        "time": None,
        "time_zone": None,
        "status": None,
        "rescheduled_date": None,
        "dprd": None,
        "bodies": [],
        "kind": None,
        "venue": None,
        "opds": [],
        "opds_mentioned": [],
        "people": [],
        "legislation": [],
        "topics": [],
        "commitments": [],
        "other_dprd": False,
        "additional_meetings": [],
        "confidence": {"is_meeting": confidence},
        "spans": {},
    }


def _org(mention, confidence=None) -> dict:
    return {
        "name": mention.label,
        "id": mention.entry.id if mention.entry else None,
        "key": mention.key,
        "confidence": confidence if confidence is not None else mention.confidence,
        "span": _span(mention.start, mention.end),
    }


# A body named for what it decided or found, not as a party to this meeting: "sesuai keputusan
# Badan Musyawarah", "temuan Pansus Lahan", "unsur pimpinan DPRD".
_NAMED_ONLY_BEFORE = re.compile(
    r"\b(?:keputusan|surat|temuan|hasil kerja|dipanggil|disetujui|unsur|disposisi|lintas|"
    # "mengusulkan agar lembaga membentuk pansus": a body still to be formed.
    r"ditandatangani|kepada|membentuk|pembentukan|dibentuk)\s+$",
    re.IGNORECASE,
)
_ABSENT_AFTER = re.compile(r"^[^.]{0,40}?\b(?:tidak|tak|belum)\s+(?:hadir|ikut|datang)\b", re.I)
# "Pimpinan DPRD sebelumnya menerbitkan surat": the body acted on paper, not at the meeting.
_DECIDED_AFTER = re.compile(
    r"^\s*(?:[\w,]+\s+){0,4}?(?:menerbitkan|mengeluarkan|menandatangani|mendisposisikan|"
    r"menyetujui|memutuskan|menetapkan)\b",
    re.IGNORECASE,
)
# "Anggota Komisi B, Kemal", "anggota Komisi I (Faizal SE)": someone's office only.
_MEMBER_OF = re.compile(r"\b[Aa]nggota\s+$")


def _taking_part(text: str, bodies: list, mentions: list) -> list:
    """The bodies that are parties to the meeting. A body named only in someone's office
    ("Anggota Komisi B, Kemal") or for its decision or absence is not."""
    kept = []
    for body in bodies:
        own = [m for m in mentions if m.key == body.key]
        parties = [
            m
            for m in own
            if not _NAMED_ONLY_BEFORE.search(text[max(0, m.start - 25) : m.start])
            and not _ABSENT_AFTER.search(text[m.end : m.end + 60])
            and not _DECIDED_AFTER.search(text[m.end : m.end + 60])
        ]
        if not parties:
            continue
        if body.kind in ("komisi", "pimpinan") and all(
            _MEMBER_OF.search(text[max(0, m.start - 15) : m.start])
            and re.match(r"[^,.(]{0,40}[,(]", text[m.end : m.end + 45])
            for m in own
        ):
            continue  # only ever someone's office
        kept.append(body)
    return kept


# "... dibatalkan tanpa pemberitahuan resmi, Senin.": a day named alone, at the end of a
# sentence about the meeting, is the last such day up to the publication.
_BARE_WEEKDAY = re.compile(
    r",\s*(?:pada\s+)?(?:hari\s+)?(Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\s*[.,]", re.I
)


def _bare_weekday(sents, body_start, published) -> DateMention | None:
    if published is None:
        return None
    for sentence in sents:
        if sentence.start < body_start or not is_meeting_sentence(sentence.text):
            continue
        m = _BARE_WEEKDAY.search(sentence.text)
        if m and not _ATTRIBUTION.search(sentence.text[: m.start() + 1]):
            wanted = WEEKDAYS[m.group(1).lower().replace("'", "")]
            day = published - datetime.timedelta(days=(published.weekday() - wanted) % 7)
            start = sentence.start + m.start(1)
            return DateMention(start, start + len(m.group(1)), day, 0.5)
    return None


def _choose_date(text, sents, dates, kind_at):
    # The new date may follow in the next sentence: "Semula ... Selasa (4/11), namun dipindah
    # ke Kamis (6/11)".
    postponing = [
        s
        for i, s in enumerate(sents)
        if _POSTPONE_WORD.search(s.text)
        and (is_meeting_sentence(s.text) or (i and _POSTPONE_WORD.search(sents[i - 1].text)))
        or (i and _POSTPONE_WORD.search(sents[i - 1].text) and is_meeting_sentence(s.text))
    ]
    rescheduled = None
    candidates = []
    said_on = []
    quoted = quotes(text)
    for mention in dates:
        in_postponing = any(s.contains(mention.start) for s in postponing)
        if in_postponing and _RESCHEDULED.search(text[max(0, mention.start - 25) : mention.start]):
            rescheduled = rescheduled or mention
            continue
        if is_deadline_context(text, mention.start):
            continue
        if _ATTRIBUTION.search(text[max(0, mention.start - 60) : mention.start]):
            said_on.append(mention)
            continue  # "ujar Fahri, Kamis (1/5/2025)": when it was said, not held
        if _RELATIVE_WORD.fullmatch(text[mention.start : mention.end].split()[-1].lower()) and any(
            q.start <= mention.start < q.end for q in quoted
        ):
            continue  # "kemarin" inside a quote is the speaker's yesterday
        sentence = next((s for s in sents if s.contains(mention.start)), None)
        score = 0
        if sentence and is_meeting_sentence(sentence.text):
            score += 1
        if sentence and sentence.contains(kind_at):
            score += 1
        candidates.append((score, -mention.start, mention))
    chosen = max(candidates, key=lambda c: c[:2])[2] if candidates else None
    if chosen is None and said_on and not PLANNED.search(text):
        # "..., ujarnya ketika ditemui di Gedung DPRD, Rabu (12/6)" and no other day: a report
        # of a meeting held is told the day it was held.
        chosen = replace(said_on[-1], confidence=0.4)
    return chosen, rescheduled


# "baru dibuka pukul 10.20", "berakhir pukul 22.30": not the time the meeting was set for.
_NOT_SCHEDULED = re.compile(
    r"\b(?:baru|berakhir|hingga|sampai|selesai|molor|terlambat|ditutup)\b[^.]{0,25}$", re.I
)


def _choose_time(text, sents, times, date_mention):
    times = [t for t in times if not _NOT_SCHEDULED.search(text[max(0, t.start - 30) : t.start])]
    if date_mention:
        sentence = next((s for s in sents if s.contains(date_mention.start)), None)
        same = [t for t in times if sentence and sentence.contains(t.start)]
        if same:
            return same[0]
    meeting = [
        t for t in times for s in sents if s.contains(t.start) and is_meeting_sentence(s.text)
    ]
    return meeting[0] if meeting else (times[0] if times else None)


def extract(
    *, text: str, published: datetime.date | None = None, directory: Directory = EMPTY_DIRECTORY
) -> dict:
    text = text.replace("\r\n", "\n")
    body_start, headline, lead = _layout(text)
    sents = sentences(text)
    dprd_mentions = find_dprds(text, directory)
    dprd = main_dprd(dprd_mentions, text)
    # A report about a DPRD the directory does not hold is drafted without the directory: its
    # rooms, agencies and people belong to the installation's own region, not that one.
    other_dprd = dprd is not None and dprd.entry is None
    own = EMPTY_DIRECTORY if other_dprd else directory
    region = text_region(text, dprd)
    body_mentions = find_bodies(text, dprd, own)
    bodies = _taking_part(text, unique(body_mentions), body_mentions)
    kind, kind_at, kind_confidence = find_kind(text)
    national = dprd is None and _NATIONAL.search(text)
    body_sentences = [s for s in sentences(text) if s.start >= body_start] or sentences(text)
    if not (dprd or bodies) or kind_at < 0 or national or not reports_meeting(body_sentences):
        return _empty(False, 0.8 if not (dprd or bodies) else 0.7, headline)

    all_dates = find_dates(text, published)
    date_mention, rescheduled = _choose_date(text, sents, all_dates, kind_at)
    date_mention = date_mention or _bare_weekday(sents, body_start, published)
    date = date_mention.value if date_mention else None
    body = [s for s in sents if s.start >= body_start]
    status, status_confidence, status_sentence = find_status(body, date, published)
    if status == "cancelled" and rescheduled is not None:
        # Put off to a day and then called off: the meeting that did not happen is that day's.
        date_mention, rescheduled = rescheduled, None
        date = date_mention.value
    agencies = find_agencies(text, own, region, body_start)
    people = [
        p
        for p in find_people(text, [*dprd_mentions, *body_mentions, *agencies], own, date)
        if p.start >= body_start or p.entry is not None  # a headline capitalises every word
    ]
    attended, mentioned = split_agencies(text, sents, agencies, people, status == "planned")
    further = find_further_meetings(
        sentences=sents,
        dates=all_dates,
        bodies=[m for m in body_mentions if m.key in {b.key for b in bodies}],
        agencies=agencies,
        main_date=date,
        main_status=status,
        published=published,
        body_start=body_start,
    )
    # What belongs to a further meeting only is not the main meeting's.
    elsewhere = [s for meeting in further for s in meeting.sentences]
    only_there = {b.key for m in further for b in m.bodies} - {
        b.key
        for b in body_mentions
        if not any(s.contains(b.start) for s in elsewhere) and m_in_text(b, body_start)
    }
    bodies = [b for b in bodies if b.key not in only_there]
    invited_later = {a.label for m in further for a in m.agencies}

    def here_too(a) -> bool:
        """Named outside the further meetings' sentences as well."""
        return a.label not in invited_later or any(
            x.label == a.label and not any(s.contains(x.start) for s in elsewhere) for x in agencies
        )

    attended = [a for a in attended if here_too(a)]
    # Invited to the later meeting only: that meeting's, not mentioned in this one.
    mentioned = [a for a in mentioned if here_too(a)]
    public = public_counterpart(body, PUBLIC_GROUPS)
    kind = refine_kind(kind, bodies, bool(attended), public)
    time = _choose_time(text, sents, find_times(text), date_mention)
    venue = find_venue(text, body, agencies, own, region)
    laws = find_legislation(text, body_start, own, region)
    topics = find_topics(sents, body_start, planned=status == "planned")
    follow_ups = find_follow_ups(
        text=text,
        sentences=sents,
        quotes=quotes(text),
        people=people,
        orgs=[*dprd_mentions, *body_mentions, *agencies],
        attended=attended,
        body_start=body_start,
        lead_paragraph=lead,
        base=date or published,
        published=published,
        bodies=bodies,
        planned=status == "planned",
        status=status,
    )
    scheduled = {b.key for m in further if m.status == "planned" for b in m.bodies}
    follow_ups = [f for f in follow_ups if not _is_a_scheduled_meeting(f, scheduled)]

    draft = _empty(True, kind_confidence + (0.1 if dprd else 0), headline)
    spans, confidence = draft["spans"], draft["confidence"]
    if date_mention:
        draft["date"] = date.isoformat()
        spans["date"] = _span(date_mention.start, date_mention.end)
        confidence["date"] = date_mention.confidence
    if rescheduled:
        draft["rescheduled_date"] = rescheduled.value.isoformat()
        spans["rescheduled_date"] = _span(rescheduled.start, rescheduled.end)
        confidence["rescheduled_date"] = rescheduled.confidence
    if time:
        draft["time"], draft["time_zone"] = time.value, time.zone or None
        spans["time"] = _span(time.start, time.end)
        confidence["time"] = 0.9
    draft["status"] = status
    confidence["status"] = status_confidence
    if status_sentence:
        spans["status"] = _span(status_sentence.start, status_sentence.end)
    if kind:
        draft["kind"] = kind
        confidence["kind"] = kind_confidence
        spans["kind"] = _span(kind_at, kind_at)
    if dprd:
        draft["dprd"] = _org(dprd)
    draft["other_dprd"] = other_dprd
    draft["bodies"] = [_org(b) for b in bodies]
    draft["opds"] = [_org(a) for a in attended]
    draft["opds_mentioned"] = [_org(a, min(a.confidence, 0.6)) for a in mentioned]
    if venue:
        draft["venue"] = {
            "name": venue.label,
            "id": venue.entry.id if venue.entry else None,
            "confidence": venue.confidence,
            "span": _span(venue.start, venue.end),
        }
    draft["people"] = [_person(p) for p in people]
    draft["legislation"] = [
        {
            "name": law.label,
            "id": law.entry.id if law.entry else None,
            "title": law.entry.title if law.entry else law.label,
            "confidence": law.confidence,
            "span": _span(law.start, law.end),
        }
        for law in laws
    ]
    draft["topics"] = [
        {"text": t.label, "confidence": t.confidence, "span": _span(t.start, t.end)}
        for t in [*laws, *_beyond_laws(topics, laws)]
    ]
    draft["commitments"] = [_follow_up(f) for f in follow_ups]
    draft["additional_meetings"] = [_further(m, draft) for m in further]
    return draft


_CALLS_A_MEETING = re.compile(
    r"^(?:Mengundang|Memanggil|Menggelar|Mengagendakan|Menjadwalkan)\b(?!\s+(?:kembali|ulang))",
    re.IGNORECASE,
)


def _is_a_scheduled_meeting(follow_up, scheduled: set[str]) -> bool:
    """ "Komisi D akan menggelar RDP pada hari Jumat ... “Kami akan mengundang instansi terkait”":
    a body's promise to call the meeting the report already schedules for it is that meeting
    (kept under further meetings), not a follow-up; calling someone again ("kembali") still is
    one, and so is another body's invitation."""
    return (
        follow_up.owner.kind not in (OPD, EXTERNAL)
        and follow_up.owner.key in scheduled
        and follow_up.kind == "commitment"
        and bool(_CALLS_A_MEETING.match(follow_up.text))
    )


def _beyond_laws(topics: list, laws: list) -> list:
    """ "penyampaian laporan Pansus B tentang Ranperda X" where "Raperda X" is already a topic:
    the draft regulation says what the meeting was about; the sentence around it adds nothing."""

    def words(text: str) -> set[str]:
        return {"raperda" if w == "ranperda" else w for w in tokens(text)}

    named = [words(law.label) for law in laws]
    return [t for t in topics if not any(law <= words(t.label) for law in named)]


def m_in_text(mention, body_start: int) -> bool:
    return mention.start >= body_start


def _further(meeting, main: dict) -> dict:
    """A further meeting laid out with the main meeting's keys."""
    laid = _empty(True, 0.6, main["title"])
    laid.pop("additional_meetings")
    laid.update(
        date=meeting.date.isoformat() if meeting.date else None,
        status=meeting.status,
        kind=meeting.kind,
        dprd=main["dprd"],
        other_dprd=main["other_dprd"],
        bodies=[_org(b) for b in meeting.bodies],
        opds=[_org(a) for a in unique_by_label(meeting.agencies)],
    )
    if meeting.sentences:
        laid["spans"]["meeting"] = _span(meeting.sentences[0].start, meeting.sentences[-1].end)
    return laid


def unique_by_label(mentions: list) -> list:
    seen: dict[str, object] = {}
    for mention in mentions:
        seen.setdefault(mention.label, mention)
    return list(seen.values())


def _person(p) -> dict:
    org = p.organization
    return {
        "name": p.name,
        "title": p.title,
        "side": p.side,
        "person_id": p.entry.id if p.entry else None,
        "organization": org.label if org else None,
        "organization_id": org.entry.id if org and org.entry else None,
        "confidence": p.confidence,
        "span": _span(p.start, p.end),
    }


def _follow_up(f) -> dict:
    return {
        "by": f.owner.label,
        "by_id": f.owner.entry.id if f.owner.entry and f.owner.kind == OPD else None,
        "text": f.text,
        "kind": f.kind,
        "due": f.due.isoformat() if f.due else None,
        "stated_by": f.stated_by,
        "confidence": f.confidence,
        "span": _span(f.start, f.end),
    }
