// Parses each calendar file with ical.js (the parser of Thunderbird and many web calendars) and
// reads every event as a client would. Prints one JSON line per file: {file, events, errors}.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

for (const file of process.argv.slice(2)) {
  const errors = [];
  let events = 0;
  try {
    const root = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
    if (root.name !== "vcalendar") errors.push(`root is ${root.name}`);
    for (const name of ["version", "prodid"]) {
      if (!root.getFirstPropertyValue(name)) errors.push(`calendar without ${name}`);
    }
    for (const zone of root.getAllSubcomponents("vtimezone")) {
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    }
    for (const component of root.getAllSubcomponents("vevent")) {
      const event = new ICAL.Event(component);
      events += 1;
      if (!event.uid) errors.push("event without UID");
      if (!component.getFirstPropertyValue("dtstamp")) errors.push(`${event.uid}: no DTSTAMP`);
      if (!event.startDate) errors.push(`${event.uid}: no DTSTART`);
      else event.startDate.toJSDate();
      if (event.endDate && event.startDate && event.endDate.compare(event.startDate) < 0) {
        errors.push(`${event.uid}: ends before it starts`);
      }
    }
  } catch (error) {
    errors.push(String(error));
  }
  console.log(JSON.stringify({ file, events, errors }));
}
