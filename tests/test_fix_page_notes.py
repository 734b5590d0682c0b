"""A fix that makes a documentation page name the launch endpoint (FL308's corrected URL) makes its body block, which
writes no request, a noted one (FL011): a document the page gains, which is no body to prove. --fix and --diff apply the
fix the check offers, as they do on a page without such a block (review F5: they dropped it without a word, and --diff
exited 0, so a CI gate on it passed a page check said had a safe fix)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import flowlint

FLOW = "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90"
NEAR = "https://api.mypurecloud.com/api/v2/flows/execution"
CURL = f'curl -X POST {NEAR} -H "Authorization: Bearer $T" -H "Content-Type: application/json" -d @body.json'
PYTHON = (f'requests.post("{NEAR}", json={{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": "Ada"}}}}, '
          'headers={"Authorization": f"Bearer {token}"})')
BODY = f'{{"flowId": "{FLOW}", "inputData": {{"Flow.customerName": "Ada"}}}}'
PAGES = {
    "curl.md": f"# Launch it\n\n```sh\n{CURL}\n```\n\n```json\n{BODY}\n```\n",
    "python.md": f"# Launch it\n\n```python\n{PYTHON}\n```\n\n```json\n{BODY}\n```\n",
    "curl.rst": f"Launch\n======\n\n.. code-block:: sh\n\n   {CURL}\n\n.. code-block:: json\n\n   {BODY}\n",
    "curl.adoc": f"= Launch\n\n[source,sh]\n----\n{CURL}\n----\n\n[source,json]\n----\n{BODY}\n----\n",
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_fix_that_makes_a_page_name_the_endpoint_is_applied(name: str, tmp_path: Path, in_tmp: None) -> None:
    page = tmp_path / name
    page.write_text(PAGES[name])
    check = flowlint("check", "--no-cache", "--no-color", name)
    assert "FL308" in check.stdout and "1 fixable with `flowlint check --fix`" in check.stdout, check.stdout
    diff = flowlint("check", "--no-cache", "--diff", name)
    assert diff.exit_code == 1 and diff.stderr.strip() == "flowlint: would fix 1 finding in 1 file", diff.stderr
    assert f"+{'   ' if name.endswith('.rst') else ''}" in diff.stdout and "/api/v2/flows/executions" in diff.stdout
    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", name)
    assert "fixed 1 finding" in fixed.stdout and "not applied" not in fixed.output, fixed.output
    assert page.read_text() == PAGES[name].replace(NEAR, NEAR + "s")  # only the URL changed
    again = flowlint("check", "--no-cache", "--no-color", "-v", name)
    assert "FL308" not in again.stdout and "fixable" not in again.stdout and "FL011" in again.stdout, again.stdout


def test_a_fix_still_offered_when_the_passes_stop_is_said_not_applied(tmp_path: Path, in_tmp: None,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever keeps a pass from proving a fix the check offers (here: every pass refused on purpose), --fix and
    --diff say it is not applied, by place and code, never only "nothing to fix"."""
    from validator.fixer import passes

    monkeypatch.setattr(passes, "_proven", lambda *args: None)
    (tmp_path / "curl.md").write_text(PAGES["curl.md"])
    diff = flowlint("check", "--no-cache", "--diff", "curl.md")
    assert diff.stdout == "" and "1 fix offered not applied: its edits did not hold once proven (curl.md:4:14 FL308)" \
        in diff.stderr, diff.stderr
    fixed = flowlint("check", "--no-cache", "--no-color", "--fix", "curl.md")
    assert "1 fix offered not applied: its edits did not hold once proven (curl.md:4:14 FL308)" in fixed.stdout
    assert (tmp_path / "curl.md").read_text() == PAGES["curl.md"]
