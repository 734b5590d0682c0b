"""JavaScript class fields (issue 21): `this.x` is an instance field in a method or an instance field's initializer, a
static field in a static method or block, and neither in a `function` of its own; a field never binds a bare name."""

from __future__ import annotations

from pathlib import Path

from validator.sources.extract import extract

from conftest import check_file

API = "https://api.mypurecloud.com/api/v2/flows/executions"
SEND = "fetch({url}, {{ method: 'POST', headers: {{ 'Content-Type': 'application/json' }}, body: JSON.stringify({{ flowId: 'nope' }}) }})"


def urls(text: str) -> list[str | None]:
    return [request.url.value if request.url is not None else None for request in extract("javascript", text, "a.js")]


def test_this_in_an_instance_method_is_not_the_class(tmp_path: Path) -> None:
    instance = f"class Launcher {{\n  url = '{API}';\n  launch() {{ return {SEND.format(url='this.url')}; }}\n}}\n"
    assert urls(instance) == [API]  # reached: an instance field is read through `this`
    assert [d["code"] for d in check_file(tmp_path, "a.js", instance)] == ["FL104"]
    static = instance.replace("  url =", "  static url =")  # `this.url` is undefined in an instance method
    assert urls(static) == []
    assert [d["code"] for d in check_file(tmp_path, "b.js", static)] == ["FL011"]  # named, not read: said


def test_this_in_a_static_method_is_the_class(tmp_path: Path) -> None:
    text = f"class Launcher {{\n  static url = '{API}';\n  static launch() {{ return {SEND.format(url='this.url')}; }}\n}}\n"
    assert urls(text) == [API]
    assert urls(text.replace("  static url =", "  url =")) == []


def test_this_in_an_arrow_field_is_the_instance_in_a_function_its_callers(tmp_path: Path) -> None:
    arrow = f"class Launcher {{\n  url = '{API}';\n  launch = () => {SEND.format(url='this.url')};\n}}\n"
    assert urls(arrow) == [API]
    own = f"class Launcher {{\n  url = '{API}';\n  launch() {{ return function () {{ return {SEND.format(url='this.url')}; }}; }}\n}}\n"
    assert urls(own) == []


def test_a_field_does_not_bind_a_bare_name(tmp_path: Path) -> None:
    text = (f"const body = {{ flowId: '8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90' }};\nclass Launcher {{\n  body = {{ type: 'x' }};\n"
            f"  static URL = 'https://example.com/other';\n  launch() {{ return {SEND.format(url=repr(API))[:-4]}".replace(
                "JSON.stringify({ flowId: 'nope' }", "JSON.stringify(body") + " }); }\n}\n")
    assert urls(text) == [API]
    assert check_file(tmp_path, "a.js", text, contract_findings=False) == []  # the module's body: no FL101 on `type`
