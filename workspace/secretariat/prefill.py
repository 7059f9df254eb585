"""A meeting draft read from a news report, as initial values of the "log a meeting" page.

Every prefilled value is shown with the sentence it came from, each sentence once, beside the
values it supports, so the clerk checks them against the report. Names are matched against the
directory (venues, organizations, people) before anything new is proposed. Nothing is saved here.
"""

import datetime
import re

from django.core import signing
from django.utils.translation import gettext as _

from meetings.models import MeetingKind, Organization, ParticipantRole, Person, Venue
from workspace.secretariat.owners import OwnerDirectory

SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
STATE_SALT = "workspace.meeting-draft"
# Which section of the page each meeting field sits in, to show its source there.
SECTIONS = {
    "title": "meeting",
    "kind": "meeting",
    "date": "when",
    "start_time": "when",
    "venue": "when",
    "lead_body": "who",
    "invited_organizations": "who",
    "summary": "summary",
}


def source_sentence(text: str, span) -> str:
    """The whole sentence around a [start, end] span of the report."""
    if not span or span[0] >= len(text):
        return ""
    start, end = span[0], max(span[1], span[0])
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in SENTENCE_END.finditer(text, end)), len(text))
    return " ".join(text[left:right].split())


def _id(entry) -> int | None:
    return entry.get("id") if entry else None


def _matching_venue(name: str) -> int | None:
    """A venue of the directory whose name is the drafted one, or contains it or is contained
    in it ("Ruang Rapat Komisi" for "ruang rapat Komisi I"), so that no twin is created."""
    wanted = " ".join(name.lower().split())
    if not wanted:
        return None
    for pk, venue_name in Venue.objects.values_list("pk", "name"):
        known = " ".join(venue_name.lower().split())
        if known == wanted or (len(known) > 8 and (known in wanted or wanted in known)):
            return pk
    return None


def _matching(model, name: str) -> int | None:
    cleaned = " ".join(name.split())
    if not cleaned:
        return None
    query = model.objects.filter(name__iexact=cleaned)
    if model is Organization:
        query = Organization.objects.filter(name__iexact=cleaned) | Organization.objects.filter(
            abbreviation__iexact=cleaned
        )
    return query.values_list("pk", flat=True).first()


def proposed_title(draft: dict) -> str:
    """A title when the report gives none: kind, body, agencies and the subject."""
    if draft.get("title"):
        return draft["title"]
    kind = MeetingKind(draft["kind"]).label if draft.get("kind") in MeetingKind.values else ""
    kind = kind.split(" (")[0] if kind else _("Meeting")
    bodies = [b.get("name", "") for b in draft.get("bodies") or [] if b.get("name")]
    agencies = [o.get("abbreviation") or o.get("name", "") for o in draft.get("opds", [])][:3]
    subject = next((i.get("title") or i.get("name") for i in draft.get("legislation", [])), "")
    parts = [kind, bodies[0] if bodies else ""]
    if agencies:
        parts.append(_("with %(agencies)s") % {"agencies": ", ".join(a for a in agencies if a)})
    if subject:
        parts.append(_("on %(subject)s") % {"subject": subject})
    return " ".join(p for p in parts if p)[:300]


def meeting_initial(draft: dict, text: str) -> tuple[dict, dict]:
    """(initial values of the meeting form, source sentence per field)."""
    spans = draft.get("spans", {})
    bodies = draft.get("bodies") or []
    venue = draft.get("venue") or {}
    agencies = [
        o.get("id") or _matching(Organization, o.get("name", "")) for o in draft.get("opds", [])
    ]
    initial = {
        "title": proposed_title(draft),
        "kind": draft["kind"] if draft.get("kind") in MeetingKind.values else "",
        "lead_body": _id(bodies[0]) if bodies else None,
        "other_bodies": [b["id"] for b in bodies[1:] if b.get("id")],
        "invited_organizations": [pk for pk in agencies if pk],
        "status": "held" if draft.get("status") == "held" else "scheduled",
        "summary": "; ".join(
            t if isinstance(t, str) else t.get("text", "") for t in draft.get("topics", [])
        ),
    }
    if draft.get("date"):
        initial["date"] = datetime.date.fromisoformat(draft["date"])
    if draft.get("time"):
        initial["start_time"] = datetime.time.fromisoformat(draft["time"])
    if draft.get("time_zone"):
        initial["time_zone"] = draft["time_zone"]
    venue_id = venue.get("id") or _matching_venue(venue.get("name", ""))
    if venue_id:
        initial["venue"] = venue_id
    elif venue.get("name"):
        initial["new_venue"] = venue["name"]
    sources = {
        "date": source_sentence(text, spans.get("date")),
        "start_time": source_sentence(text, spans.get("time")),
        "kind": source_sentence(text, spans.get("kind")),
        "lead_body": source_sentence(text, bodies[0].get("span")) if bodies else "",
        "venue": source_sentence(text, venue.get("span")),
        "invited_organizations": [
            source_sentence(text, o.get("span")) for o in draft.get("opds", [])[:3]
        ],
    }
    return initial, {name: sentence for name, sentence in sources.items() if sentence}


def source_groups(sources: dict, labels: dict) -> dict[str, list[tuple[str, list[str]]]]:
    """Per page section, each source sentence once with the labels of the values it supports.
    A sentence supporting values in several sections is shown in the first of them only."""
    seen: dict[str, tuple[str, list[str]]] = {}
    groups: dict[str, list] = {}
    for name, section in SECTIONS.items():
        found = sources.get(name) or []
        for sentence in [found] if isinstance(found, str) else found:
            if not sentence:
                continue
            if sentence not in seen:
                seen[sentence] = (sentence, [])
                groups.setdefault(section, []).append(seen[sentence])
            if str(labels.get(name, name)) not in seen[sentence][1]:
                seen[sentence][1].append(str(labels.get(name, name)))
    return groups


def agenda_initial(draft: dict) -> list[dict]:
    rows = [
        {"title": item.get("title") or item.get("name", ""), "legislation": item.get("id")}
        for item in draft.get("legislation", [])
    ]
    if rows:
        return rows
    topics = [t if isinstance(t, str) else t.get("text", "") for t in draft.get("topics", [])]
    first = next((t for t in topics if t), "") or proposed_title(draft)
    return [{"title": first[:400]}]


# "Rapat dipimpin Ketua Komisi III, Hamzah ...", "RDP yang dipimpin langsung Ketua Komisi 2":
# the councillor the report says led it chaired it.
_LED = re.compile(r"\b(?:dipimpin|memimpin)\b", re.IGNORECASE)


def participants_initial(draft: dict, text: str) -> list[dict]:
    rows = []
    chair_found = False
    for person in draft.get("people", []):
        person_id = person.get("person_id") or _matching(Person, person.get("name", ""))
        organization_id = person.get("organization_id")
        source = source_sentence(text, person.get("span"))
        role = ParticipantRole.SPEAKER if person.get("side") == "opd" else ParticipantRole.MEMBER
        if person.get("side") == "dprd" and not chair_found and _leads(source, person):
            role, chair_found = ParticipantRole.CHAIR, True
        row = {
            "person": person_id,
            "organization": organization_id,
            "role": role,
            "source": source,
        }
        if not person_id:
            row["new_name"] = person.get("name", "")
        rows.append(row)
    return rows


def _leads(source: str, person: dict) -> bool:
    """The sentence says the meeting was led by this councillor: "dipimpin" comes before the
    name, with no other name between them."""
    led = _LED.search(source or "")
    if led is None:
        return False
    at = (source or "").find(person.get("name", ""))
    return at > led.start() and at - led.end() <= 60


def commitments_initial(draft: dict, text: str) -> list[dict]:
    """One row per drafted follow-up, whoever owes it: an agency, the DPRD or one of its
    bodies, or an outside party. An owner the directory does not know stays empty with its
    name in `owner_name`, for the clerk to choose or add; the row is kept either way."""
    owners = OwnerDirectory()
    rows = []
    for item in draft.get("commitments", []):
        by = (item.get("by") or "").strip()
        owner = item.get("by_id") or owners.match(by)
        rows.append(
            {
                "kind": item.get("kind"),
                "text": item.get("text", ""),
                "owner": owner,
                "owner_name": "" if owner else by,
                "agenda_item": 0,
                "due_date": datetime.date.fromisoformat(item["due"]) if item.get("due") else None,
                "source": source_sentence(text, item.get("span")),
            }
        )
    return rows


def unknown_entries(draft: dict) -> dict[str, list[str]]:
    """The people the directory does not know (saving the meeting adds them) and the
    organizations it does not know (the clerk adds those, or picks one it holds: a follow-up's
    owner and an invitation need an organization of the directory)."""
    organizations = [
        o["name"]
        for o in draft.get("opds", [])
        if not o.get("id") and not _matching(Organization, o.get("name", ""))
    ]
    owners = OwnerDirectory()
    for item in draft.get("commitments", []):
        by = (item.get("by") or "").strip()
        if by and not item.get("by_id") and not owners.match(by) and by not in organizations:
            organizations.append(by)
    people = [
        p["name"]
        for p in draft.get("people", [])
        if not p.get("person_id") and not _matching(Person, p.get("name", ""))
    ]
    return {"organizations": organizations, "people": people}


def dedupe_row_sources(rows: list[str], shown: set[str]) -> list[str]:
    """A row's sentence only where it has not been shown already on the page."""
    out = []
    for sentence in rows:
        out.append("" if not sentence or sentence in shown else sentence)
        if sentence:
            shown.add(sentence)
    return out


def report_state_token(state: dict) -> str:
    return signing.dumps(state, salt=STATE_SALT, compress=True)


def report_state(request) -> dict:
    """The draft's banner and sources, carried through a failed save by a signed field."""
    token = request.POST.get("from_report") if request.method == "POST" else None
    if not token:
        return {}
    try:
        state = signing.loads(token, salt=STATE_SALT, max_age=datetime.timedelta(days=2))
    except signing.BadSignature:
        return {}
    return {
        "from_report": True,
        "report_state": token,
        "source_groups": {k: [tuple(g) for g in v] for k, v in state.get("groups", {}).items()},
        "row_sources": state.get("rows", {}),
        "new_people": state.get("new_people", []),
        "unknown_organizations": state.get("unknown_organizations", []),
    }
