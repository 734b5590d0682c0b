"""A service a repository's Docker Compose file runs from a mock server's image (WireMock, MockServer, Prism…) or as
`flowlint serve` stands in for the platform: a launch a test sends it is judged on the file's evidence, as one sent to
`http://wiremock:8080` is, where before a host of a plain name (`platform`, `api`) with a body holding a member no
launch has was taken for another API's. A mock server named after a service of the project's own (`scheduler`), a
service of another image (`orders`) and a compose file outside the checked tree change nothing (reach item 4; repros
in /tmp/s39/reach/i4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import UUID2, diagnostics

pytestmark = pytest.mark.usefixtures("in_tmp")

COMPOSE = """services:
  app:
    build: .
    environment:
      GC_API: http://platform:8080
  platform:
    image: wiremock/wiremock:3.3.1
    ports: ["8080:8080"]
  api:
    image: "mockserver/mockserver:5.15.0"
  upstream:
    image: stoplight/prism:5
    command: mock -h 0.0.0.0 /specs/openapi.yaml
  stand-in:
    image: python:3.12-slim
    command: ["flowlint", "serve", "--host", "0.0.0.0"]
  scheduler:
    image: wiremock/wiremock:3.3.1
  orders:
    image: acme/orders:1.4
    container_name: backend
"""
HOSTS = ["platform", "api", "upstream", "stand-in", "scheduler", "orders", "backend"]
DOUBLES = ["platform", "api", "upstream", "stand-in"]


def launch_file(host: str) -> str:
    return ("import PureCloudPlatformClientV2\nimport requests\n\n\ndef send():\n"
            f'    requests.post("http://{host}:8080/api/v2/flows/executions",\n'
            f'                  json={{"flowId": "{UUID2}", "priority": 5}})\n')


def codes(found: list[dict[str, Any]]) -> list[str]:
    return [d["code"] for d in found if not d["code"].startswith("FL2")]


def checked(tmp_path: Path, host: str, *args: str) -> list[dict[str, Any]]:
    (tmp_path / "tests").mkdir(exist_ok=True)
    (tmp_path / "tests" / "launch_check.py").write_text(launch_file(host), encoding="utf-8")
    return diagnostics("--no-cache", "-v", *args)


@pytest.mark.parametrize("host", HOSTS)
def test_a_service_the_compose_file_runs_as_a_mock_is_a_stand_in(tmp_path: Path, host: str) -> None:
    (tmp_path / "docker-compose.yml").write_text(COMPOSE, encoding="utf-8")
    found = [d for d in checked(tmp_path, host, ".") if d["file"].endswith("launch_check.py")]
    if host in DOUBLES:
        assert codes(found) == ["FL102"], found  # `priority`: judged, as one sent to wiremock:8080 is
    else:  # a mock of the scheduler, a service of its own image: another API's, as before
        assert codes(found) == ["FL011"] and "another API's" in found[0]["message"], found


@pytest.mark.parametrize("host", DOUBLES)
def test_without_the_compose_file_a_plain_host_is_another_apis(tmp_path: Path, host: str) -> None:
    found = checked(tmp_path, host, ".")
    assert codes(found) == ["FL011"] and "another API's" in found[0]["message"], found


def test_a_compose_file_outside_the_checked_tree_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "docker-compose.yml").write_text(COMPOSE, encoding="utf-8")
    assert codes(checked(tmp_path, "platform", "tests/launch_check.py")) == ["FL011"]
    assert codes(checked(tmp_path, "platform", "tests/launch_check.py", ".")) == ["FL102"]


@pytest.mark.parametrize("name", ["compose.yaml", "docker-compose.test.yml", "tests/compose.yml"])
def test_each_compose_file_around_the_file_is_read(tmp_path: Path, name: str) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / name).write_text(COMPOSE, encoding="utf-8")
    assert codes(checked(tmp_path, "platform", ".")) == ["FL102"]


def test_two_compose_files_declaring_a_name_differently_leave_it_unknown(tmp_path: Path) -> None:
    (tmp_path / "docker-compose.yml").write_text(COMPOSE, encoding="utf-8")
    (tmp_path / "docker-compose.prod.yml").write_text("services:\n  platform:\n    image: acme/platform:2\n",
                                                      encoding="utf-8")
    assert codes(checked(tmp_path, "platform", ".")) == ["FL011"]


def test_a_base_defaulting_to_a_composed_mock_is_judged(tmp_path: Path) -> None:
    (tmp_path / "docker-compose.yml").write_text(COMPOSE, encoding="utf-8")
    (tmp_path / "launch.py").write_text(
        "import os\n\nimport PureCloudPlatformClientV2\nimport requests\n\n"
        'BASE = os.environ.get("SCHED_URL", "http://platform:8080")\n'
        f'requests.post(f"{{BASE}}/api/v2/flows/executions", json={{"flowId": "{UUID2}", "priority": 5}})\n',
        encoding="utf-8")
    assert codes(diagnostics("--no-cache", "launch.py")) == ["FL102"]
    (tmp_path / "docker-compose.yml").write_text(COMPOSE.replace("wiremock/wiremock", "acme/platform"), encoding="utf-8")
    assert codes(diagnostics("--no-cache", "-v", "launch.py")) == ["FL011"]  # (reached: a compose file read again)
