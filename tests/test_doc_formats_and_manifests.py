"""MDX is read as Markdown; reStructuredText's and AsciiDoc's code blocks are read as Markdown's are, never parsed as YAML."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import flowlint

_URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def _diagnostics(*args: str) -> tuple[int, list[tuple[str, str, int]]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    found = json.loads(result.stdout)["diagnostics"]
    return result.exit_code, [(Path(d["file"]).name, d["code"], d["line"]) for d in found]


def test_mdx_is_read_as_markdown_walked_and_named(tmp_path: Path) -> None:
    (tmp_path / "launch.mdx").write_text(
        "import Tabs from '@theme/Tabs';\n\n# Launch\n\n```bash title=\"launch.sh\"\n"
        f"curl -X POST {_URL} -H 'Content-Type: application/json' -d '{{\"flowId\": \"a\", \"type\": \"workflow\"}}'\n```\n",
        encoding="utf-8")
    for target in (tmp_path, tmp_path / "launch.mdx"):
        code, found = _diagnostics(str(target))
        assert code == 1
        assert ("launch.mdx", "FL101", 6) in found, found  # `type` in the curl body: the fence was read


def test_rst_and_adoc_blocks_are_read_never_parsed_as_yaml(tmp_path: Path) -> None:
    (tmp_path / "launch.rst").write_text(f"Launching\n=========\n\n.. code-block:: bash\n\n   curl -X POST {_URL}\n",
                                         encoding="utf-8")
    (tmp_path / "launch.adoc").write_text(f"= Launch\n\n[source,bash]\n----\ncurl -X POST {_URL}\n----\n", encoding="utf-8")
    expected = [("launch.adoc", "FL103", 5), ("launch.rst", "FL103", 6)]  # the curl in each block: a launch with no body
    assert _diagnostics(str(tmp_path)) == (1, expected)
    assert _diagnostics(str(tmp_path / "launch.adoc"), str(tmp_path / "launch.rst")) == (1, expected)

