"""The feeds are written as text (public/calendar/events.py and ics.py) for speed. This holds
them to what the icalendar library writes from the same records: on a fixed set of meetings
and follow-ups (open, closed, cancelled, postponed, tentative; WIB, WITA and WIT; all-day due
dates; long texts with commas, semicolons, backslashes, line breaks and non-ASCII), both feeds
parse to the same properties, event by event."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from commitments.models import Commitment, CommitmentStatus, Verification, display_status
from meetings.access import PUBLIC
from meetings.models import Meeting, MeetingKind, MeetingStatus, Openness
from public.calendar.directory import load_directory
from public.calendar.events import FeedOptions
from public.calendar.feed import Feed, build_feed
from public.calendar.window import Window
from tests.factories import (
    AgencyFactory,
    AgendaItemFactory,
    BodyFactory,
    CommitmentFactory,
    MeetingFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db

BASE = "https://dprd.example.org"
WIB, WITA, WIT = (ZoneInfo(key) for key in ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"))
PROPERTIES = [
    "UID",
    "DTSTART",
    "DTEND",
    "SUMMARY",
    "LOCATION",
    "DESCRIPTION",
    "STATUS",
    "CLASS",
    "SEQUENCE",
    "URL",
    "CATEGORIES",
    "GEO",
    "TRANSP",
    "CREATED",
    "LAST-MODIFIED",
    "DTSTAMP",
]
LONG = (
    "Rapat Dengar Pendapat tentang Raperda RPJMD 2025–2029, anggaran; sinergi SPBE "
    "dengan seluruh OPD \\ Diskominfo: “pintu” data, évaluasi ✓ — tahap kedua, bagian 3"
)


@pytest.fixture
def records():
    komisi = BodyFactory(name="Komisi I, Bidang Pemerintahan; Hukum", abbreviation="")
    agency = AgencyFactory(name="Dinas Komunikasi, Informatika; dan Persandian", slug="kominfo")
    other_agency = AgencyFactory(name="Dinas Kesehatan")
    argopuro = VenueFactory(
        name="Ruang Pertemuan Argopuro",
        building="Kantor Bupati; lantai 2",
        address="Jl. Panglima Sudirman No. 134, Kraksaan",
        city="Probolinggo",
        latitude="-7.760900",
        longitude="113.413700",
    )
    makassar = VenueFactory(name="Aula DPRD Sulawesi Selatan", time_zone="Asia/Makassar")
    jayapura = VenueFactory(name="Ruang Rapat Papua", time_zone="Asia/Jayapura")

    def meeting(day, hour, zone, **fields):
        start = datetime.datetime(2025, 3, day, hour, 30, tzinfo=zone)
        fields.setdefault("end", start + datetime.timedelta(hours=2, minutes=15))
        made = MeetingFactory(lead_body=komisi, start=start, **fields)
        made.invited_organizations.set([agency, other_agency])
        return made

    held = meeting(3, 9, WIB, title=LONG, venue=argopuro, status=MeetingStatus.HELD)
    AgendaItemFactory(
        meeting=held, order=1, number="1.a", title="Paparan Kepala Dinas, lalu tanya–jawab"
    )
    AgendaItemFactory(meeting=held, order=2, title="Rahasia; tidak untuk umum", is_public=False)
    AgendaItemFactory(meeting=held, order=3, title="Kesimpulan\nbaris kedua, dengan koma")
    meeting(
        5,
        13,
        WITA,
        title="Kunjungan kerja ke Makassar",
        kind=MeetingKind.KUNJUNGAN_KERJA,
        venue=makassar,
        status=MeetingStatus.CANCELLED,
        status_reason="Pimpinan berhalangan;\njadwal, ulang menyusul",
        online_url="https://meet.example.org/rapat?id=1&x=2",
    )
    meeting(7, 8, WIT, title="Rapat tertutup RAHASIA", venue=jayapura, openness=Openness.CLOSED)
    later = meeting(20, 10, WIB, title="Rapat lanjutan", venue=None, end=None)
    postponed = meeting(
        12, 10, WIB, title="Rapat yang ditunda", venue=argopuro, status=MeetingStatus.POSTPONED
    )
    Meeting.objects.filter(pk=postponed.pk).update(
        rescheduled_to=later, status_reason="Bentrok dengan paripurna"
    )
    CommitmentFactory(
        meeting=held,
        owner=agency,
        text=LONG + " — tindak lanjut yang panjang sekali, lebih dari delapan puluh huruf",
        due_date=datetime.date(2025, 3, 14),
        status=CommitmentStatus.IN_PROGRESS,
        progress=40,
    )
    CommitmentFactory(
        meeting=held,
        owner=agency,
        text="Laporan selesai, menunggu verifikasi; lampiran",
        due_date=datetime.date(2025, 3, 31),
        status=CommitmentStatus.DONE,
        progress=100,
        verification=Verification.PENDING,
    )
    return komisi


def feed_of(body) -> Feed:
    return Feed(
        key="komisi-i",
        name="Rapat",
        description="",
        actor=PUBLIC,
        window=Window(first_day=datetime.date(2025, 3, 1), last_day=datetime.date(2025, 3, 31)),
        options=FeedOptions(base_url=BASE),
        organization=body,  # its meetings, the closed one included, and its follow-ups
        private=True,
    )


def page(name: str, pk: int) -> str:
    return BASE + reverse(name, kwargs={"pk": pk})


def labelled(label: str, value) -> str:
    return f"{label}: {value}"


def reference_meeting(meeting: Meeting) -> icalendar.Event:
    """The event for a meeting as the public may see it, built with icalendar."""
    zone = ZoneInfo(meeting.venue.time_zone if meeting.venue else meeting.lead_body.time_zone)
    url = page("public:meeting", meeting.pk)
    visible = meeting.openness == Openness.OPEN
    event = icalendar.Event()
    summary = f"{meeting.get_kind_display()} – {meeting.lead_body}"
    if visible:
        summary = f"{summary}: {meeting.title}"
        if meeting.status == MeetingStatus.CANCELLED:
            summary = _("CANCELLED: %(summary)s") % {"summary": summary}
        elif meeting.status == MeetingStatus.POSTPONED:
            summary = _("POSTPONED: %(summary)s") % {"summary": summary}
    event.add("summary", summary)
    event.add("dtstart", meeting.start.astimezone(zone))
    if meeting.end:
        event.add("dtend", meeting.end.astimezone(zone))
    shown_at = meeting.updated_at if visible else meeting.created_at
    event.add("dtstamp", shown_at)
    event.add("uid", f"meeting-{meeting.pk}@{settings.CALENDAR_UID_DOMAIN}")
    event.add("sequence", meeting.revision if visible else 0)
    event.add("created", meeting.created_at)
    event.add("last-modified", shown_at)
    event.add("url", url)
    if not visible:
        event.add("class", "CONFIDENTIAL")
        closed = _("Closed meeting: only its kind, date, time and body are public.")
        event.add("description", f"{closed}\n{url}")
        return event
    placeless = meeting.venue is None and not meeting.online_url
    if meeting.status == MeetingStatus.SCHEDULED and placeless:
        event.add("status", "TENTATIVE")
    elif meeting.status == MeetingStatus.HELD or meeting.status == MeetingStatus.SCHEDULED:
        event.add("status", "CONFIRMED")
    else:
        event.add("status", "CANCELLED")
    where = [meeting.venue.full_address if meeting.venue else "", meeting.online_url]
    if any(where):
        event.add("location", " / ".join(part for part in where if part))
    if meeting.venue and meeting.venue.latitude is not None:
        event.add("geo", (float(meeting.venue.latitude), float(meeting.venue.longitude)))
    invited = sorted(meeting.invited_organizations.all(), key=lambda o: (o.kind, o.name))
    lines = [
        meeting.title,
        labelled(_("Bodies"), ", ".join(str(o) for o in [meeting.lead_body])),
        labelled(_("Invited"), ", ".join(str(o) for o in invited)),
        labelled(_("Status"), meeting.get_status_display()),
    ]
    if meeting.status_reason:
        lines.append(labelled(_("Reason"), meeting.status_reason))
    if meeting.rescheduled_to_id:
        lines.append(
            labelled(_("Rescheduled meeting"), page("public:meeting", meeting.rescheduled_to_id))
        )
    agenda = [item for item in meeting.agenda_items.order_by("order") if item.is_public]
    if agenda:
        lines += ["", _("Agenda") + ":"]
        lines += [f"{item.number or item.order}. {item.title}" for item in agenda]
    lines += ["", labelled(_("Meeting page"), url)]
    event.add("description", "\n".join(lines))
    return event


def reference_due_date(commitment: Commitment) -> icalendar.Event:
    """A public follow-up's due date as an all-day event, built with icalendar."""
    url = page("public:commitment", commitment.pk)
    shown = display_status(commitment.status, commitment.verification)
    event = icalendar.Event()
    due = _("Due: %(owner)s – %(text)s") % {"owner": commitment.owner, "text": commitment.text[:80]}
    event.add("summary", due)
    event.add("dtstamp", commitment.updated_at)
    event.add("uid", f"commitment-{commitment.pk}@{settings.CALENDAR_UID_DOMAIN}")
    event.add("created", commitment.created_at)
    event.add("last-modified", commitment.updated_at)
    description = [
        commitment.text,
        labelled(_("Status"), f"{shown.label} ({commitment.progress}%)"),
        labelled(_("Answers to"), commitment.answers_to),
        "",
        labelled(_("Follow-up page"), url),
    ]
    event.add("description", "\n".join(description))
    event.add("url", url)
    event.add("dtstart", commitment.due_date)
    event.add("dtend", commitment.due_date + datetime.timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("categories", [str(shown.label)])
    return event


def properties(calendar: icalendar.Calendar) -> dict[str, dict]:
    """Each VEVENT's properties by UID, as values a reader compares (times with their TZID)."""
    events = {}
    for event in calendar.walk("VEVENT"):
        found = {}
        for name in PROPERTIES:
            if name not in event:
                continue
            value = event[name]
            if hasattr(value, "dt"):
                found[name] = (value.dt, value.params.get("TZID"), value.params.get("VALUE"))
            elif name == "CATEGORIES":
                found[name] = [str(category) for category in value.cats]
            elif name == "GEO":
                found[name] = (value.latitude, value.longitude)
            else:
                found[name] = str(value)
        events[found["UID"]] = found
    return events


TEXT_PROPERTIES = ("SUMMARY", "LOCATION", "DESCRIPTION", "CATEGORIES")


def escaped_texts(feed: bytes) -> dict[str, list[str]]:
    """The text properties' lines as written (unfolded, escapes kept), by event UID: a parser
    forgives a bare comma or semicolon in a SUMMARY, a stricter reader may not."""
    lines = feed.decode().replace("\r\n ", "").split("\r\n")
    events, current, uid = {}, [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current, uid = [], None
        elif line.startswith("UID:"):
            uid = line
        elif line == "END:VEVENT":
            events[uid] = sorted(current)
        elif line.split(":", 1)[0].split(";", 1)[0] in TEXT_PROPERTIES:
            current.append(line)
    return events


def test_the_written_feed_parses_like_the_icalendar_built_one(records):
    ours = build_feed(feed_of(records), load_directory(), timezone.now())
    reference = icalendar.Calendar()
    for meeting in Meeting.objects.select_related("lead_body", "venue").order_by("start", "pk"):
        reference.add_component(reference_meeting(meeting))
    for commitment in Commitment.objects.select_related("owner", "answers_to").order_by("pk"):
        reference.add_component(reference_due_date(commitment))

    expected = properties(icalendar.Calendar.from_ical(reference.to_ical()))
    written = properties(icalendar.Calendar.from_ical(ours))
    assert set(written) == set(expected)
    for uid, props in expected.items():
        assert written[uid] == props, uid
    assert escaped_texts(ours) == escaped_texts(reference.to_ical())
    # The dataset is what it claims: every case the writer branches on is in it.
    statuses = {props.get("STATUS") for props in written.values()}
    assert {"CONFIRMED", "CANCELLED", "TENTATIVE"} <= statuses
    assert any(props.get("CLASS") == "CONFIDENTIAL" for props in written.values())
    zones = {props["DTSTART"][1] for props in written.values()}
    assert {"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", None} <= zones
    assert any(len(line.encode()) == 75 for line in ours.decode().split("\r\n"))  # folded
