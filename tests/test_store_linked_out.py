"""The project's own contract store (`.flowlint/flows`, or `.flowlint` itself) linked out of the project: check, serve
and pull refuse it up front, naming the store and where it leads (escaped), with exit code 2; the library and the
editor, which cannot refuse a run, read nothing of it (FL901 for each flow). A snapshot linked out of a store is not
read by check, serve or pull; pull replaces such a link with the snapshot, writing nothing through it."""

from __future__ import annotations

import asyncio
import json
import os
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest

from validator.contracts.store import BrokenContract, Contract
from validator.serve.contracts import ReloadingStore

from conftest import UUID, flowlint
from fake_genesys import FakeGenesys

SECRET = "OUTSIDE-SECRET-NAME"
BODY = {"flowId": UUID, "inputData": {"Flow.customerName": "Ana"}}


def _snapshot(flow_id: str = UUID) -> str:
    return json.dumps({"flowId": flow_id, "inputSchema": {"type": "object", "properties": {
        f"Flow.{SECRET}": {"type": "string"}}}})


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project (its config at the top) with a launch body, working directory there; an `outside` directory beside it
    holding a snapshot whose input name no output may show."""
    root = tmp_path / "project"
    root.mkdir()
    (root / ".flowlint.toml").write_text("")
    (root / "body.json").write_text(json.dumps(BODY))
    outside = tmp_path / "outside\x1b[31m"  # (a name a terminal would act on: shown escaped)
    outside.mkdir()
    (outside / f"{UUID}.json").write_text(_snapshot())
    monkeypatch.chdir(root)
    return root


def _link_store(project: Path, how: str) -> Path:
    outside = project.parent / "outside\x1b[31m"
    if how == "flows":
        (project / ".flowlint").mkdir()
        (project / ".flowlint" / "flows").symlink_to(outside)
    else:  # the whole .flowlint directory: its flows/ is outside
        (outside / "flows").mkdir()
        (outside / "flows" / f"{UUID}.json").write_text(_snapshot())
        (project / ".flowlint").symlink_to(outside)
    return outside


def _refusal_said(said: str, project: Path) -> None:
    assert "the contract store" in said and "is a link to" in said and "outside the project" in said, said
    assert str(project / ".flowlint" / "flows") in said and "outside\\e[31m" in said
    assert "\x1b" not in said and SECRET not in said


@pytest.mark.parametrize("how", ["flows", "dot-flowlint"])
def test_check_refuses_a_default_store_linked_out_of_the_project(project: Path, how: str) -> None:
    clean = flowlint("check", "--no-cache", "body.json")
    assert clean.exit_code == 0, clean.output  # (the body is valid against the project's own store: none)
    _link_store(project, how)
    result = flowlint("check", "--no-cache", "--format", "json", "body.json")
    assert result.exit_code == 2
    _refusal_said(result.output, project)


def test_check_still_reads_the_directory_the_link_leads_to_when_named(project: Path) -> None:
    outside = _link_store(project, "flows")
    result = flowlint("check", "--no-cache", "--contracts", str(outside), "body.json")
    assert result.exit_code == 1 and "FL202" in result.output, result.output  # named by the user: read


def test_a_store_linked_inside_the_project_is_read(project: Path) -> None:
    (project / "shared").mkdir()
    (project / "shared" / f"{UUID}.json").write_text(_snapshot())
    (project / ".flowlint").mkdir()
    (project / ".flowlint" / "flows").symlink_to(project / "shared")
    result = flowlint("check", "--no-cache", "body.json")
    assert result.exit_code == 1 and "FL202" in result.output and SECRET in result.output, result.output


def test_check_does_not_read_a_snapshot_linked_out_of_the_project(project: Path) -> None:
    store = project / ".flowlint" / "flows"
    store.mkdir(parents=True)
    (store / f"{UUID}.json").symlink_to(project.parent / "outside\x1b[31m" / f"{UUID}.json")
    result = flowlint("check", "--no-cache", "body.json")
    assert result.exit_code == 3 and "FL901" in result.output and "outside the checked tree" in result.output
    assert SECRET not in result.output and "\x1b" not in result.output


@pytest.fixture
def refused_before_listening(monkeypatch: pytest.MonkeyPatch) -> None:
    def listen(host: str, port: int) -> socket.socket:
        raise AssertionError(f"not refused: serve went on to listen on {host}:{port}")

    monkeypatch.setattr("validator.serve.server.listen", listen)


@pytest.mark.parametrize("how", ["flows", "dot-flowlint"])
def test_serve_refuses_a_default_store_linked_out_of_the_project(project: Path, how: str, refused_before_listening: None,
                                                                 capfd: pytest.CaptureFixture[str]) -> None:
    _link_store(project, how)
    result = flowlint("serve", "--no-auth", "--port", "0")
    captured = capfd.readouterr()
    assert result.exit_code == 2
    _refusal_said(result.output + captured.out + captured.err, project)


def _served_answer(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, dict[str, Any]]:
    """`flowlint serve ARGS` as the command builds it (no socket served): its answer to BODY."""
    from validator.serve import server as serving

    built: list[Any] = []

    def ran(application: Any, sock: socket.socket, limits: Any, announce: Any) -> int:
        built.append(application)
        sock.close()
        return 0

    monkeypatch.setattr(serving, "run", ran)
    monkeypatch.setattr(serving, "configure_logging", lambda log_format: None)
    assert flowlint("serve", "--no-auth", "--port", "0", *args).exit_code == 0

    async def launch() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(built[0]), base_url="http://serve") as client:
            return await client.post("/api/v2/flows/executions", json=BODY)

    answer = asyncio.run(launch())
    return answer.status_code, answer.json()


def test_serve_does_not_read_a_snapshot_linked_out_of_its_store(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = project / ".flowlint" / "flows"
    store.mkdir(parents=True)
    (store / f"{UUID}.json").write_text(_snapshot())
    status, answer = _served_answer(monkeypatch)
    assert status == 400 and SECRET in json.dumps(answer)  # reached: the store's own snapshot checks the body
    (store / f"{UUID}.json").unlink()
    (store / f"{UUID}.json").symlink_to(project.parent / "outside\x1b[31m" / f"{UUID}.json")
    status, answer = _served_answer(monkeypatch)
    assert "FL901" in json.dumps(answer) and "outside the checked tree" in json.dumps(answer), answer
    assert SECRET not in json.dumps(answer)


def test_a_reloading_store_reads_within_its_roots(project: Path) -> None:
    store = project / "store"
    store.mkdir()
    (store / f"{UUID}.json").symlink_to(project.parent / "outside\x1b[31m" / f"{UUID}.json")
    found = ReloadingStore(store).get(UUID)  # named: its own tree (and the working directory's), not the link's
    assert isinstance(found, BrokenContract) and "outside the checked tree" in str(found)
    wider = ReloadingStore(store, roots=(str(project.parent),)).get(UUID)  # a tree the link stays in: read
    assert isinstance(wider, Contract) and SECRET in json.dumps(wider.input_schema)


@pytest.mark.parametrize("how", ["flows", "dot-flowlint"])
def test_pull_refuses_a_default_store_linked_out_and_writes_nothing(credentials: FakeGenesys, project: Path,
                                                                     how: str) -> None:
    flow_id = credentials.add_flow("F", {"Flow.a": {"type": "string"}})
    outside = _link_store(project, how)
    before = sorted(os.listdir(outside)) + sorted(os.listdir(outside / "flows") if how != "flows" else [])
    result = flowlint("pull", flow_id)
    assert result.exit_code == 2 and "nothing was written" in result.stderr
    _refusal_said(result.stderr, project)
    assert sorted(os.listdir(outside)) + sorted(os.listdir(outside / "flows") if how != "flows" else []) == before


def test_pull_replaces_a_snapshot_linked_out_without_reading_or_writing_its_target(credentials: FakeGenesys,
                                                                                  project: Path) -> None:
    flow_id = credentials.add_flow("F", {"Flow.a": {"type": "string"}})
    store = project / ".flowlint" / "flows"
    store.mkdir(parents=True)
    assert flowlint("pull", flow_id).exit_code == 0
    pulled = (store / f"{flow_id}.json").read_text()
    # Outside, the very snapshot pull would write: read, it would make pull say "unchanged" and keep the link.
    target = project.parent / "outside\x1b[31m" / f"{flow_id}.json"
    target.write_text(pulled)
    os.chmod(target, 0o600)
    (store / f"{flow_id}.json").unlink()
    (store / f"{flow_id}.json").symlink_to(target)
    result = flowlint("pull", flow_id)
    assert result.exit_code == 0 and "wrote" in result.stdout, result.output
    assert not (store / f"{flow_id}.json").is_symlink() and (store / f"{flow_id}.json").read_text() == pulled
    assert target.read_text() == pulled and (target.stat().st_mode & 0o777) == 0o600  # untouched
    assert (store / f"{flow_id}.json").stat().st_mode & 0o777 != 0o600  # its mode not taken either


def test_the_library_and_the_editor_read_nothing_of_a_store_linked_out(project: Path) -> None:
    from validator import check, project_contracts
    from validator.run.buffer import check_buffer

    _link_store(project, "flows")
    said = check(BODY, contracts=project_contracts()).diagnostics
    assert [d.code for d in said] == ["FL901"] and "outside the checked tree" in said[0].message
    assert SECRET not in json.dumps([d.message + (d.help or "") for d in said])
    buffer = check_buffer(str(project / "body.json"), json.dumps(BODY)).diagnostics
    assert [d.code for d in buffer] == ["FL901"] and SECRET not in json.dumps([d.message for d in buffer])
