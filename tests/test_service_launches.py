"""Fifty-five correct launches written as services write them (issue 17, second round): wrappers, classes, async,
TypeScript types, Express/Nest/Nuxt/FastAPI/Flask/Django/Celery handlers, requests.Session, httpx, aiohttp, urllib,
Node's https, URL constants and helpers. Each file marks its launch `// LAUNCH` or `# LAUNCH`: every one is found
(reach), none gets an error or a warning, and none is a launch whose body flowlint could not see."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from validator.sources.extract import launches_in, source_kind

from conftest import ROOT, flowlint

CORPUS = ROOT / "tests" / "data" / "service-launches"
NAMES = sorted(p.name for p in CORPUS.iterdir())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Copied out of tests/: under a tests directory, a relative URL in Python reads as a test client's."""
    copy = tmp_path_factory.mktemp("services") / "services"
    shutil.copytree(CORPUS, copy)
    return copy


def test_the_corpus_marks_fifty_five_launches() -> None:
    marked = sum(len(re.findall(r"(?://|#) LAUNCH\b", (CORPUS / name).read_text(encoding="utf-8"))) for name in NAMES)
    assert (len(NAMES), marked) == (55, 55)


@pytest.mark.parametrize("name", NAMES)
def test_every_marked_launch_is_found(name: str, corpus: Path) -> None:
    path = corpus / name
    text = path.read_text(encoding="utf-8")
    kind = source_kind(name, path.read_bytes())
    assert kind is not None
    found = launches_in(kind, text, str(path))
    assert len(found) == len(re.findall(r"(?://|#) LAUNCH\b", text))


def test_no_correct_service_launch_gets_an_error_a_warning_or_an_unread_note(corpus: Path) -> None:
    result = flowlint("check", "--no-cache", "--verbose", "--format", "json", str(corpus))
    found = json.loads(result.stdout)
    assert found["summary"]["files"] == len(NAMES)
    assert {d["code"] for d in found["diagnostics"]} <= {"FL200"}, found["diagnostics"]  # FL011: a body not seen
    assert result.exit_code == 0
