"""Promises: what an agency, a party or the DPRD itself takes on ("Kami akan ...", "pihaknya
siap ...", "menargetkan ...", "Komisi I akan menjadwalkan ulang RDP"). Who speaks decides:
"Diskominfo akan menjadi ..." said by a councillor is a hope, not the agency's promise."""

import re

from extraction.extractor.asks import ASK
from extraction.extractor.directory import DPRD, EXTERNAL, OPD
from extraction.extractor.follow_up_core import (
    COMMITMENT,
    CONDITION,
    LEAD_IN,
    STATE,
    Context,
    FollowUp,
    make,
    owner_of,
    side_of,
    subject_of,
    who_said,
)
from extraction.extractor.organizations import OrgMention
from extraction.extractor.parties import (
    outside_party_at,
    with_place,
)
from extraction.extractor.person_names import DPRD_SIDE, OPD_SIDE, OTHER_SIDE, PersonMention
from extraction.extractor.text import Sentence, active_voice

_COMMIT = re.compile(
    r"\b(?:akan|berencana|siap|menargetkan|berjanji|berkomitmen|bakal|mengusulkan|memastikan|"
    # "Dinas menyanggupi ...", "Kami upayakan ...", "Kami targetkan ...": undertakings too.
    r"menjamin|menjanjikan|menyanggupi|sanggup|bersedia|mengupayakan|upayakan|usahakan|"
    r"targetkan)"
    r"(?:\s+(?:akan|segera|untuk|terus))*\s+(?!tetapi\b)",  # "akan tetapi" is "but"
    re.IGNORECASE,
)


def promise_in(ctx: Context, sentence: Sentence, speaker) -> FollowUp | None:
    for m in _COMMIT.finditer(sentence.text):
        action = sentence.text[m.end() :]
        if CONDITION.search(sentence.text[: m.start()]) or STATE.match(action):
            continue
        if re.search(r"\b(?:kurang|tidak|tak|belum)\s+$", sentence.text[: m.start()]):
            continue  # "kurang siap hearing": a complaint, not a promise
        if _AGREED_TO.match(action):
            continue  # "menyanggupi permintaan tersebut": the promise is told on its own
        asked = list(ASK.finditer(sentence.text, 0, m.start()))
        if asked and not re.search(r"[,;]", sentence.text[asked[-1].end() : m.start()]):
            continue  # "Kami minta Dinkes memastikan ...": what is asked, not promised
        if party := _party_leading(ctx, sentence, m.start()):
            # "Kedua, PLN UPDK Bengkulu akan menindaklanjuti ...": an agreement's party.
            return make(ctx, sentence, COMMITMENT, party, action, 0.6)
        subject = subject_of(sentence, sentence.start + m.start(), ctx.people, ctx.orgs)
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
        side = side_of(subject, speaker)
        if side == DPRD_SIDE:
            # "Rina memastikan Komisi III akan memanggil ...": a later verb may still hold one.
            if found := _dprd_commitment(ctx, sentence, subject, speaker, action):
                return found
            continue
        if side == OTHER_SIDE:
            return _group_commitment(ctx, sentence, subject, speaker, action)
        if side != OPD_SIDE:
            return None
        owner = owner_of(subject, speaker)
        if owner is None:
            return None
        return make(ctx, sentence, COMMITMENT, owner, action, 0.75, who_said(subject, speaker))
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


def _instructed(ctx: Context, sentence: Sentence, speaker) -> FollowUp | None:
    m = _INSTRUCTED.search(sentence.text)
    if m is None or not ctx.bodies:
        return None
    boss = subject_of(sentence, sentence.start + m.start(), ctx.people, ctx.orgs)
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
    return make(ctx, sentence, COMMITMENT, body, action, 0.55, boss.name)


# Where a clause's subject starts: the sentence, or after "Pertama,", "Kedua," ... in a list of
# what a meeting agreed.
_CLAUSE_START = re.compile(
    r"^[\"“‘']?(?:(?:Pertama|Kedua|Ketiga|Keempat|Kelima|Selanjutnya|Selain itu|"
    r"Sementara itu),?\s+)?"
)
_PUBLIC_SUBJECT = re.compile(r"(?:para\s+)?(warga|masyarakat|nelayan|petani|pedagang)\b")


def _party_leading(ctx: Context, sentence: Sentence, verb_at: int) -> OrgMention | None:
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


def _time_asked(ctx: Context, sentence: Sentence, speaker) -> FollowUp | None:
    m = _TIME_ASKED.search(sentence.text)
    if m is None:
        return None
    subject = subject_of(sentence, sentence.start + m.start(), ctx.people, ctx.orgs)
    if side_of(subject, speaker) != OPD_SIDE:
        return None
    owner = owner_of(subject, speaker)
    if owner is None:
        return None
    action = sentence.text[m.end() :]
    return make(ctx, sentence, COMMITMENT, owner, action, 0.6, who_said(subject, speaker, OPD_SIDE))


_TARGETED = re.compile(
    r"\b(?:ditargetkan|direncanakan)\s+(?:sudah\s+)?(?:rampung|selesai|tuntas|beroperasi)\b",
    re.IGNORECASE,
)
_REPORTED = re.compile(
    r"\b(?:mengatakan|menyatakan|menyebut(?:kan)?|menjelaskan|menegaskan|mengungkapkan|"
    r"menyampaikan)(?:\s+bahwa)?\s*,?\s+",
    re.IGNORECASE,
)


def _targeted(ctx: Context, sentence: Sentence, speaker) -> FollowUp | None:
    """ "Kepala DPUPR, Bambang, menyatakan perbaikan jalan ditargetkan rampung akhir Juli": the
    target an official named in the sentence gives the work is the agency's promise."""
    m = _TARGETED.search(sentence.text)
    if m is None:
        return None
    said = list(_REPORTED.finditer(sentence.text, 0, m.start()))
    if not said:
        return None
    subject = subject_of(sentence, sentence.start + said[-1].start(), ctx.people, ctx.orgs)
    if subject is None or side_of(subject, speaker) != OPD_SIDE:
        return None
    owner = owner_of(subject, speaker)
    if owner is None:
        return None
    action = sentence.text[said[-1].end() :]
    return make(ctx, sentence, COMMITMENT, owner, action, 0.6, who_said(subject, speaker))


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


def _dprd_commitment(ctx: Context, sentence: Sentence, subject, speaker, action: str):
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
    return make(
        ctx, sentence, COMMITMENT, body, action, 0.65, who_said(subject, speaker, DPRD_SIDE)
    )


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


def rescheduling_in(ctx: Context, sentence: Sentence, speaker) -> FollowUp | None:
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
            action = LEAD_IN.sub("", sentence.text)
    elif (m := _CONTINUED.search(sentence.text)) and _LATER_ON.search(
        m.group(0) + " " + (sentence.text[m.end() : m.end() + 40])
    ):
        action = sentence.text[m.start() :]
    else:
        return None
    body = speaker.organization if speaker.organization is not None else ctx.bodies[0]
    if body.kind in (DPRD, OPD):
        body = ctx.bodies[0]
    return make(ctx, sentence, COMMITMENT, body, action, 0.55, speaker.name)


# "Perwakilan LoKKeD Jatim, Irfan Gafar": the group a member of the public speaks for.
_GROUP_OF = re.compile(
    r"^(?:Perwakilan|Koordinator|Ketua|Sekretaris|Direktur(?:\s+Utama)?|Dirut|Pengurus|"
    r"General\s+Manager|Manajer|Manager|Pimpinan)(?:\s+(?:Humas|Operasional|Area|Unit))?\s+(.+)$",
    re.IGNORECASE,
)


def _group_commitment(ctx: Context, sentence: Sentence, subject, speaker, action: str):
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
    return make(ctx, sentence, COMMITMENT, party, action, 0.5, person.name)
