"""A launch URL read from a `@property` of the class (`self.session.post(self.executions_url, json=…)`): the
property's one `return` is the URL, when the class defines it once (no setter) with that single statement."""

from __future__ import annotations

from pathlib import Path

from validator.sources.extract import extract

from conftest import check_file

BASE = ('import requests\n\n\nclass BaseClient:\n    def __init__(self, region="mypurecloud.com"):\n'
        '        self.base = f"https://api.{region}"\n        self.session = requests.Session()\n\n\n'
        'class FlowsClient(BaseClient):\n')
PROPERTY = '    @property\n    def executions_url(self):\n        return self.base + "/api/v2/flows/executions"\n\n'
LAUNCH = ('    def launch(self, flow_id, **inputs):\n'
          '        return self.session.post(self.executions_url, json={"flowId": flow_id, "inputs": inputs})\n')
OTHER = ('\n    def launch2(self, flow_id, **inputs):\n        return self.session.post(self.base + "/api/v2/flows/executions", '
         'json={"flowId": flow_id, "inputData": inputs})\n')


def test_a_launch_sent_to_a_property_returning_the_launch_url_is_read(tmp_path: Path) -> None:
    for text in (BASE + PROPERTY + LAUNCH, BASE + PROPERTY + LAUNCH + OTHER):
        found = check_file(tmp_path, "a.py", text, contract_findings=False)
        assert [(d["code"], d["line"]) for d in found] == [("FL101", 16)], found


def test_a_property_with_a_setter_or_more_than_a_return_is_not_read_as_the_url() -> None:
    setter = '    @executions_url.setter\n    def executions_url(self, value):\n        self._url = value\n\n'
    branchy = PROPERTY.replace("        return", "        if self.base:\n            return self.base\n        return")
    assert len(extract("python", BASE + PROPERTY + LAUNCH + OTHER, "a.py")) == 2  # (both read, as above)
    for text in (BASE + PROPERTY + setter + LAUNCH + OTHER, BASE + branchy + LAUNCH + OTHER):
        # only the other launch is read: what the property gives is not known
        assert [read.body.get("inputs") for read in extract("python", text, "a.py")] == [None], text
