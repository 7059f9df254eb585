"""The domain's vocabularies. Values are stable English codes; labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeZone(models.TextChoices):
    # Indonesia has no daylight saving, so a zone is a fixed offset with a familiar label.
    WIB = "Asia/Jakarta", _("WIB (Asia/Jakarta, UTC+7)")
    WITA = "Asia/Makassar", _("WITA (Asia/Makassar, UTC+8)")
    WIT = "Asia/Jayapura", _("WIT (Asia/Jayapura, UTC+9)")


ZONE_ABBREVIATIONS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


class OrganizationKind(models.TextChoices):
    DPRD = "dprd", _("DPRD")
    PIMPINAN = "pimpinan", _("DPRD leadership (Pimpinan)")
    BAMUS = "bamus", _("Steering committee (Badan Musyawarah)")
    KOMISI = "komisi", _("Commission (Komisi)")
    BAPEMPERDA = "bapemperda", _("Regional regulation body (Bapemperda)")
    BANGGAR = "banggar", _("Budget body (Badan Anggaran)")
    BK = "bk", _("Ethics council (Badan Kehormatan)")
    PANSUS = "pansus", _("Special committee (Pansus)")
    FRAKSI = "fraksi", _("Party group (Fraksi)")
    OPD = "opd", _("Government agency (OPD)")
    EXTERNAL = "external", _("External organization")


# The DPRD's bodies (alat kelengkapan): they hold meetings and receive commitments.
BODY_KINDS = [
    OrganizationKind.PIMPINAN,
    OrganizationKind.BAMUS,
    OrganizationKind.KOMISI,
    OrganizationKind.BAPEMPERDA,
    OrganizationKind.BANGGAR,
    OrganizationKind.BK,
    OrganizationKind.PANSUS,
]
# Who can lead a meeting or receive a follow-up: the DPRD as a whole or one of its bodies.
LEAD_BODY_KINDS = [OrganizationKind.DPRD, *BODY_KINDS]
# Kinds that only exist inside a DPRD and so must have it as parent.
KINDS_WITH_DPRD_PARENT = [*BODY_KINDS, OrganizationKind.FRAKSI]


class OpdCategory(models.TextChoices):
    SEKRETARIAT = "sekretariat", _("Secretariat")
    INSPEKTORAT = "inspektorat", _("Inspectorate")
    DINAS = "dinas", _("Agency (Dinas)")
    BADAN = "badan", _("Board (Badan)")
    SATPOL = "satpol", _("Civil service police (Satpol PP)")
    RSUD = "rsud", _("Regional hospital (RSUD)")
    KECAMATAN = "kecamatan", _("District (Kecamatan)")
    OTHER = "other", _("Other")


class OfficeRole(models.TextChoices):
    HEAD = "head", _("Head (Kepala)")
    CHAIR = "chair", _("Chair (Ketua)")
    VICE_CHAIR = "vice_chair", _("Deputy (Wakil Ketua, Wakil Bupati)")
    SECRETARY = "secretary", _("Secretary (Sekretaris)")
    MEMBER = "member", _("Member (Anggota)")
    STAFF = "staff", _("Staff")


class ActingStatus(models.TextChoices):
    DEFINITIVE = "", _("Definitive")
    PLT = "plt", _("Plt (acting, pelaksana tugas)")
    PLH = "plh", _("Plh (acting for a short absence, pelaksana harian)")


class LegislationKind(models.TextChoices):
    RAPERDA = "raperda", _("Draft regional regulation (Raperda)")
    PROPEMPERDA = "propemperda", _("Regional legislation programme (Propemperda)")
    RPJMD = "rpjmd", _("Medium-term development plan (RPJMD)")
    OTHER = "other", _("Other")


class LegislationStage(models.TextChoices):
    PLANNED = "planned", _("Planned in the Propemperda")
    SUBMITTED = "submitted", _("Submitted")
    FIRST_LEVEL = "first_level", _("First-level deliberation")
    SECOND_LEVEL = "second_level", _("Second-level deliberation (plenary decision)")
    EVALUATION = "evaluation", _("Evaluation or facilitation by the province")
    ENACTED = "enacted", _("Enacted")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class MeetingKind(models.TextChoices):
    PARIPURNA = "paripurna", _("Plenary session (rapat paripurna)")
    KOMISI = "komisi", _("Commission meeting (rapat komisi)")
    GABUNGAN_KOMISI = "gabungan_komisi", _("Joint commission meeting (rapat gabungan komisi)")
    RAPAT_KERJA = "rapat_kerja", _("Working meeting (rapat kerja)")
    RDP = "rdp", _("Hearing (rapat dengar pendapat, RDP)")
    RDPU = "rdpu", _("Public hearing (RDP umum, RDPU)")
    DISKUSI_PANEL = "diskusi_panel", _("Panel discussion (diskusi panel)")
    KUNJUNGAN_KERJA = "kunjungan_kerja", _("Working visit (kunjungan kerja)")
    SIDAK = "sidak", _("Unannounced inspection (sidak)")
    PIMPINAN = "pimpinan", _("Leadership meeting (rapat pimpinan)")
    BAMUS = "bamus", _("Steering committee meeting (rapat Bamus)")
    BANGGAR = "banggar", _("Budget body meeting (rapat Banggar)")
    BAPEMPERDA = "bapemperda", _("Regulation body meeting (rapat Bapemperda)")
    PANSUS = "pansus", _("Special committee meeting (rapat Pansus)")
    BK = "bk", _("Ethics council meeting (rapat BK)")


class Openness(models.TextChoices):
    OPEN = "open", _("Open (terbuka)")
    CLOSED = "closed", _("Closed (tertutup)")


# The standing orders fix openness for some kinds; the others are open unless the chair closes them.
ALWAYS_OPEN_KINDS = [MeetingKind.PARIPURNA, MeetingKind.RDPU]
ALWAYS_CLOSED_KINDS = [MeetingKind.PIMPINAN, MeetingKind.BAMUS, MeetingKind.BANGGAR, MeetingKind.BK]


def default_openness(kind: str) -> str:
    return Openness.CLOSED if kind in ALWAYS_CLOSED_KINDS else Openness.OPEN


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled (dijadwalkan)")
    HELD = "held", _("Held (terlaksana)")
    POSTPONED = "postponed", _("Postponed (ditunda)")
    CANCELLED = "cancelled", _("Cancelled (dibatalkan)")


class MinutesState(models.TextChoices):
    NONE = "none", _("No minutes yet")
    DRAFT = "draft", _("Draft")
    APPROVED = "approved", _("Approved")


class LegislationRole(models.TextChoices):
    HEARING = "hearing", _("Hearing")
    DISCUSSION = "discussion", _("Discussion")
    DECISION = "decision", _("Decision")
    INFORMATION = "information", _("Information")


class ParticipantRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    SPEAKER = "speaker", _("Speaker")
    RESOURCE_PERSON = "resource_person", _("Resource person (narasumber)")
    MEMBER = "member", _("Member")
    GUEST = "guest", _("Guest")
    MINUTE_TAKER = "minute_taker", _("Minute-taker (notulis)")


class Attendance(models.TextChoices):
    INVITED = "invited", _("Invited")
    PRESENT = "present", _("Present (hadir)")
    REPRESENTED = "represented", _("Represented (diwakili)")
    ABSENT = "absent", _("Absent (tidak hadir)")
    EXCUSED = "excused", _("Excused (izin)")


class OutcomeKind(models.TextChoices):
    CONCLUSION = "conclusion", _("Conclusion (kesimpulan)")
    DECISION = "decision", _("Decision (keputusan)")
    RECOMMENDATION = "recommendation", _("Recommendation (rekomendasi)")
    INFORMATION = "information", _("Information")


class DocumentKind(models.TextChoices):
    INVITATION = "invitation", _("Invitation (undangan)")
    ATTENDANCE_LIST = "attendance_list", _("Attendance list (daftar hadir)")
    MINUTES = "minutes", _("Minutes (notulen / risalah)")
    SHORT_REPORT = "short_report", _("Short report (laporan singkat)")
    MATERIAL = "material", _("Material")
    PHOTO = "photo", _("Photo")
    OTHER = "other", _("Other")
