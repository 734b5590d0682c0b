"""A `$VAR` is never a secret, whatever escape writes its `$` or the quote after it: `\\$TOKEN` in a Groovy GString (the
shell expands `$TOKEN`) and `$GC_TOKEN\\"` in a package.json script's JSON string were masked as a written token, so
--diff withheld their hunks as "showing a masked secret" (reviewer item 8). A token written out stays masked, without
the escape of the quote after it."""

from __future__ import annotations

from pathlib import Path

from validator.core.credentials import credential_literals

from conftest import flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = '{\\"flowId\\": \\"2b7e8c1e-9a4b-4c1d-8f3e-1a2b3c4d5e6f\\", \\"inputData\\": {\\"x\\": \\"smoke\\"}}'
PACKAGE = ('{\n  "scripts": {\n    "smoke": "curl -X POST ' + URL + ' -H \\"Authorization: Bearer TOKEN\\" '
           "-H 'Content-Type: application/json' -d '" + BODY + "'\"\n  }\n}\n")
JENKINSFILE = ('node {\n  sh """\n    curl -X POST ' + URL + ' -H "Authorization: Bearer TOKEN" '
               "-H 'Content-Type: application/json' -d '" + BODY.replace('\\"', '"') + "'\n  \"\"\"\n}\n")


def test_an_escaped_reference_is_no_credential() -> None:
    for text in (PACKAGE.replace("TOKEN", "$GC_TOKEN"), JENKINSFILE.replace("TOKEN", "\\\\$TOKEN")):
        assert credential_literals(text) == [], text
    # reached: a token written out there is one, masked without the escape of the quote after it
    text = PACKAGE.replace("TOKEN", "Zx9QpL3mK8vT2rW5yN7bQ4")
    assert [text[start:end] for start, end in credential_literals(text)] == ["Zx9QpL3mK8vT2rW5yN7bQ4"]


def test_the_diff_of_a_file_with_an_escaped_reference_is_a_plain_patch(tmp_path: Path) -> None:
    for name, text in (("package.json", PACKAGE.replace("TOKEN", "$GC_TOKEN")),
                       ("Jenkinsfile", JENKINSFILE.replace("TOKEN", "\\\\$TOKEN"))):
        (tmp_path / name).write_text(text)
        shown = flowlint("check", "--no-cache", "--diff", str(tmp_path / name)).output
        assert "+++ " in shown and '"Flow.x' in shown.replace('\\"Flow.x', '"Flow.x'), shown  # reached: the fix's hunk
        assert "masked" not in shown and "*" not in shown and "\n# " not in shown, shown


MAKEFILE = ("launch:\n\tcurl -X POST https://api.mypurecloud.com/api/v2/flow/executions -H \"Authorization: Bearer TOKEN\" "
            "-H 'Content-Type: application/json' -d '{\"flowId\": \"8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90\"}'\n")


def test_makes_escaped_dollar_is_a_reference_and_the_makefiles_patch_is_whole(tmp_path: Path) -> None:
    """Make's `$$TOKEN` is the shell's `$TOKEN` (review F12): it was masked as a written token, and --diff withheld the
    Makefile's whole patch (its FL308 fixes) as "showing a masked secret" while the check found no secret there."""
    for reference in ("$$TOKEN", "$${TOKEN}", "$(TOKEN)"):
        text = MAKEFILE.replace("TOKEN", reference, 1)
        assert credential_literals(text) == [], reference
        (tmp_path / "Makefile").write_text(text)
        shown = flowlint("check", "--no-cache", "--diff", str(tmp_path / "Makefile")).output
        assert f"+\tcurl -X POST https://api.mypurecloud.com/api/v2/flows/executions -H \"Authorization: Bearer {reference}\"" \
            in shown, shown  # reached: the FL308 fix's hunk, in the patch
        assert "masked" not in shown and "\n# " not in shown, shown
    # reached: a token written out in a recipe is still one, and its hunk is withheld
    written = MAKEFILE.replace("TOKEN", "Zx9QpL3mK8vT2rW5yN7bQ4", 1)
    assert [written[start:end] for start, end in credential_literals(written)] == ["Zx9QpL3mK8vT2rW5yN7bQ4"]
