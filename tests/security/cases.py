"""The hostile and malformed inputs: (name, role, method, path, payload, field, model).

`path` and `payload` may be callables of the World, for ids of its objects; `field` is the key
the error must name; `model` is the table that must not change ("" for reads)."""

from meetings.models import OrganizationKind
from tests.factories import BodyFactory

W = "2025-03-01T09:00:00+07:00"
DEEP = {"a": None}
for _ in range(40):
    DEEP = {"a": DEEP}


def meeting(**changes):
    def build(world):
        base = {"title": "Rapat uji", "kind": "rdp", "lead_body": world.komisi.pk, "start": W}
        values = {k: (v(world) if callable(v) else v) for k, v in changes.items()}
        return {k: v for k, v in (base | values).items() if v is not ...}

    return build


def commitment(**changes):
    def build(world):
        base = {"meeting": world.open_meeting.pk, "owner": world.agency.pk, "text": "Janji uji"}
        values = {k: (v(world) if callable(v) else v) for k, v in changes.items()}
        return base | values

    return build


def report(**changes):
    return lambda world: {"text": "Laporan", "progress": 50} | changes


def item(**changes):
    return [{"title": "Mata acara"} | changes]


M, C, U = "meetings.Meeting", "commitments.Commitment", "commitments.CommitmentUpdate"
MEETINGS, COMMITMENTS = "/api/meetings/", "/api/commitments/"
S = "secretariat"


def own_updates(world):
    return f"{COMMITMENTS}{world.public_commitment.pk}/updates/"


def other_updates(world):
    return f"{COMMITMENTS}{world.other_private_commitment.pk}/updates/"


def postpone(world):
    return f"{MEETINGS}{world.open_meeting.pk}/postpone/"


CASES = [
    # Times and dates
    ("end before start", S, "post", MEETINGS, meeting(end="2025-03-01T08:00:00+07:00"), "end", M),
    ("end equals start", S, "post", MEETINGS, meeting(end=W), "end", M),
    (
        "31 February ISO",
        S,
        "post",
        MEETINGS,
        meeting(start="2025-02-31T09:00:00+07:00"),
        "start",
        M,
    ),
    ("31/02/2025", S, "post", MEETINGS, meeting(start="31/02/2025"), "start", M),
    ("naive datetime", S, "post", MEETINGS, meeting(start="2025-03-01T09:00:00"), "start", M),
    ("empty start", S, "post", MEETINGS, meeting(start=""), "start", M),
    ("words as start", S, "post", MEETINGS, meeting(start="besok pagi"), "start", M),
    ("year 1900", S, "post", MEETINGS, meeting(start="1900-03-01T09:00:00+07:00"), "start", M),
    ("offset +25:00", S, "post", MEETINGS, meeting(start="2025-03-01T09:00:00+25:00"), "start", M),
    ("epoch number", S, "post", MEETINGS, meeting(start=1740535200), "start", M),
    ("hour 25", S, "post", MEETINGS, meeting(start="2025-03-01T25:00:00+07:00"), "start", M),
    # Enumerations
    ("unknown kind", S, "post", MEETINGS, meeting(kind="rapat_rahasia"), "kind", M),
    ("SQL-like kind", S, "post", MEETINGS, meeting(kind="rdp' OR '1'='1"), "kind", M),
    ("kind as list", S, "post", MEETINGS, meeting(kind=["rdp"]), "kind", M),
    ("unknown openness", S, "post", MEETINGS, meeting(openness="setengah"), "openness", M),
    (
        "closed plenary session",
        S,
        "post",
        MEETINGS,
        meeting(kind="paripurna", openness="closed"),
        "openness",
        M,
    ),
    (
        "open Banggar meeting",
        S,
        "post",
        MEETINGS,
        meeting(kind="banggar", openness="open"),
        "openness",
        M,
    ),
    ("id as an object", S, "post", MEETINGS, meeting(lead_body={"id": 1}), "lead_body", M),
    # Text
    ("missing title", S, "post", MEETINGS, meeting(title=...), "title", M),
    ("empty title", S, "post", MEETINGS, meeting(title=""), "title", M),
    ("title too long", S, "post", MEETINGS, meeting(title="x" * 301), "title", M),
    ("huge title", S, "post", MEETINGS, meeting(title="x" * 1_000_000), "title", M),
    ("null title", S, "post", MEETINGS, meeting(title=None), "title", M),
    ("operator object", S, "post", MEETINGS, meeting(title={"$gt": ""}), "title", M),
    ("script tag", S, "post", MEETINGS, meeting(title="<script>alert(1)</script>"), "title", M),
    (
        "img onerror",
        S,
        "post",
        MEETINGS,
        meeting(title='<img src=x onerror="alert(1)">'),
        "title",
        M,
    ),
    (
        "right-to-left override",
        S,
        "post",
        MEETINGS,
        meeting(title="Rapat \u202egnp.exe"),
        "title",
        M,
    ),
    ("zero-width space", S, "post", MEETINGS, meeting(title="Ra\u200bpat"), "title", M),
    ("NUL character", S, "post", MEETINGS, meeting(title="Rapat\x00"), "title", M),
    ("script in summary", S, "post", MEETINGS, meeting(summary="<script>x</script>"), "summary", M),
    (
        "markup in a follow-up",
        S,
        "post",
        COMMITMENTS,
        commitment(text="<iframe src=//x>"),
        "text",
        C,
    ),
    (
        "zero-width in a report",
        "agency",
        "post",
        own_updates,
        report(text="Se\u200dlesai"),
        "text",
        U,
    ),
    # References
    ("unknown body id", S, "post", MEETINGS, meeting(lead_body=999_999), "lead_body", M),
    ("SQL-like id", S, "post", MEETINGS, meeting(lead_body="1 OR 1=1"), "lead_body", M),
    ("id beyond 64 bits", S, "post", MEETINGS, meeting(lead_body=2**63), "lead_body", M),
    ("negative id", S, "post", MEETINGS, meeting(lead_body=-1), "lead_body", M),
    (
        "agency as lead body",
        S,
        "post",
        MEETINGS,
        meeting(lead_body=lambda w: w.agency.pk),
        "lead_body",
        M,
    ),
    (
        "unknown invited id",
        S,
        "post",
        MEETINGS,
        meeting(invited_organizations=[999_999]),
        "invited_organizations",
        M,
    ),
    (
        "invited as text",
        S,
        "post",
        MEETINGS,
        meeting(invited_organizations="semua"),
        "invited_organizations",
        M,
    ),
    ("unknown venue", S, "post", MEETINGS, meeting(venue=999_999), "venue", M),
    # Links
    (
        "javascript: link",
        S,
        "post",
        MEETINGS,
        meeting(online_url="javascript:alert(1)"),
        "online_url",
        M,
    ),
    (
        "script as link",
        S,
        "post",
        MEETINGS,
        meeting(source_url="<script>alert(1)</script>"),
        "source_url",
        M,
    ),
    # Nesting
    (
        "deep nesting",
        S,
        "post",
        MEETINGS,
        meeting(agenda_items=[{"title": DEEP}]),
        "agenda_items",
        M,
    ),
    ("agenda as text", S, "post", MEETINGS, meeting(agenda_items="rapat"), "agenda_items", M),
    (
        "unknown legislation role",
        S,
        "post",
        MEETINGS,
        meeting(agenda_items=item(legislation_role="veto")),
        "agenda_items",
        M,
    ),
    (
        "unknown attendance",
        S,
        "post",
        MEETINGS,
        meeting(participants=[{"organization": 1, "attendance": "hadir_palsu"}]),
        "participants",
        M,
    ),
    (
        "follow-up due 31/02",
        S,
        "post",
        MEETINGS,
        meeting(
            commitments=lambda w: [{"text": "x", "owner": w.agency.pk, "due_date": "2025-02-31"}]
        ),
        "commitments",
        M,
    ),
    (
        "follow-up on missing agenda item",
        S,
        "post",
        MEETINGS,
        meeting(commitments=lambda w: [{"text": "x", "owner": w.agency.pk, "agenda_item": 5}]),
        "commitments",
        M,
    ),
    # Follow-ups
    ("unknown meeting", S, "post", COMMITMENTS, commitment(meeting=999_999), "meeting", C),
    (
        # A body or outside party may owe a follow-up; a party group (fraksi) never does.
        "party group as owner",
        S,
        "post",
        COMMITMENTS,
        commitment(owner=lambda w: BodyFactory(kind=OrganizationKind.FRAKSI).pk),
        "owner",
        C,
    ),
    ("due 2025-02-31", S, "post", COMMITMENTS, commitment(due_date="2025-02-31"), "due_date", C),
    ("due 31/02/2025", S, "post", COMMITMENTS, commitment(due_date="31/02/2025"), "due_date", C),
    ("empty follow-up text", S, "post", COMMITMENTS, commitment(text=""), "text", C),
    ("unknown follow-up kind", S, "post", COMMITMENTS, commitment(kind="janji"), "kind", C),
    ("unknown office", S, "post", COMMITMENTS, commitment(owner_role="raja"), "owner_role", C),
    (
        "person id as text",
        S,
        "post",
        COMMITMENTS,
        commitment(person_in_charge="abc"),
        "person_in_charge",
        C,
    ),
    # Progress reports by an agency
    ("progress 101", "agency", "post", own_updates, report(progress=101), "progress", U),
    ("progress -1", "agency", "post", own_updates, report(progress=-1), "progress", U),
    (
        "progress as percent text",
        "agency",
        "post",
        own_updates,
        report(progress="50%"),
        "progress",
        U,
    ),
    (
        "evidence javascript: link",
        "agency",
        "post",
        own_updates,
        report(evidence_url="javascript:alert(1)"),
        "evidence_url",
        U,
    ),
    ("report date 31/02", "agency", "post", own_updates, report(date="2025-02-31"), "date", U),
    ("other agency's follow-up", "agency", "post", other_updates, report(), "detail", U),
    (
        "postpone to a naive time",
        S,
        "post",
        postpone,
        lambda w: {"new_start": "2025-04-01T09:00"},
        "new_start",
        M,
    ),
    # Control characters (one vertical tab once broke the news feeds for everyone)
    ("title with a vertical tab", S, "post", MEETINGS, meeting(title="Rapat\x0buji"), "title", M),
    ("summary with a NUL-free C0", S, "post", MEETINGS, meeting(summary="a\x1bb"), "summary", M),
    (
        "agenda item with a form feed",
        S,
        "post",
        MEETINGS,
        meeting(agenda_items=item(title="Mata\x0cacara")),
        "agenda_items",
        M,
    ),
    ("follow-up with a bell", S, "post", COMMITMENTS, commitment(text="Janji\x07"), "text", C),
    (
        "progress report with an escape",
        "agency",
        "post",
        own_updates,
        report(text="a\x1b"),
        "text",
        U,
    ),
]
