"""Further meetings reported in the same text as the main one.

Two shapes are common in local news: two bodies meeting on different days in one sentence
("Komisi C sidak pada Selasa (7/10), sedangkan Komisi D sidak hari ini, Kamis (9/10)"), and a
meeting set after the one reported ("usai sidak, komisi akan menggelar RDP pada hari Jumat.
Yang diundang antara lain Dinkes ..."). Each further meeting is laid out with the main
meeting's keys, filled as far as the text tells.
"""

import datetime
import re
from dataclasses import dataclass, field

from extraction.extractor.dates import WEEKDAYS, DateMention
from extraction.extractor.kinds import KIND_PATTERNS, is_meeting_sentence
from extraction.extractor.organizations import OrgMention
from extraction.extractor.text import Sentence

_KINDS = [(kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in KIND_PATTERNS]
_FUTURE = re.compile(r"\b(akan|bakal|berencana|dijadwalkan|menjadwalkan)\b", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(
    r"\b(?:hari\s+|pada\s+)(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b(?!\s*[,(]?\s*\d)",
    re.IGNORECASE,
)
_SOON = re.compile(
    r"\b(?:hearing|rapat|RDP|pertemuan)\s+(?:kedua|lanjutan|berikutnya)\b[^.]{0,40}?"
    r"\b(?:pekan depan|minggu depan|dalam waktu dekat|bulan depan)\b",
    re.IGNORECASE,
)
_INVITED = re.compile(r"\b(diundang|mengundang|undangan)\b", re.IGNORECASE)


@dataclass
class FurtherMeeting:
    date: datetime.date | None
    kind: str | None
    status: str
    bodies: list[OrgMention]
    sentences: list[Sentence] = field(default_factory=list)
    agencies: list[OrgMention] = field(default_factory=list)


def _kind_in(text: str) -> str | None:
    found = [(m.start(), kind) for kind, p in _KINDS if (m := p.search(text))]
    return min(found)[1] if found else None


def _next_weekday(name: str, after: datetime.date) -> datetime.date:
    wanted = WEEKDAYS[name.lower().replace("'", "")]
    return after + datetime.timedelta(days=(wanted - after.weekday() - 1) % 7 + 1)


def find_further_meetings(
    *,
    sentences: list[Sentence],
    dates: list[DateMention],
    bodies: list[OrgMention],
    agencies: list[OrgMention],
    main_date: datetime.date | None,
    main_status: str | None,
    published: datetime.date | None,
    body_start: int,
) -> list[FurtherMeeting]:
    further: list[FurtherMeeting] = []
    for sentence in sentences:
        if sentence.start < body_start:
            continue
        further.extend(_same_sentence_pairs(sentence, dates, bodies, main_date))
        same_day = _same_day(sentence, bodies, agencies, main_date, main_status)
        if same_day:
            further.append(same_day)
        if main_status == "held" and published is not None:
            set_later = _set_later(sentence, main_date, published, bodies)
            if set_later:
                further.append(set_later)
    # Agencies invited to a meeting set later belong to it: the invitation list follows.
    for meeting in further:
        if meeting.status != "planned" or not meeting.sentences:
            continue
        last = meeting.sentences[-1]
        after = [s for s in sentences if s.start >= last.end][:1]
        for sentence in [last, *after]:
            if _INVITED.search(sentence.text):
                meeting.sentences.append(sentence)
                meeting.agencies.extend(a for a in agencies if sentence.contains(a.start))
    return further


def _same_sentence_pairs(sentence, dates, bodies, main_date):
    """Bodies each followed by their own date in one sentence: all but the main date's."""
    pairs = []
    for body in (b for b in bodies if sentence.contains(b.start)):
        date = next(
            (d for d in dates if sentence.contains(d.start) and 0 <= d.start - body.end <= 80),
            None,
        )
        if date:
            pairs.append((body, date))
    distinct = {d.value for _, d in pairs}
    if len(pairs) < 2 or len(distinct) < 2:
        return []
    kind = _kind_in(sentence.text)
    return [
        FurtherMeeting(date.value, kind, "held", [body], [sentence])
        for body, date in pairs
        if date.value != main_date
    ]


_SAME_DAY = re.compile(
    r"\b(?:pada|di)\s+(?:hari|waktu)\s+yang\s+sama\b|\bsecara\s+terpisah\b|\bdi\s+ruang\s+lain\b",
    re.IGNORECASE,
)


def _same_day(sentence, bodies, agencies, main_date, main_status) -> FurtherMeeting | None:
    """ "Pada hari yang sama, Komisi IV menggelar RDP dengan Dinsos": another body's hearing."""
    if not bodies or not _SAME_DAY.search(sentence.text) or not is_meeting_sentence(sentence.text):
        return None
    main_key = bodies[0].key
    other = [b for b in bodies if sentence.contains(b.start) and b.key != main_key]
    if not other:
        return None
    named = [a for a in agencies if sentence.contains(a.start)]
    return FurtherMeeting(
        main_date, _kind_in(sentence.text), main_status or "held", other[:1], [sentence], named
    )


def _set_later(sentence, main_date, published, bodies) -> FurtherMeeting | None:
    """ "Komisi akan menggelar RDP pada hari Jumat" in a report of a meeting already held."""
    if not is_meeting_sentence(sentence.text) or not _FUTURE.search(sentence.text):
        return None
    kind = _kind_in(sentence.text)
    weekday = _BARE_WEEKDAY.search(sentence.text)
    if kind is None or (weekday is None and not _SOON.search(sentence.text)):
        return None
    # "berencana menggelar hearing kedua pekan depan": set, its day not yet told.
    date = _next_weekday(weekday.group(1), published) if weekday else None
    if date == main_date:
        return None
    named = [b for b in bodies if sentence.contains(b.start)]
    return FurtherMeeting(date, kind, "planned", named or bodies[:1], [sentence])
