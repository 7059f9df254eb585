"""Requests: what the DPRD asks of an agency, a party or the government ("meminta Dishub ...",
"Dinkes diharapkan ...", "mendorong Pemkab ...", or an order in a councillor's quote: "Bangun
sinergi ...")."""

import re

from extraction.extractor.directory import EXTERNAL
from extraction.extractor.follow_up_core import (
    ACTION_VERB,
    LEAD_IN,
    REQUEST,
    STATE,
    Context,
    FollowUp,
    make,
    side_of,
    subject_of,
    who_said,
)
from extraction.extractor.organizations import OrgMention
from extraction.extractor.parties import (
    contractor_at,
    officer_asked,
    outside_party_at,
    outside_party_before,
    work_doer_at,
)
from extraction.extractor.person_names import DPRD_SIDE, OPD_SIDE
from extraction.extractor.text import Quote, Sentence

ASK = re.compile(
    r"\b(?:meminta|minta|mendorong|mendesak|menginstruksikan|merekomendasikan|menyarankan|"
    # "Ia berharap Dinkes dapat segera ...": a councillor's hope for an agency is asked of it.
    r"berharap|mengharapkan|menginginkan|ingin|berpesan(?:\s+kepada)?|"
    # "DPRD juga menekankan agar RSUD Undata ...": stressing what someone must do.
    r"(?:menekankan|mengingatkan|mengimbau|menghimbau)(?=\s+(?:agar|supaya|kepada))|"
    # "memberi waktu dua minggu kepada DPUPR untuk ...": a deadline given is a request.
    r"memberi(?:kan)?\s+(?:waktu|tenggat(?:\s+waktu)?|batas\s+waktu|kesempatan)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:kepada|ke|bagi))"
    # "Komisi 3 juga meminta, kepastian Dinkes ...": a comma after the verb.
    r",?\s+",
    re.IGNORECASE,
)
_ASKED = re.compile(
    r"\s+(?:juga\s+|pun\s+|tetap\s+)?(?:diminta|diharapkan|didorong|didesak|harus|wajib|"
    r"(seharusnya|semestinya|sebaiknya|hendaknya|perlu|mesti)|"
    # "DPUPR diberi waktu dua minggu untuk ...": what it must do in the time given.
    r"diberi(?:kan)?\s+(?:waktu|tenggat(?:\s+waktu)?|batas\s+waktu)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:untuk|agar|guna))\s+",
    re.IGNORECASE,
)
_IMPERATIVES = {
    "bangun", "segera", "pastikan", "tingkatkan", "perbaiki", "lakukan", "siapkan", "selesaikan",
    "tolong", "mohon", "perkuat", "optimalkan", "awasi", "tuntaskan", "percepat", "benahi",
    "lengkapi", "sampaikan", "koordinasikan", "jangan",
}  # fmt: skip


_GENERIC_PARTY = re.compile(
    r"(?:pihak\s+)?(?:rumah sakit|dinas|puskesmas|sekolah|manajemen)\b"
    r"|(?=(?:\w+\s+){1,4}segera\s+di)"
)


def request_in(ctx: Context, sentence: Sentence, speaker, quote: Quote | None) -> FollowUp | None:
    for m in ASK.finditer(sentence.text):
        if _PUBLIC_ASKING.search(sentence.text[: m.start()]):
            continue  # "Warga juga meminta agar Bupati ...": the public's wish, not the DPRD's
        subject = subject_of(sentence, sentence.start + m.start(), ctx.people, ctx.orgs)
        side = side_of(subject, speaker)
        if subject is None and _THE_DPRD.search(sentence.text[: m.start()]):
            side = DPRD_SIDE  # "DPRD juga menekankan agar ...": the council, though unnamed
        if side != DPRD_SIDE:
            continue
        at = sentence.start + m.end()
        # "meminta agar Dinkes ...", "mendesak supaya PLN ...", "meminta kepada pihak RSUD,
        # agar ...": the party follows the link.
        link = re.match(r"(?:agar|supaya|kepada)\s+", ctx.text[at:])
        at += link.end() if link else 0
        # "mendesak Pemkab Sleman melalui DPUPR agar ...": the agency it goes through owes it.
        through = _THROUGH.match(ctx.text, at)
        at = through.end() if through else at
        # "meminta kepada pihak RSUD Natuna, agar ...": the agency after "pihak".
        pihak = re.match(r"(?:pihak|manajemen|jajaran|pimpinan)\s+", ctx.text[at:])
        named = at + (pihak.end() if pihak else 0)
        owner = next((a for a in ctx.agencies if named <= a.start <= named + 3), None)
        if owner:
            action = re.sub(r"^\s*(?:dapat|bisa|mampu)\s+", " ", ctx.text[owner.end : sentence.end])
            # "meminta Dinas Kesehatan dan Puskesmas di Kabupaten Landak agar ...": its place.
            action = _PLACE_LEAD.sub("", action)
            if re.match(r"\s*(?:harus|wajib|perlu)\s+di[a-z]+(?:kan|i)?\b", action):
                continue  # "kami minta Dinas Perkim harus dihadirkan": the DPRD summons it
            if STATE.match(action.strip()):
                continue  # "berharap Diskominfo bisa menjadi garda ...": a hope, no task
            return make(
                ctx, sentence, REQUEST, owner, action, 0.8,
                who_said(subject, speaker, DPRD_SIDE),
            )  # fmt: skip
        generic = _GENERIC_PARTY.match(ctx.text, at)
        sole = ctx.attended[0] if len(ctx.attended) == 1 else None
        if generic and sole is not None:
            # "meminta rumah sakit segera melengkapi": the one agency at the meeting.
            action = ctx.text[generic.end() : sentence.end]
            return make(
                ctx, sentence, REQUEST, sole, action, 0.55, who_said(subject, speaker, DPRD_SIDE)
            )
        if party := contractor_at(ctx.text, at):
            action = ctx.text[party.end : sentence.end]
            return make(
                ctx, sentence, REQUEST, party, action, 0.55, who_said(subject, speaker, DPRD_SIDE)
            )
        if party := outside_party_at(ctx.text, at):
            action = ctx.text[party.end : sentence.end]
            if re.match(r"\s*yang\b", action):
                # "kami ingin agar kepala dinas yang hadir ...": who is meant is the task's part.
                action = ctx.text[party.start : sentence.end]
            return make(
                ctx, sentence, REQUEST, party, action, 0.6, who_said(subject, speaker, DPRD_SIDE)
            )
        if party := work_doer_at(ctx.text, at, ctx.orgs):
            # "Kami ingin perbaikan ini selesai ...": owed by whoever does the work.
            action = ctx.text[at : sentence.end]
            return make(
                ctx, sentence, REQUEST, party, action, 0.5, who_said(subject, speaker, DPRD_SIDE)
            )
    for m in _ASKED.finditer(sentence.text):
        at = sentence.start + m.start()
        owner = next((a for a in ctx.agencies if at - 3 <= a.end <= at), None)
        if owner is None and (every := _EVERY_AGENCY.search(sentence.text[: m.start()])):
            # "Ke depan OPD harus hadir tepat waktu": owed by every agency.
            owner = OrgMention(every.start(), every.end(), "OPD", EXTERNAL, "OPD", None, 0.5)
        owner = owner or outside_party_before(ctx.text, sentence.start, at)
        action = sentence.text[m.end() :]
        action = re.sub(r"^(?:bisa|dapat|mampu)\s+", "", action)
        if m.group(1) and not ACTION_VERB.match(action):
            continue
        if re.match(r"di[a-z]+(?:kan|i)?\b", action):
            continue  # "Dinas Perkim harus dihadirkan": what is done to it, no task of its own
        # "Dinkes diminta memperkuat ...": asked in so many words, whoever spoke last.
        explicit = re.match(
            r"\s+(?:juga\s+|pun\s+|tetap\s+)?di(?:minta|desak|dorong)\b", m.group(0)
        )
        if (
            owner
            and not STATE.match(action)
            and (explicit or speaker is None or speaker.side != OPD_SIDE)
        ):
            return make(
                ctx, sentence, REQUEST, owner, action, 0.7, who_said(None, speaker, DPRD_SIDE)
            )
    for m in _PASSIVE_AGENT.finditer(sentence.text):
        # "pembangunan itu harus diaudit Inspektorat sebelum dilanjutkan": the agency named
        # after the passive verb owes it.
        at = sentence.start + m.end()
        owner = next((a for a in ctx.agencies if at <= a.start <= at + 3), None)
        if owner and (speaker is None or speaker.side != OPD_SIDE):
            action = LEAD_IN.sub("", sentence.text)
            return make(
                ctx, sentence, REQUEST, owner, action, 0.6, who_said(None, speaker, DPRD_SIDE)
            )
    if speaker is not None and speaker.side == DPRD_SIDE:
        if asked := officer_asked(ctx.text, sentence.start, sentence.end):
            party, action = asked
            return make(ctx, sentence, REQUEST, party, action, 0.5, speaker.name)
    return _imperative(ctx, sentence, speaker, quote)


_EVERY_AGENCY = re.compile(
    r"\b(?:OPD|(?:para|semua|seluruh)\s+(?:kepala\s+)?(?:dinas|OPD)|kepala\s+dinas\s+yang\s+"
    r"(?:diundang|dipanggil))(?:\s+(?:juga|pun|sudah|tetap))?$",
    re.IGNORECASE,
)
_THE_DPRD = re.compile(r"\b(?:DPRD|[Dd]ewan|Komisi|Pansus|Banggar|[Ff]raksi)\b")
_PUBLIC_ASKING = re.compile(
    r"(?:^|[,;]\s*)(?:para\s+)?(?:warga|masyarakat|mahasiswa|buruh|pekerja|pedagang|petani|nelayan|"
    r"massa|pendemo|perwakilan warga)\b[^,;]{0,40}$",
    re.IGNORECASE,
)
_PLACE_LEAD = re.compile(
    r"^\s*(?:di|se)\s+(?:Kabupaten|Kota|Provinsi|Kecamatan)?\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*"
)
_THROUGH = re.compile(
    r"(?:Pemkab|Pemkot|Pemprov|Pemda|pemerintah\s+(?:kabupaten|kota|provinsi|daerah))"
    r"(?:\s+[A-Z][\w-]*){0,3},?\s+(?:melalui|lewat)\s+",
    re.IGNORECASE,
)
_PASSIVE_AGENT = re.compile(
    r"\b(?:harus|perlu|wajib|mesti|semestinya|seharusnya)\s+(?:segera\s+)?di\w+\s+(?:oleh\s+)?",
    re.IGNORECASE,
)


def _imperative(ctx: Context, sentence: Sentence, speaker, quote: Quote | None):
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
    text = sentence.text.lstrip("“\"‘' ")
    return make(ctx, sentence, REQUEST, owner, text, 0.6, speaker.name)
