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
"""

import datetime
import re
from dataclasses import dataclass, replace

from extraction.extractor.deadlines import follow_up_due
from extraction.extractor.directory import DPRD, EXTERNAL, OPD
from extraction.extractor.organizations import OrgMention
from extraction.extractor.parties import (
    contractor_at,
    officer_asked,
    outside_party_at,
    outside_party_before,
    with_place,
    work_doer_at,
)
from extraction.extractor.people import (
    DPRD_SIDE,
    OPD_SIDE,
    OTHER_SIDE,
    PersonMention,
    speaker_at,
)
from extraction.extractor.text import Quote, Sentence, active_voice, norm

COMMITMENT, REQUEST = "commitment", "request"

_COMMIT = re.compile(
    r"\b(?:akan|berencana|siap|menargetkan|berjanji|berkomitmen|bakal|mengusulkan|memastikan|"
    # "Dinas menyanggupi ...", "Kami upayakan ...", "Kami targetkan ...": undertakings too.
    r"menjamin|menjanjikan|menyanggupi|sanggup|bersedia|mengupayakan|upayakan|usahakan|"
    r"targetkan)"
    r"(?:\s+(?:akan|segera|untuk|terus))*\s+(?!tetapi\b)",  # "akan tetapi" is "but"
    re.IGNORECASE,
)
_ASK = re.compile(
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
# After a modal ("Dishub perlu ..."), only an action is asked: "perlu waktu" is no request.
_ACTION_VERB = re.compile(r"^(?:segera\s+|lebih\s+|terus\s+)?(?:me|ber|mem|men|meng)\w+", re.I)
_CONDITION = re.compile(r"\b(?:jika|apabila|kalau|bila|seandainya)\b", re.IGNORECASE)
_STATE = re.compile(
    r"^(?:menjadi|jadi|ada|tetap|sulit|bisa|dapat|mampu)\b"
    # "yakin ... upah buruh akan naik": a forecast, no one's task.
    r"|^(?:naik|turun|meningkat|menurun|berkurang|bertambah|terjadi)\b\W*$",
    re.IGNORECASE,
)
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
    stated_by: str | None = None


def _clause(text: str) -> str:
    text = re.split(
        r"[”\"]|,\s*[”\"]|,\s*dan\s+(?=meminta|minta|mendesak|\w+(?:\s+\w+)?\s+diminta)"
        # "kami jadwalkan ulang, dan KPU Maluku harus hadir ...": another party's task.
        r"|,\s*dan\s+(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+(?:harus|wajib|perlu|diminta)\b)",
        text,
    )[0]
    text = _LINK.sub("", text).strip().rstrip(".,;")
    return text[:1].upper() + text[1:]


def _subject(sentence: Sentence, before: int, people, orgs) -> PersonMention | OrgMention | None:
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
    bodies: list = None
    planned: bool = False
    status: str | None = None
    sentences: list = ()


def _commitment(ctx: _Context, sentence: Sentence, speaker) -> FollowUp | None:
    for m in _COMMIT.finditer(sentence.text):
        action = sentence.text[m.end() :]
        if _CONDITION.search(sentence.text[: m.start()]) or _STATE.match(action):
            continue
        if re.search(r"\b(?:kurang|tidak|tak|belum)\s+$", sentence.text[: m.start()]):
            continue  # "kurang siap hearing": a complaint, not a promise
        if _AGREED_TO.match(action):
            continue  # "menyanggupi permintaan tersebut": the promise is told on its own
        asked = list(_ASK.finditer(sentence.text, 0, m.start()))
        if asked and not re.search(r"[,;]", sentence.text[asked[-1].end() : m.start()]):
            continue  # "Kami minta Dinkes memastikan ...": what is asked, not promised
        if party := _party_leading(ctx, sentence, m.start()):
            # "Kedua, PLN UPDK Bengkulu akan menindaklanjuti ...": an agreement's party.
            return _make(ctx, sentence, COMMITMENT, party, action, 0.6)
        subject = _subject(sentence, sentence.start + m.start(), ctx.people, ctx.orgs)
        if subject is None and _UNREAD_NAME.search(sentence.text[: m.start()]):
            continue  # "Bahkan Saadiah Uluputty mengusulkan ...": someone we cannot place
        if we := _WE.match(action):
            # "Kesbangpol ... akan kita undang kembali": the speaker's side acts on the agency.
            subject, action = speaker, active_voice(action[we.end() :])
        elif _BARE_VERB.match(action):
            action = active_voice(action)  # "Nanti kami akan lakukan sidak ketiga"
        if _ACTED_ON.match(action) and isinstance(subject, OrgMention):
            if sentence.start + m.start() - subject.end <= 12:
                continue  # "DPUPR tetap akan diminta ...": the agency is asked, promises nothing
        side = _side_of(subject, speaker)
        if side == DPRD_SIDE:
            # "Rina memastikan Komisi III akan memanggil ...": a later verb may still hold one.
            if found := _dprd_commitment(ctx, sentence, subject, speaker, action):
                return found
            continue
        if side == OTHER_SIDE:
            return _group_commitment(ctx, sentence, subject, speaker, action)
        if side != OPD_SIDE:
            return None
        owner = _owner_of(subject, speaker)
        if owner is None:
            return None
        return _make(ctx, sentence, COMMITMENT, owner, action, 0.75, _who(subject, speaker))
    return (
        _targeted(ctx, sentence, speaker)
        or _instructed(ctx, sentence, speaker)
        or _time_asked(ctx, sentence, speaker)
    )


# "Ketua Komisi IV, Robert, memerintahkan staf komisi, Rina, untuk segera membuat surat
# rekomendasi": what the body has its own secretariat do is the body's undertaking.
_INSTRUCTED = re.compile(
    r"\b(?:memerintahkan|menginstruksikan|menugaskan)\s+(?:staf|sekretariat|sekwan|tenaga ahli)\b"
    r"[^.]{0,60}?\buntuk\s+",
    re.IGNORECASE,
)


def _instructed(ctx: _Context, sentence: Sentence, speaker) -> FollowUp | None:
    m = _INSTRUCTED.search(sentence.text)
    if m is None or not ctx.bodies:
        return None
    boss = _subject(sentence, sentence.start + m.start(), ctx.people, ctx.orgs)
    if boss is None:
        # "Ia memerintahkan staf komisi, Rina, ...": the councillor named before, not the staff.
        before = [p for p in ctx.people if p.end <= sentence.start and p.side == DPRD_SIDE]
        boss = before[-1] if before else speaker
    if not isinstance(boss, PersonMention) or boss.side != DPRD_SIDE:
        return None
    body = (
        boss.organization
        if boss.organization and boss.organization.kind not in (DPRD, OPD)
        else ctx.bodies[0]
    )
    action = sentence.text[m.end() :]
    return _make(ctx, sentence, COMMITMENT, body, action, 0.55, boss.name)


# Where a clause's subject starts: the sentence, or after "Pertama,", "Kedua," ... in a list of
# what a meeting agreed.
_CLAUSE_START = re.compile(
    r"^[\"“‘']?(?:(?:Pertama|Kedua|Ketiga|Keempat|Kelima|Selanjutnya|Selain itu|"
    r"Sementara itu),?\s+)?"
)
_PUBLIC_SUBJECT = re.compile(r"(?:para\s+)?(warga|masyarakat|nelayan|petani|pedagang)\b")


def _party_leading(ctx: _Context, sentence: Sentence, verb_at: int) -> OrgMention | None:
    """An outside party, a group of the public or the DPRD itself (with no body named) that
    opens the clause and promises: "PLN UPDK Bengkulu akan ...", "warga ... bersedia ...",
    "DPRD Kabupaten Kepahiang bersama PLN akan meninjau ..."."""
    at = sentence.start + _CLAUSE_START.match(sentence.text).end()
    if at >= sentence.start + verb_at:
        return None
    if party := outside_party_at(ctx.text, at):
        return party if party.label != "OPD" else None
    if group := _PUBLIC_SUBJECT.match(ctx.text, at):
        return OrgMention(at, group.end(), group.group(1), EXTERNAL, group.group(1), None, 0.5)
    if not ctx.bodies:
        return next((o for o in ctx.orgs if o.kind == DPRD and o.start == at), None)
    return None


_UNREAD_NAME = re.compile(r"(?<![.!?] )(?<!^)\b[A-Z][a-z]{2,}\s+[A-Z][a-z]{2,}\b")
_WE = re.compile(r"(?:kami|kita)\s+(?=\w)", re.IGNORECASE)
# A base verb with its object suffix and no prefix: "lakukan", "tindaklanjuti", "sampaikan".
_BARE_VERB = re.compile(r"(?!(?:me|di|ber|ter|pe)\w)[a-z]{3,}(?:kan|i)\b(?<!lagi\b)(?<!kembali\b)")
# "DPMPN juga meminta waktu sekitar satu minggu untuk memenuhi permintaan Komisi I": an agency
# asking for time promises what it asks the time for.
_TIME_ASKED = re.compile(
    r"\b(?:meminta|minta)\s+waktu\s+(?:sekitar\s+|kurang\s+lebih\s+)?[^.,]{2,30}?\s+untuk\s+",
    re.IGNORECASE,
)


def _time_asked(ctx: _Context, sentence: Sentence, speaker) -> FollowUp | None:
    m = _TIME_ASKED.search(sentence.text)
    if m is None:
        return None
    subject = _subject(sentence, sentence.start + m.start(), ctx.people, ctx.orgs)
    if _side_of(subject, speaker) != OPD_SIDE:
        return None
    owner = _owner_of(subject, speaker)
    if owner is None:
        return None
    action = sentence.text[m.end() :]
    return _make(ctx, sentence, COMMITMENT, owner, action, 0.6, _who(subject, speaker, OPD_SIDE))


_TARGETED = re.compile(
    r"\b(?:ditargetkan|direncanakan)\s+(?:sudah\s+)?(?:rampung|selesai|tuntas|beroperasi)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:mengatakan|menyatakan|menyebut(?:kan)?|menjelaskan|menegaskan|mengungkapkan|"
    r"menyampaikan)(?:\s+bahwa)?\s*,?\s+",
    re.IGNORECASE,
)


def _targeted(ctx: _Context, sentence: Sentence, speaker) -> FollowUp | None:
    """ "Kepala DPUPR, Bambang, menyatakan perbaikan jalan ditargetkan rampung akhir Juli": the
    target an official named in the sentence gives the work is the agency's promise."""
    m = _TARGETED.search(sentence.text)
    if m is None:
        return None
    said = list(_REPORTED.finditer(sentence.text, 0, m.start()))
    if not said:
        return None
    subject = _subject(sentence, sentence.start + said[-1].start(), ctx.people, ctx.orgs)
    if subject is None or _side_of(subject, speaker) != OPD_SIDE:
        return None
    owner = _owner_of(subject, speaker)
    if owner is None:
        return None
    action = sentence.text[said[-1].end() :]
    return _make(ctx, sentence, COMMITMENT, owner, action, 0.6, _who(subject, speaker))


_AGREED_TO = re.compile(
    r"(?:permintaan|hal|usulan|rekomendasi|masukan|saran|desakan|catatan)\s+(?:itu|tersebut|ini)\b",
    re.IGNORECASE,
)
_ACTED_ON = re.compile(r"di(?:minta|panggil|undang|desak|tegur|evaluasi|periksa|audit)\b", re.I)


# What the DPRD itself takes on after a meeting: another hearing, coordination, a draft.
_DPRD_ACTION = re.compile(
    r"^(?:kembali\s+|segera\s+|langsung\s+)*(?:menjadwalkan|mengundang|memanggil|berkoordinasi|"
    r"menyurati|rapat|hearing|RDP|sidak|menggelar|gelar|mengadakan|adakan|melakukan|membuat|"
    r"menyelidiki|mendalami|memproses|undang|panggil|jadwalkan|agendakan|tindaklanjuti|"
    # "kami akan mengusulkan ke dewan pengupahan", "kami bakal mengirimkan hasil hearing".
    r"mengusulkan|mengirim(?:kan)?|merekomendasikan|memperjuangkan|mendorong|memfasilitasi|"
    r"menyusun|membentuk|meneruskan|menyampaikan|mengawal|menindaklanjuti|meninjau|"
    r"mengagendakan|turun|memantau|mengawasi|mengecek|mengevaluasi|melanjutkan)\b",
    re.IGNORECASE,
)


def _dprd_commitment(ctx: _Context, sentence: Sentence, subject, speaker, action: str):
    if passive := _PASSIVE_TASK.match(action):
        # "Hasrun mengatakan temuan itu akan disampaikan kepada pimpinan DPRD": the body
        # will pass on what the clause before names.
        told = list(_REPORTED.finditer(sentence.text))
        if not told:
            return None  # "Sebab, persoalan yang akan dibahas ...": no undertaking reported
        what = sentence.text[told[-1].end() : sentence.text.find(action)]
        what = re.sub(r"\s*\b(?:akan|segera|juga)\b.*$", "", what).strip(" ,")
        if not what or len(what.split()) > 5 or re.search(r",|\byang\b", what):
            return None
        verb = active_voice(passive.group(1))
        action = f"{verb} {what} {action[passive.end() :]}"
    elif not _DPRD_ACTION.match(action):
        return None
    # "DPRD akan memanggil PDAM" announcing a planned hearing is the meeting, not a follow-up;
    # "akan kembali mengundang" after one is.
    if ctx.planned and not action.lower().startswith("kembali"):
        return None
    body = None
    if isinstance(subject, OrgMention) and subject.kind != DPRD and subject.kind != OPD:
        body = subject
    elif isinstance(subject, PersonMention) and subject.organization is not None:
        if subject.organization.kind not in (DPRD, OPD):
            body = subject.organization
    # A joint meeting of several commissions: what it takes on, the DPRD takes on.
    joint = [b for b in ctx.bodies if b.kind == "komisi"]
    if body is None and len(joint) > 1:
        body = next((o for o in ctx.orgs if o.kind == DPRD), None)
    body = body or (ctx.bodies[0] if ctx.bodies else None)
    # "Kita akan melakukan pemanggilan kedua," said for a DPRD whose report names no body.
    body = body or next((o for o in ctx.orgs if o.kind == DPRD), None)
    if body is None:
        return None
    return _make(ctx, sentence, COMMITMENT, body, action, 0.65, _who(subject, speaker, DPRD_SIDE))


_PASSIVE_TASK = re.compile(r"di(sampaikan|teruskan|tindaklanjuti|bahas|kawal|laporkan)\s+")
_REDO = re.compile(r"\b(dijadwal(?:kan)?\s+(?:ulang|kembali)|diagendakan\s+(?:ulang|lagi))\b", re.I)
# "rapat akan dilanjutkan pekan depan": only a meeting continued is the DPRD's to hold ("sebelum
# dilanjutkan" about a building project is not).
_CONTINUED = re.compile(
    r"\b(?:rapat|RDP|hearing|pembahasan|pertemuan)(?:nya)?\s+(?:\w+\s+){0,2}?(?:akan\s+)?"
    r"(?:dilanjutkan|digelar\s+(?:kembali|lagi|ulang))\b",
    re.IGNORECASE,
)


# "Rapat kemudian tetap dilanjutkan dengan peserta yang ada" tells what happened; a meeting to
# be continued says when, or "akan".
_LATER_ON = re.compile(
    r"\b(?:akan|besok|lusa|depan|mendatang|berikutnya|pekan|minggu|bulan|pada|Senin|Selasa|Rabu|"
    r"Kamis|Jum'?at|Sabtu)\b",
    re.IGNORECASE,
)
_ITS_TIME = re.compile(r"(?:waktu|jadwal|pelaksanaan|agenda)nya", re.IGNORECASE)


def _rescheduling(ctx: _Context, sentence: Sentence, speaker) -> FollowUp | None:
    """ "hearingnya dijadwal ulang minggu depan", said by a councillor after a meeting that was
    held or called off: the DPRD owes the new hearing."""
    if ctx.status not in ("held", "cancelled") or not ctx.bodies:
        return None
    if speaker is None or speaker.side != DPRD_SIDE:
        return None
    m = _REDO.search(sentence.text)
    if m:
        start = sentence.text.rfind(" ", 0, max(0, m.start() - 1))
        subject = sentence.text[start + 1 : m.start()].strip(" ,")
        action = f"{subject} {sentence.text[m.start() :]}".strip()
        if _ITS_TIME.fullmatch(subject) and sentence.text[: start + 1].strip():
            # "penjelasan dari dinas tetap akan diminta, namun waktunya dijadwal ulang": what is
            # rescheduled is told before "waktunya".
            action = _LEAD_IN.sub("", sentence.text)
    elif (m := _CONTINUED.search(sentence.text)) and _LATER_ON.search(
        m.group(0) + " " + (sentence.text[m.end() : m.end() + 40])
    ):
        action = sentence.text[m.start() :]
    else:
        return None
    body = speaker.organization if speaker.organization is not None else ctx.bodies[0]
    if body.kind in (DPRD, OPD):
        body = ctx.bodies[0]
    return _make(ctx, sentence, COMMITMENT, body, action, 0.55, speaker.name)


# "Perwakilan LoKKeD Jatim, Irfan Gafar": the group a member of the public speaks for.
_GROUP_OF = re.compile(
    r"^(?:Perwakilan|Koordinator|Ketua|Sekretaris|Direktur(?:\s+Utama)?|Dirut|Pengurus|"
    r"General\s+Manager|Manajer|Manager|Pimpinan)(?:\s+(?:Humas|Operasional|Area|Unit))?\s+(.+)$",
    re.IGNORECASE,
)


def _group_commitment(ctx: _Context, sentence: Sentence, subject, speaker, action: str):
    """What a community group, NGO or company spokesperson takes on: "pihaknya akan meminta
    hearing kembali" owed by the group they speak for."""
    person = subject if isinstance(subject, PersonMention) else speaker
    if person is None or person.side != OTHER_SIDE:
        return None
    group = _GROUP_OF.match(person.title or "")
    if not group:
        return None
    label = with_place(ctx.text, group.group(1).strip(" ,"))
    party = OrgMention(person.start, person.end, label, EXTERNAL, label, None, 0.5)
    return _make(ctx, sentence, COMMITMENT, party, action, 0.5, person.name)


def _who(subject, speaker, side: str | None = None) -> str | None:
    """Who said it: the person who is the subject, else the current speaker when on the side
    the follow-up comes from (a councillor's request, an official's promise)."""
    if isinstance(subject, PersonMention):
        return subject.name
    if speaker is not None and (side is None or speaker.side == side):
        return speaker.name
    return None


_GENERIC_PARTY = re.compile(
    r"(?:pihak\s+)?(?:rumah sakit|dinas|puskesmas|sekolah|manajemen)\b"
    r"|(?=(?:\w+\s+){1,4}segera\s+di)"
)


def _request(ctx: _Context, sentence: Sentence, speaker, quote: Quote | None) -> FollowUp | None:
    for m in _ASK.finditer(sentence.text):
        if _PUBLIC_ASKING.search(sentence.text[: m.start()]):
            continue  # "Warga juga meminta agar Bupati ...": the public's wish, not the DPRD's
        subject = _subject(sentence, sentence.start + m.start(), ctx.people, ctx.orgs)
        side = _side_of(subject, speaker)
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
            if _STATE.match(action.strip()):
                continue  # "berharap Diskominfo bisa menjadi garda ...": a hope, no task
            return _make(
                ctx, sentence, REQUEST, owner, action, 0.8,
                _who(subject, speaker, DPRD_SIDE),
            )  # fmt: skip
        generic = _GENERIC_PARTY.match(ctx.text, at)
        sole = ctx.attended[0] if len(ctx.attended) == 1 else None
        if generic and sole is not None:
            # "meminta rumah sakit segera melengkapi": the one agency at the meeting.
            action = ctx.text[generic.end() : sentence.end]
            return _make(
                ctx, sentence, REQUEST, sole, action, 0.55, _who(subject, speaker, DPRD_SIDE)
            )
        if party := contractor_at(ctx.text, at):
            action = ctx.text[party.end : sentence.end]
            return _make(
                ctx, sentence, REQUEST, party, action, 0.55, _who(subject, speaker, DPRD_SIDE)
            )
        if party := outside_party_at(ctx.text, at):
            action = ctx.text[party.end : sentence.end]
            if re.match(r"\s*yang\b", action):
                # "kami ingin agar kepala dinas yang hadir ...": who is meant is the task's part.
                action = ctx.text[party.start : sentence.end]
            return _make(
                ctx, sentence, REQUEST, party, action, 0.6, _who(subject, speaker, DPRD_SIDE)
            )
        if party := work_doer_at(ctx.text, at, ctx.orgs):
            # "Kami ingin perbaikan ini selesai ...": owed by whoever does the work.
            action = ctx.text[at : sentence.end]
            return _make(
                ctx, sentence, REQUEST, party, action, 0.5, _who(subject, speaker, DPRD_SIDE)
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
        if m.group(1) and not _ACTION_VERB.match(action):
            continue
        if re.match(r"di[a-z]+(?:kan|i)?\b", action):
            continue  # "Dinas Perkim harus dihadirkan": what is done to it, no task of its own
        # "Dinkes diminta memperkuat ...": asked in so many words, whoever spoke last.
        explicit = re.match(
            r"\s+(?:juga\s+|pun\s+|tetap\s+)?di(?:minta|desak|dorong)\b", m.group(0)
        )
        if (
            owner
            and not _STATE.match(action)
            and (explicit or speaker is None or speaker.side != OPD_SIDE)
        ):
            return _make(ctx, sentence, REQUEST, owner, action, 0.7, _who(None, speaker, DPRD_SIDE))
    for m in _PASSIVE_AGENT.finditer(sentence.text):
        # "pembangunan itu harus diaudit Inspektorat sebelum dilanjutkan": the agency named
        # after the passive verb owes it.
        at = sentence.start + m.end()
        owner = next((a for a in ctx.agencies if at <= a.start <= at + 3), None)
        if owner and (speaker is None or speaker.side != OPD_SIDE):
            action = _LEAD_IN.sub("", sentence.text)
            return _make(ctx, sentence, REQUEST, owner, action, 0.6, _who(None, speaker, DPRD_SIDE))
    if speaker is not None and speaker.side == DPRD_SIDE:
        if asked := officer_asked(ctx.text, sentence.start, sentence.end):
            party, action = asked
            return _make(ctx, sentence, REQUEST, party, action, 0.5, speaker.name)
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
_LEAD_IN = re.compile(r"^(?:Menurut(?:nya| \w+)|Ia|Dia|Pihaknya)\s*,?\s*", re.IGNORECASE)


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
    text = sentence.text.lstrip("“\"‘' ")
    return _make(ctx, sentence, REQUEST, owner, text, 0.6, speaker.name)


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


def _make(
    ctx: _Context, sentence, kind: str, owner, action: str, confidence, stated_by=None
) -> FollowUp | None:
    clause = _clause(action)
    if kind == COMMITMENT and owner.kind not in (OPD, EXTERNAL):
        clause = _active_set_again(clause)
        clause = clause[:1].upper() + clause[1:]
    if clause.endswith("?"):
        return None  # "“Apakah Dinkes akan menambah stok?” tanya Rina": a question, no promise
    due = follow_up_due(sentence, ctx.sentences, base=ctx.base, published=ctx.published)
    return FollowUp(sentence.start, sentence.end, kind, owner, clause, due, confidence, stated_by)


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


def _points(ctx: _Context, sentence: Sentence) -> list[FollowUp]:
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
        point = _make(ctx, sentence, kind, owner, action, 0.6)
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
    ctx = _Context(
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
            _commitment(ctx, sentence, speaker),
            _request(ctx, sentence, speaker, quote),
            _rescheduling(ctx, sentence, speaker),
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
