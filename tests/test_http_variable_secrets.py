"""An .http/.rest file's variable named for a secret (`@clientSecret = …`, `@password = …`) writes it on a line
of its own: never shown (a --diff's context lines showed it), all the rest of its line (spaces and all); a value that
is a hole (`{{pw}}`, `$KEY`) or a variable of no secret name is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.credentials import credential_literals

from conftest import UUID, flowlint

SECRET = "Mn4Bv6Cx8Za1Sd3Fg5Hj7Kl9Qw2Er0Ty"
PASSWORD = "my pass phrase 7"
API = "https://api.mypurecloud.com/api/v2/flows/executions"
FORMATS = {"text": ("--no-color",), "json": ("--format", "json"), "sarif": ("--format", "sarif"),
           "github": ("--format", "github"), "gitlab": ("--format", "gitlab"), "junit": ("--format", "junit"),
           "diff": ("--diff", "--unsafe-fixes", "--no-color")}
#: A launch right below the variables: a fix's diff shows them as context.
LAUNCH = (f"@clientSecret = {SECRET}\n@password = {PASSWORD}\nPOST {API}\n"
          f'{{"flowId": "{UUID}", "type": "flow"}}\n')


@pytest.mark.parametrize("output", FORMATS)
def test_a_secret_named_variable_is_in_no_output(tmp_path: Path, output: str) -> None:
    (tmp_path / "launch.http").write_text(LAUNCH, encoding="utf-8")
    result = flowlint("check", "--no-cache", *FORMATS[output], str(tmp_path / "launch.http"))
    printed = result.stdout + result.stderr
    # reached: the finding, or its fix's hunk (the masked variables right above it are context: left out of the hunk)
    assert "FL101" in printed or (output == "diff" and '+{"flowId"' in printed and "\n# " not in printed), printed
    assert SECRET not in printed and PASSWORD not in printed, printed


def test_what_a_variable_line_masks() -> None:
    text = "@client_secret = my pass phrase\n@password={{pw}}\n@apiKey = $KEY\n@baseUrl = https://api.mypurecloud.com\n"
    assert [text[start:end] for start, end in credential_literals(text)] == ["my pass phrase"]
