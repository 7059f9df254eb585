"""Typed inputs for the parts of a meeting that are written together with it."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from meetings.models import (
    Attendance,
    Legislation,
    Organization,
    OutcomeKind,
    ParticipantRole,
    Person,
)


@dataclass(frozen=True, kw_only=True)
class OutcomeInput:
    text: str
    kind: str = OutcomeKind.CONCLUSION


@dataclass(frozen=True, kw_only=True)
class AgendaItemInput:
    title: str
    # Set when revising a saved item; None adds a new one.
    id: int | None = None
    number: str = ""
    description: str = ""
    legislation: Legislation | None = None
    legislation_role: str = ""
    is_public: bool = True
    outcomes: Sequence[OutcomeInput] = field(default_factory=tuple)


@dataclass(frozen=True, kw_only=True)
class ParticipantInput:
    id: int | None = None
    person: Person | None = None
    organization: Organization | None = None
    role: str = ParticipantRole.GUEST
    attendance: str = Attendance.INVITED
    represented_by: Person | None = None
    representative_title: str = ""
    assignment_letter: str = ""
    reason: str = ""
