"""What a browser sends when a person submits a form as the page rendered it.

Tests that post hand-written ideal data passed while a clerk could not save a meeting: a select
always posts its selected (or first) option, an untouched text box posts "", an unticked box
posts nothing. This reads the rendered form and builds exactly that, so a test changes only
what a person would type or choose.
"""

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self, form_action: str | None):
        super().__init__(convert_charrefs=True)
        self.wanted_action = form_action
        self.in_form = False
        self.fields: list[tuple[str, str]] = []
        self._select: dict | None = None
        self._option: dict | None = None
        self._textarea: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            action = attrs.get("action", "")
            self.in_form = self.wanted_action is None or action == self.wanted_action
            return
        if not self.in_form:
            return
        if tag == "input" and attrs.get("name") and "disabled" not in attrs:
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.fields.append((attrs["name"], attrs.get("value", "on")))
            elif kind not in ("submit", "button", "file", "image", "reset"):
                self.fields.append((attrs["name"], attrs.get("value", "")))
        elif tag == "select" and attrs.get("name"):
            self._select = {
                "name": attrs["name"],
                "options": [],
                "selected": None,
                "multiple": "multiple" in attrs,
                "all_selected": [],
            }
        elif tag == "option" and self._select is not None:
            self._option = {
                "value": attrs.get("value"),
                "text": "",
                "selected": "selected" in attrs,
            }
        elif tag == "textarea" and attrs.get("name"):
            self._textarea = {"name": attrs["name"], "text": ""}

    def handle_data(self, data):
        if self._option is not None:
            self._option["text"] += data
        if self._textarea is not None:
            self._textarea["text"] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "option" and self._option is not None and self._select is not None:
            option = self._option
            value = option["value"] if option["value"] is not None else option["text"].strip()
            self._select["options"].append(value)
            if option["selected"]:
                self._select["selected"] = value
                self._select["all_selected"].append(value)
            self._option = None
        elif tag == "select" and self._select is not None:
            select = self._select
            if select["multiple"]:
                self.fields += [(select["name"], value) for value in select["all_selected"]]
                self._select = None
                return
            chosen = (
                select["selected"]
                if select["selected"] is not None
                else (select["options"][0] if select["options"] else None)
            )
            if chosen is not None:
                self.fields.append((select["name"], chosen))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            text = self._textarea["text"]
            self.fields.append(
                (self._textarea["name"], text[1:] if text.startswith("\n") else text)
            )
            self._textarea = None


def browser_data(html: str, *, action: str | None = None, **changes) -> dict:
    """The form's data as a browser would post it, with `changes` typed over it.

    Lists (checkbox groups, multi-selects) come back as lists; `changes` values replace."""
    reader = _FormReader(action)
    reader.feed(html)
    data: dict = {}
    for name, value in reader.fields:
        if name in data:
            data[name] = (
                [*data[name], value] if isinstance(data[name], list) else [data[name], value]
            )
        else:
            data[name] = value
    data.update(changes)
    return data
