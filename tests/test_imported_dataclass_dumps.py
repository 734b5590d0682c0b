"""`asdict(launch)` / `launch.model_dump()` of an instance of a dataclass or a pydantic model another module of the run
defines (`from app.models import Launch`): its field names are the body's keys (FL102 for one no launch has), each
value the one the call gives where it is kept (a dataclass's; a pydantic `str` given a string literal), or a literal
default; with the same guards as a class of the same file (a base, a `Field(…)`, a config, a method dumping it:
unknown). It was unknown (FL011) before."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import tree_diagnostics

FLOW = "2b9c3a1e-8a3f-4a6e-9d1c-0f1e2d3c4b5a"
MODELS = '''from dataclasses import dataclass
from pydantic import BaseModel


@dataclass
class Launch:
    flowId: str
    inputData: dict
    EXTRA


class Model(BaseModel):
    flowId: str
    MODEL_EXTRA
'''
GO = f'''from dataclasses import asdict
import requests
from app.models import Launch, Model


def go(x):
    launch = Launch("{FLOW}", {{"Flow.x": x}})
    requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json=asdict(launch))
    m = Model(flowId="FLOW_ID")
    requests.post("https://api.mypurecloud.com/api/v2/flows/executions", json=m.model_dump())
'''


def found(root: Path, monkeypatch: pytest.MonkeyPatch, extra: str, model_extra: str, go: str = GO) -> set[tuple[int, str]]:
    files = {"app/__init__.py": "", "app/models.py": MODELS.replace("EXTRA", extra, 1).replace("MODEL_EXTRA", model_extra),
             "app/go.py": go}
    diagnostics = tree_diagnostics(root, monkeypatch, files)
    return {(d["line"], d["code"]) for d in diagnostics if d["file"].endswith("go.py") and d["code"] != "FL200"}


def test_the_fields_and_the_values_given_are_the_body(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert found(tmp_path, monkeypatch, "extra: int = 1", 'flow_version: str = "1"') == {
        (8, "FL102"), (9, "FL104"), (10, "FL102")}


def test_a_correct_launch_is_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    go = GO.replace('"FLOW_ID"', f'"{FLOW}"')
    assert found(tmp_path, monkeypatch, 'name: str = "x"', 'flowVersion: str = "1"', go) == set()


@pytest.mark.parametrize(("extra", "model_extra"), [
    ("extra: ClassVar[int] = 1", "flow_version: str = Field('1')"),
    ("extra: InitVar[int] = 1", "flow_version: str = '1'\n    model_config = {'alias_generator': str.upper}"),
])
def test_a_class_not_plain_is_unknown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str, model_extra: str) -> None:
    said = found(tmp_path, monkeypatch, extra, model_extra)
    assert (8, "FL011") in said and (10, "FL011") in said and not {c for _, c in said} & {"FL102", "FL104"}, said


def test_a_dataclass_field_with_a_field_call_keeps_its_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # (asdict writes every field, `extra` too: its value, given positionally past a `field(…)`, is not known)
    assert (8, "FL102") in found(tmp_path, monkeypatch, "extra: int = field(default=1)", "")


def test_an_instance_changed_here_keeps_its_names_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    go = GO.replace("    requests.post(\"https://api.mypurecloud.com/api/v2/flows/executions\", json=asdict",
                    "    launch.flowId = x\n    requests.post(\"https://api.mypurecloud.com/api/v2/flows/executions\", json=asdict")
    changed = found(tmp_path, monkeypatch, "extra: int = 1", "", go)
    assert (9, "FL102") in changed and (10, "FL104") in changed  # (one line down) values unknown, names still judged


def test_an_instance_made_where_it_is_dumped_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # asdict(Launch(…)) / Model(…).model_dump() made inline: nothing else reaches the instance (it was unknown, FL011)
    go = GO.replace("    launch = Launch", "    x = Launch").replace("json=asdict(launch)", f'json=asdict(Launch("{FLOW}", {{}}))') \
        .replace("    m = Model(", "    y = Model(").replace("json=m.model_dump()", 'json=Model(flowId="FLOW_ID").model_dump()')
    assert found(tmp_path, monkeypatch, "extra: int = 1", "", go) == {(8, "FL102"), (10, "FL104")}
