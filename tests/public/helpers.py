import icalendar


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def events_by_uid(calendar: icalendar.Calendar) -> dict:
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def meeting_event(calendar, meeting):
    return events_by_uid(calendar)[f"meeting-{meeting.pk}@dprd-opd-tracker"]
