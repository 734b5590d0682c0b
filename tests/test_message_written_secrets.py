"""A message never quotes a secret the file writes elsewhere: a token sent in a header and also given to an input with
an ordinary name (FL204 quotes the input's value) is masked in the message, as in the excerpt."""

from __future__ import annotations

from pathlib import Path

from test_masking_known_tokens import CUSTOM, FILES, STORE

from conftest import flowlint


def test_a_message_never_quotes_a_secret_the_file_writes_elsewhere(tmp_path: Path) -> None:
    source = FILES["custom.js"].replace('"Flow.orderCount": "12"', f'"Flow.orderCount": "{CUSTOM}"')
    assert f'"Flow.orderCount": "{CUSTOM}"' in source  # the input holds the header's token
    (tmp_path / "custom.js").write_text(source)
    shown = flowlint("check", "--no-cache", "--contracts", STORE, "--format", "json", str(tmp_path / "custom.js")).stdout
    assert "FL204" in shown and f'is the string \\"{"*" * len(CUSTOM)}\\"' in shown, shown  # reached: the value's finding
    assert CUSTOM not in shown, shown


def test_a_secret_the_body_writes_with_an_escape_is_masked_too(tmp_path: Path) -> None:
    escaped = "\\u0073" + CUSTOM[1:]  # the body's string is the header's token, its first letter written as an escape
    assert CUSTOM.startswith("s")
    source = FILES["custom.js"].replace('"Flow.orderCount": "12"', f'"Flow.orderCount": "{escaped}"')
    source = source.replace(f'"Flow.customerName": "{CUSTOM}", ', "")
    assert source.count(CUSTOM) == 2 and escaped in source  # the constant and the header; the body only escaped
    (tmp_path / "custom.js").write_text(source)
    shown = flowlint("check", "--no-cache", "--contracts", STORE, "--format", "json", str(tmp_path / "custom.js")).stdout
    assert "FL204" in shown and f'is the string \\"{"*" * len(CUSTOM)}\\"' in shown, shown
    assert CUSTOM not in shown and CUSTOM[1:] not in shown, shown
