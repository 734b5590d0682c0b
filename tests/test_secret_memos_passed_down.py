"""The answers secret_values and written_secrets keep for a body's or a file's findings (asked one after another) live
with whoever asks, as Words does since 2552d10: the check's per-document memo and the file's Words. Before, module
globals kept the last body and the last text after the check was done (in serve and the LSP too) and shared them
between the LSP's threads: a thread could take another's answer for a text it had swapped in."""

from __future__ import annotations

import gc
import sys
import weakref

import pytest

from validator.core import credentials
from validator.core.credentials import Words, secret_values, written_secrets


class _Body(dict):  # type: ignore[type-arg]  # (a dict a weak reference may point at)
    pass


def test_a_body_asked_about_is_kept_by_no_module() -> None:
    body = _Body({"inputData": {"Flow.password": "pa55w0rd-value"}})
    gone = weakref.ref(body)
    asked: dict[tuple[object, ...], list[str]] = {}
    assert secret_values(body, ("inputData", "Flow.password"), asked) == ["pa55w0rd-value"]  # reached
    assert secret_values(body, ("inputData", "Flow.password")) == ["pa55w0rd-value"]  # (no memo: answered anew)
    del body, asked
    gc.collect()
    assert gone() is None


def test_a_text_asked_about_is_kept_by_no_module() -> None:
    text = "".join(["TOKEN=Zq8vR4nT7pLm2XwQ9sKd\n", "curl -H \"Authorization: Bearer $TOKEN\" x\n"])
    held = sys.getrefcount(text)
    assert written_secrets(text) == ["Zq8vR4nT7pLm2XwQ9sKd"]  # reached
    assert sys.getrefcount(text) == held


def test_the_answers_are_kept_by_the_askers_memo_and_words(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[str] = []
    scan = credentials._credential_literals

    def counted(text: str, words: Words) -> list[tuple[int, int]]:
        scanned.append(text)
        return scan(text, words)

    monkeypatch.setattr(credentials, "_credential_literals", counted)
    first, second = "password: hunter2-first\n", "password: hunter2-other\n"
    words, other = Words(first), Words(second)
    for _ in range(3):  # a file's findings ask one after another; another file's (another thread's) between them
        assert written_secrets(first, words) == ["hunter2-first"]
        assert written_secrets(second, other) == ["hunter2-other"]
    assert scanned == [first, second], scanned  # each file's text scanned once, its answer kept by its Words
    walked: list[tuple[object, ...]] = []
    walk = credentials._secret_values

    def counted_walk(body: object, path: tuple[object, ...]) -> list[str]:
        walked.append(path)
        return walk(body, path)

    monkeypatch.setattr(credentials, "_secret_values", counted_walk)
    body = {"Flow.password": "pw-value-1", "Flow.apiKey": "key-value-1"}
    asked: dict[tuple[object, ...], list[str]] = {}
    for _ in range(2):
        assert secret_values(body, ("Flow.password",), asked) == ["pw-value-1"]
        assert secret_values(body, ("Flow.apiKey",), asked) == ["key-value-1"]
    assert walked == [("Flow.password",), ("Flow.apiKey",)]
