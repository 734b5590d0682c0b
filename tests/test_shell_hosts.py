"""curl launches in a Makefile's recipes, a Dockerfile's RUN (CMD, ENTRYPOINT) and a package.json's `scripts` are read
as in a shell script, walked or named, at their places in the file; what the host expands is unknown; a mention that
cannot be read is an FL011 note; a package.json is never judged as a launch body."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources import embedded_shell, kinds

from conftest import UUID2, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
CURL = f"curl -X POST {URL} -H 'Content-Type: application/json'"

MAKEFILE = (
    "FLOW_ID ?= 3b9d6f2c-1a4e-4f8b-9c7d-2e5a8b1c4d6f\n"
    ".PHONY: launch\n"
    "launch: ## launch the callback flow\n"
    f"\t@{CURL} \\\n"
    "\t  -H \"Authorization: Bearer $$TOKEN\" \\\n"
    "\t  -d '{\"flowId\": \"$(FLOW_ID)\", \"inputData\": {\"customer\": \"$(NAME)\"}, \"type\": \"workflow\"}'\n"
)
DOCKERFILE = (
    "FROM curlimages/curl:8.5.0\n"
    "# launch once at build time\n"
    f"RUN --mount=type=secret,id=token {CURL} \\\n"
    "    # the body\n"
    f"    -d '{{\"flowID\": \"{UUID2}\"}}'\n"
    f'CMD ["curl", "-X", "POST", "{URL}", "-H", "Content-Type: application/json", "-d", "{{\\"flowId\\": \\"{UUID2}\\", \\"x\\": 1}}"]\n'
)
PACKAGE = json.dumps({"name": "launcher", "version": "1.0.0", "scripts": {
    "test": "jest",
    "launch": f"{CURL} -d '{{\"flowID\": \"{UUID2}\", \"inputData\": {{\"Flow.a\": 1}}}}'",
}}, indent=2)


def write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def diagnostics(*args: str) -> list[dict[str, object]]:
    result = flowlint("check", "--no-cache", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    return list(json.loads(result.stdout)["diagnostics"])


def by_file(found: list[dict[str, object]]) -> dict[str, list[tuple[str, int, int]]]:
    out: dict[str, list[tuple[str, int, int]]] = {}
    for d in found:
        out.setdefault(Path(str(d["file"])).name, []).append((str(d["code"]), int(d["line"]), int(d["column"])))  # type: ignore[call-overload]
    return out


def position(text: str, needle: str) -> tuple[int, int]:
    """The 1-based line and column of `needle`'s first character in `text`."""
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


@pytest.mark.parametrize("walked", [True, False])
def test_launches_are_read_walked_or_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, walked: bool) -> None:
    write(tmp_path, {"Makefile": MAKEFILE, "docker/Dockerfile": DOCKERFILE, "package.json": PACKAGE})
    monkeypatch.chdir(tmp_path)
    found = by_file(diagnostics(*(["."] if walked else ["Makefile", "docker/Dockerfile", "package.json"])))
    # Makefile: `type` is judged where written; the flow ID and the name are make's: unknown, never judged.
    assert ("FL101", *position(MAKEFILE, '"type"')) in found["Makefile"]
    assert ("FL203", *position(MAKEFILE, '"customer"')) in found["Makefile"]
    assert {code for code, _, _ in found["Makefile"]} == {"FL101", "FL203"}
    # Dockerfile: RUN's continued lines (a comment line between them) and CMD's exec form, each at its place.
    assert ("FL102", *position(DOCKERFILE, '"flowID"')) in found["Dockerfile"]
    assert ("FL102", *position(DOCKERFILE, '\\"x\\"')) in found["Dockerfile"]
    # package.json: its script, through JSON's escapes; never judged as a body itself (no FL103 on `scripts`).
    assert ("FL102", *position(PACKAGE, '\\"flowID\\"')) in found["package.json"]
    assert {code for code, _, _ in found["package.json"]} == {"FL102"}


def test_a_named_package_json_launching_nothing_is_no_body(tmp_path: Path) -> None:
    package = tmp_path / "package.json"
    package.write_text(json.dumps({"name": "app", "flowId": "settings", "scripts": {"build": "tsc"}}), encoding="utf-8")
    found = diagnostics(str(package))
    assert [(d["code"], d["severity"]) for d in found] == [("FL012", "info")]
    assert "package.json" in str(found[0]["message"])


@pytest.mark.parametrize(("name", "text"), [
    ("Makefile", f"URL := {URL}\nlaunch:\n\t$(LAUNCHER) $(URL) --body body.json\n"),
    ("Dockerfile", f"FROM python:3.12\nRUN python launch.py --url {URL}\n"),
    ("package.json", json.dumps({"scripts": {"launch": f"node launch.js {URL}"}})),
])
def test_a_mention_not_read_is_noted(tmp_path: Path, name: str, text: str) -> None:
    write(tmp_path, {name: text})
    found = diagnostics(str(tmp_path))
    assert [d["code"] for d in found] == ["FL011"]


def test_make_expansions_are_unknown_even_in_single_quotes() -> None:
    [(script, where)] = list(embedded_shell.makefile_scripts("a:\n\t-curl -d '{\"x\": \"$(A)\", \"y\": \"$$B\"}' $@\n"))
    assert script == "curl -d '{\"x\": \"'${A}'\", \"y\": \"$B\"}' ${_}"
    assert len(where) == len(script) + 1


def test_recipe_continuations_and_variables_are_not_recipes() -> None:
    text = "X = a \\\n\tcurl -d '{}' nothing\nall:\n\techo one \\\n\t  two\n"
    scripts = [script for script, _ in embedded_shell.makefile_scripts(text)]
    assert scripts == ["echo one \\\n  two"]


def test_dockerfile_escape_directive_and_exec_form_shell() -> None:
    text = ("# escape=`\nFROM x\nRUN curl -d '{}' `\n  https://h/a\n"
            'ENTRYPOINT ["/bin/sh", "-c", "curl -d \\"{}\\" https://h/b"]\n')
    scripts = [script for script, _ in embedded_shell.dockerfile_scripts(text)]
    assert scripts == ["curl -d '{}'   https://h/a", 'curl -d "{}" https://h/b']


def test_kinds_by_name() -> None:
    assert kinds.source_kind("a/Makefile", b"") == kinds.source_kind("GNUmakefile", b"") == kinds.named_kind("rules.mk") == "makefile"
    assert kinds.source_kind("Dockerfile", b"") == kinds.source_kind("x/Containerfile", b"") == "dockerfile"
    assert kinds.named_kind("Dockerfile.dev") == kinds.named_kind("app.dockerfile") == "dockerfile"
    assert kinds.source_kind("Jenkinsfile", b"") == kinds.source_kind("ci/Jenkinsfile", b"") == "jenkinsfile"
    assert kinds.source_kind("justfile", b"") == kinds.source_kind("a/.justfile", b"") == kinds.named_kind("x.just") == "justfile"
    assert kinds.walked_by_name("Makefile") and kinds.walked_by_name("Dockerfile.prod") and kinds.walked_by_name("justfile")
    assert not kinds.walked_by_name("README") and not kinds.walked_by_name("profile")
    assert kinds.source_kind("web/package.json", b"{}") == "npm-scripts"
    assert kinds.source_kind("my-package.json", b"{}") is None


def test_make_brackets_are_matched_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    scanned: list[int] = []
    closings = embedded_shell._closings

    def counted(text: str) -> dict[int, int]:
        scanned.append(len(text))
        return closings(text)

    monkeypatch.setattr(embedded_shell, "_closings", counted)
    line = "\tcurl " + "$(" * 20_000 + " $(A) -d '{}' \\\n\t" + "${" * 20_000 + "\n"
    [(script, where)] = list(embedded_shell.makefile_scripts("a:\n" + line))
    assert "${A}" in script and len(where) == len(script) + 1  # read, the one closed expansion unknown
    assert sum(scanned) <= len(line)  # each line's brackets matched once, never from each `$(` again


JUSTFILE = (
    'flow_id := env_var_or_default("FLOW_ID", "x")\n\n'
    "# launch it\n"
    "[no-cd]\n"
    'launch name="Ann":\n'
    f"    @{CURL} \\\n"
    "      -d '{\"flowId\": \"{{flow_id}}\", \"inputData\": {\"customer\": \"{{name}}\"}, \"type\": \"x\"}'\n"
    "    echo done\n\n"
    "script:\n"
    "    #!/usr/bin/env bash\n"
    "    set -e\n"
    f"    curl -X POST {URL} --json '{{\"flowID\": \"{{{{{{{{flow_id}}}}\"}}'\n"
)


def test_justfile_recipes_are_read(tmp_path: Path) -> None:
    write(tmp_path, {"justfile": JUSTFILE})
    found = by_file(diagnostics(str(tmp_path)))["justfile"]
    # just's {{…}} are unknown (no FL104 on the flow ID, none on the name); `{{{{` is a literal `{{`
    assert ("FL101", *position(JUSTFILE, '"type"')) in found and ("FL203", *position(JUSTFILE, '"customer"')) in found
    assert ("FL102", *position(JUSTFILE, '"flowID"')) in found  # the shebang recipe: one script
    assert {code for code, _, _ in found} == {"FL101", "FL203", "FL102"}
    scripts = [script for script, _ in embedded_shell.justfile_scripts(JUSTFILE)]
    assert len(scripts) == 3 and scripts[2].startswith("#!/usr/bin/env bash\nset -e\ncurl")
    assert "'{\"flowID\": \"{{flow_id}}\"}'" in scripts[2]  # `{{{{` is just's escape of `{{`


def test_just_interpolations_are_found_once(monkeypatch: pytest.MonkeyPatch) -> None:
    line = "a:\n    curl -d '{{x}}' " + "{{ " * 20_000 + "\n"
    searched: list[int] = []
    find = str.find

    class Counted(str):
        def find(self, *args: object) -> int:
            searched.append(1)
            return find(self, *args)  # type: ignore[arg-type]

    original = embedded_shell._JustExpansions
    monkeypatch.setattr(embedded_shell, "_JustExpansions", lambda text: original(Counted(text)))
    [(script, _)] = list(embedded_shell.justfile_scripts(line))
    assert len(searched) <= 2 and "'${x}'" in script  # unclosed `{{`: one search, not one per `{{`


def test_dockerfile_here_documents(tmp_path: Path) -> None:
    text = ("FROM alpine\n"
            "RUN <<EOF\n"
            f"{CURL} -d '{{\"flowId\": \"{UUID2}\", \"type\": \"x\"}}'\n"
            "EOF\n"
            "RUN bash <<-'SCRIPT'\n"
            f"\t{CURL} -d '{{\"flowId\": \"{UUID2}\", \"kind\": \"y\"}}'\n"
            "\tSCRIPT\n"
            f"RUN cat <<'JSON' | {CURL} -d @-\n"
            f'{{"flowID": "{UUID2}"}}\n'
            "JSON\n"
            "CMD [\"true\"]\n")
    write(tmp_path, {"Dockerfile": text})
    found = by_file(diagnostics(str(tmp_path)))["Dockerfile"]
    assert ("FL101", *position(text, '"type"')) in found and ("FL101", *position(text, '"kind"')) in found
    assert ("FL102", *position(text, '"flowID"')) in found  # a command's stdin, as the shell reads it
