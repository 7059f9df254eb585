"""A meeting draft read from a news report, as initial values of the "log a meeting" page.

Every prefilled value carries the sentence it came from, so the clerk checks it against the
report; names not found in the directory are offered as new entries. Nothing is saved here.
"""

import datetime
import re

from meetings.models import MeetingKind, ParticipantRole

SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


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


def meeting_initial(draft: dict, text: str) -> tuple[dict, dict]:
    """(initial values of the meeting form, source sentence per field)."""
    spans = draft.get("spans", {})
    bodies = draft.get("bodies") or []
    venue = draft.get("venue") or {}
    initial = {
        "title": draft.get("title", ""),
        "kind": draft["kind"] if draft.get("kind") in MeetingKind.values else "",
        "lead_body": _id(bodies[0]) if bodies else None,
        "other_bodies": [b["id"] for b in bodies[1:] if b.get("id")],
        "invited_organizations": [o["id"] for o in draft.get("opds", []) if o.get("id")],
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
    if venue.get("id"):
        initial["venue"] = venue["id"]
    elif venue.get("name"):
        initial["new_venue"] = venue["name"]
    sources = {
        "date": source_sentence(text, spans.get("date")),
        "start_time": source_sentence(text, spans.get("time")),
        "kind": source_sentence(text, spans.get("kind")),
        "lead_body": source_sentence(text, bodies[0].get("span")) if bodies else "",
        "venue": source_sentence(text, venue.get("span")),
        "new_venue": source_sentence(text, venue.get("span")),
        "invited_organizations": " … ".join(
            source_sentence(text, o.get("span")) for o in draft.get("opds", [])[:3]
        ),
    }
    return initial, {name: sentence for name, sentence in sources.items() if sentence}


def agenda_initial(draft: dict) -> list[dict]:
    rows = [
        {"title": item.get("title") or item.get("name", ""), "legislation": item.get("id")}
        for item in draft.get("legislation", [])
    ]
    return rows or [{"title": draft.get("title", "")}]


def participants_initial(draft: dict, text: str) -> list[dict]:
    rows = []
    for person in draft.get("people", []):
        row = {
            "person": person.get("person_id"),
            "organization": person.get("organization_id"),
            "role": ParticipantRole.SPEAKER
            if person.get("side") == "opd"
            else ParticipantRole.MEMBER,
            "source": source_sentence(text, person.get("span")),
        }
        if not person.get("person_id"):
            row["new_name"] = person.get("name", "")
        rows.append(row)
    return rows


def commitments_initial(draft: dict, text: str) -> list[dict]:
    return [
        {
            "kind": item.get("kind"),
            "text": item.get("text", ""),
            "owner": item.get("by_id"),
            "due_date": datetime.date.fromisoformat(item["due"]) if item.get("due") else None,
            "source": source_sentence(text, item.get("span")),
        }
        for item in draft.get("commitments", [])
    ]


def unknown_names(draft: dict) -> list[str]:
    """Organizations and people the directory does not know: new entries for the clerk."""
    names = [o["name"] for o in draft.get("opds", []) if not o.get("id")]
    names += [p["name"] for p in draft.get("people", []) if not p.get("person_id")]
    return names
