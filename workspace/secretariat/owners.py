"""Who owes a drafted follow-up: the extractor's `by` ("Diskominfo", "Komisi I", "Pansus
RPJMD", "DPRD", "Polres Probolinggo") matched against the directory's agencies, the DPRD and its
bodies, and outside parties, by name or abbreviation.

A name the directory does not know is never guessed at: the row keeps no owner and shows the
name, so the clerk chooses the right one or adds it to the directory first; the follow-up
itself is never dropped.
"""

import re
from dataclasses import dataclass

from commitments.models import OWNER_KINDS
from meetings.models import Organization, OrganizationKind

# Words a report uses for a body that the directory names otherwise, by the kind they mean.
KIND_WORDS = {
    "dprd": OrganizationKind.DPRD,
    "dewan": OrganizationKind.DPRD,
    "pimpinan": OrganizationKind.PIMPINAN,
    "pimpinan dprd": OrganizationKind.PIMPINAN,
    "pimpinan dewan": OrganizationKind.PIMPINAN,
    "bamus": OrganizationKind.BAMUS,
    "badan musyawarah": OrganizationKind.BAMUS,
    "banggar": OrganizationKind.BANGGAR,
    "badan anggaran": OrganizationKind.BANGGAR,
    "bapemperda": OrganizationKind.BAPEMPERDA,
    "badan pembentukan peraturan daerah": OrganizationKind.BAPEMPERDA,
    "bk": OrganizationKind.BK,
    "badan kehormatan": OrganizationKind.BK,
    "pansus": OrganizationKind.PANSUS,
    "panitia khusus": OrganizationKind.PANSUS,
}
PLACE_WORDS = {"kabupaten", "kab", "kota", "provinsi", "prov"}
ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v", "6": "vi"}
# Short names match inside longer ones only past this length ("BK" is not inside "BKPSDM").
CONTAINED_MIN = 8


def normalized(name: str) -> str:
    """Lower case, single spaces, Arabic commission numbers as Roman ("Komisi 1" = "Komisi I"),
    and no "Kabupaten/Kota" place words after DPRD, which reports often drop."""
    words = re.sub(r"[^\w\s]", " ", name.lower()).split()
    if len(words) >= 2 and words[0] == "komisi":
        words[1] = ROMAN.get(words[1], words[1])
    if words and words[0] == "dprd":
        words = [w for w in words if w not in PLACE_WORDS]
    return " ".join(words)


def _inside(short: str, long: str) -> bool:
    # Whole words only: "komisi i" is not inside "komisi ii".
    return f" {short} " in f" {long} "


@dataclass(frozen=True)
class Owner:
    pk: int
    kind: str
    names: tuple[str, ...]


class OwnerDirectory:
    """The organizations that can owe a follow-up, read in one query."""

    def __init__(self):
        rows = Organization.objects.filter(kind__in=OWNER_KINDS).values_list(
            "pk", "kind", "name", "abbreviation"
        )
        self.owners = [
            Owner(pk, kind, tuple(normalized(n) for n in (name, abbr) if n))
            for pk, kind, name, abbr in rows
        ]

    def match(self, name: str) -> int | None:
        wanted = normalized(name or "")
        if not wanted:
            return None
        exact = [o.pk for o in self.owners if wanted in o.names]
        if len(exact) == 1:
            return exact[0]
        kind = KIND_WORDS.get(wanted)
        if kind is not None:
            # "DPRD", "Banggar", "Pansus": the one body of that kind, if there is only one.
            of_kind = [o.pk for o in self.owners if o.kind == kind]
            return of_kind[0] if len(of_kind) == 1 else None
        return self._contained(wanted)

    def _contained(self, wanted: str) -> int | None:
        """A unique directory name inside the wanted one or around it ("Polres Probolinggo"
        for "Polres Probolinggo Kota"), or a body of the same kind whose distinguishing words
        the other has ("Pansus RPJMD" for "Pansus Raperda RPJMD")."""
        first = wanted.split()[0]
        kind = KIND_WORDS.get(first)
        candidates = [o for o in self.owners if kind is None or o.kind == kind]
        found = {
            (o.pk, known) for o in candidates for known in o.names if _related(known, wanted, first)
        }
        if len({pk for pk, _known in found}) > 1:
            # "Komisi I DPRD Probolinggo" names the Komisi first, then its DPRD.
            found = {(pk, known) for pk, known in found if f"{wanted} ".startswith(f"{known} ")}
        owners = {pk for pk, _known in found}
        return owners.pop() if len(owners) == 1 else None


def _related(known: str, wanted: str, first: str) -> bool:
    if len(min(known, wanted, key=len)) < CONTAINED_MIN:
        return False
    return _inside(known, wanted) or _inside(wanted, known) or _same_words(known, wanted, first)


def _same_words(known: str, wanted: str, first: str) -> bool:
    # "Pansus RPJMD" and "Pansus Raperda RPJMD": the same body word, and the shorter name's
    # other words all in the longer one.
    if first not in KIND_WORDS or not known.startswith(first):
        return False
    shorter, longer = sorted((known.split(), wanted.split()), key=len)
    return len(shorter) > 1 and all(word in longer for word in shorter[1:])
