"""A Jenkinsfile's `sh` steps are read as the shell runs them (sources/jenkinsfile.py): `sh '…'`, `sh "…"`, `sh '''…'''`,
`sh \"\"\"…\"\"\"`, `sh(script: …, returnStdout: true)`, `sh label: …, script: …`, in declarative and scripted pipelines.
Groovy's escapes are decoded, a GString's `${…}` is an unknown value (never a finding), `\\$` is the shell's `$`; a step
starts with the variables its blocks' `environment {}` and a `withEnv` around it set, a `withCredentials` variable
unknown. A `bat` or `powershell` step, and a mention in the Groovy around the steps, are not read and said (FL011), and
why. Before, a Jenkinsfile was only searched for the endpoint: one FL011 note, its launches unchecked."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.unknown import Unknown
from validator.sources import embedded_shell, jenkinsfile

from conftest import check_file, counted_calls, diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
ID = "5b9e0c2a-1f3d-4c4e-9a8b-2d7e6f1a0b3c"  # (no contract: only the launch's own findings)
_GSTRING_BODY = '{\\"flowId\\": \\"${params.FLOW_ID}\\", \\"inputData\\": {\\"orderId\\": 1}}'
DECLARATIVE = f"""pipeline {{
  agent any
  stages {{
    stage('launch') {{
      steps {{
        withCredentials([string(credentialsId: 'gc-token', variable: 'TOKEN')]) {{
          sh '''
            curl -sS -X POST {URL} \\\\
              -H 'Content-Type: application/json' \\\\
              -H "Authorization: Bearer $TOKEN" \\\\
              -d '{{"flowId": "{ID}", "inputs": {{"orderId": "1"}}}}'
          '''
          sh "curl -X POST {URL} -H 'Content-Type: application/json' -d '{_GSTRING_BODY}'"
        }}
      }}
    }}
  }}
}}
"""


def _found(tmp_path: Path, text: str, name: str = "Jenkinsfile") -> list[tuple[str, int]]:
    return [(d["code"], d["line"]) for d in check_file(tmp_path, name, text) if d["code"] != "FL200"]


def test_a_declarative_pipelines_sh_steps_are_read_where_they_are_written(tmp_path: Path) -> None:
    assert _found(tmp_path, DECLARATIVE) == [("FL101", 11), ("FL203", 13)]
    (tmp_path / "ci").mkdir()
    (tmp_path / "ci" / "Jenkinsfile").write_text(DECLARATIVE, encoding="utf-8")
    walked = [(d["code"], d["line"]) for d in diagnostics("--no-cache", str(tmp_path / "ci")) if d["code"] != "FL200"]
    assert walked == [("FL101", 11), ("FL203", 13)]


def test_a_gstrings_values_are_unknown_and_never_a_finding() -> None:
    (first, second) = embedded_shell.extract("jenkinsfile", DECLARATIVE)
    assert first.body == {"flowId": ID, "inputs": {"orderId": "1"}}
    assert isinstance(second.body, dict) and isinstance(second.body["flowId"], Unknown)  # `${params.FLOW_ID}`
    assert second.body["inputData"] == {"orderId": 1}


@pytest.mark.parametrize("step", [
    f"sh(script: 'curl -X POST {URL} -d \\'{{\"flowId\": \"{ID}\", \"inputs\": {{}}}}\\'', returnStdout: true).trim()",
    f"sh label: 'launch', script: '''curl -X POST {URL} -d '{{\"flowId\": \"{ID}\", \"inputs\": {{}}}}' '''",
    f"sh(\n    label: 'launch',\n    script: \"curl -X POST {URL} -H \\\"X-Home: \\$HOME\\\" \"\n"
    f"      + \"-d '{{\\\"flowId\\\": \\\"{ID}\\\", \\\"inputs\\\": {{}}}}'\"\n  )",
    f"steps.sh \"\"\"\n    curl -X POST {URL} \\\\\n      -d '{{\"flowId\": \"{ID}\", \"inputs\": {{}}}}'\n  \"\"\".stripIndent()",
    f"sh 'curl -X POST {URL} -H \"Authorization: Bearer ' + env.TOKEN + '\" -d \\'{{\"flowId\": \"{ID}\", \"inputs\": {{}}}}\\''",
])
def test_each_form_of_an_sh_step_is_read(step: str) -> None:
    text = f"node {{\n  stage('x') {{\n  {step}\n  }}\n}}\n"
    (request,) = embedded_shell.extract("jenkinsfile", text)
    assert request.body == {"flowId": ID, "inputs": {}}
    assert request.body_span is not None and text[request.body_span[0]:].lstrip("\\'").startswith("{")


def test_a_step_starts_with_the_variables_its_blocks_set(tmp_path: Path) -> None:
    text = (f"pipeline {{\n  environment {{\n    GC_URL = '{URL}'\n    BODY = '{{\"flowId\": \"{ID}\", \"inputs\": {{}}}}'\n"
            "    TOKEN = credentials('gc')\n  }\n  stages {\n"
            "    stage('one') {\n      steps { sh 'curl -X POST \"$GC_URL\" -H \"Content-Type: application/json\" -d \"$BODY\"' }\n"
            "    }\n"
            "    stage('two') {\n      environment { BODY = \"${params.BODY}\" }\n"
            "      steps { sh 'curl -X POST \"$GC_URL\" -H \"Content-Type: application/json\" -d \"$BODY\"' }\n    }\n"
            "    stage('three') {\n      steps {\n        withEnv(['BODY={\"flowId\": \"" + ID + "\", \"inputData\": 5}']) {\n"
            "          sh 'curl -X POST \"$GC_URL\" -H \"Content-Type: application/json\" -d \"$BODY\"'\n        }\n"
            "        withCredentials([string(credentialsId: 'b', variable: 'BODY')]) {\n"
            "          sh 'curl -X POST \"$GC_URL\" -H \"Content-Type: application/json\" -d \"$BODY\"'\n        }\n"
            "      }\n    }\n  }\n}\n")
    found = embedded_shell.extract("jenkinsfile", text)
    assert [request.url.value if request.url is not None else None for request in found] == [URL] * 4
    assert found[0].body == {"flowId": ID, "inputs": {}}  # the pipeline's environment, where it is written
    assert found[2].body == {"flowId": ID, "inputData": 5}  # withEnv's
    assert isinstance(found[1].body, Unknown) and isinstance(found[3].body, Unknown)  # the stage's, the credential's
    assert _found(tmp_path, text) == [("FL101", 4), ("FL105", 17)]  # (the withEnv line)


def test_a_name_the_groovy_sets_otherwise_is_unknown(tmp_path: Path) -> None:
    text = (f"pipeline {{\n  environment {{ GC_URL = '{URL}' }}\n  stages {{ stage('x') {{ steps {{\n"
            "    script { env.GC_URL = readFile('url.txt') }\n    sh 'curl -X POST \"$GC_URL\" -d \\'[]\\''\n  } } }\n}\n")
    assert embedded_shell.extract("jenkinsfile", text) == []
    assert embedded_shell.extract("jenkinsfile", text.replace("env.GC_URL =", "def other ="))[0].body == []  # (else read)
    assert _found(tmp_path, text) == [("FL011", 2)]


@pytest.mark.parametrize(("step", "said"), [
    (f"bat 'curl -X POST {URL} -d \"{{}}\"'", "bat step"),
    (f"powershell \"Invoke-RestMethod -Method Post -Uri {URL} -Body $body\"", "powershell step"),
    (f"echo 'launching at {URL}'", "Groovy"),
    (f"httpRequest(defaults + [url: '{URL}', httpMode: 'POST'])", "an httpRequest step whose arguments"),
    (f"sh 'curl -X POST {URL} -d ' + body.collect {{ it }}.join()", "could not read whole"),
])
def test_a_mention_not_read_is_said_and_why(tmp_path: Path, step: str, said: str) -> None:
    text = f"node {{\n  // {URL} (a comment: not said)\n  {step}\n}}\n"
    for args in (("Jenkinsfile",), (".",)):
        (tmp_path / "Jenkinsfile").write_text(text, encoding="utf-8")
        found = diagnostics("--no-cache", *[str(tmp_path / arg) for arg in args])
        assert [(d["code"], d["line"]) for d in found] == [("FL011", 3)] and said in found[0]["message"], found


def test_a_mention_beside_a_launch_read_is_said_too(tmp_path: Path) -> None:
    text = DECLARATIVE.replace("        }\n      }\n", f"        }}\n        bat 'curl -X POST {URL}'\n      }}\n")
    found = _found(tmp_path, text)
    assert ("FL011", 15) in found and ("FL101", 11) in found


def test_a_jenkinsfile_naming_no_endpoint_is_silent_walked(tmp_path: Path) -> None:
    (tmp_path / "Jenkinsfile").write_text("node {\n  sh 'make test'\n}\n", encoding="utf-8")
    (tmp_path / "body.json").write_text(f'{{"flowId": "{ID}", "inputs": {{}}}}', encoding="utf-8")
    assert {d["file"] for d in diagnostics("--no-cache", str(tmp_path))} == {str(tmp_path / "body.json")}


def test_a_parenthesis_that_never_closes_ends_the_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = counted_calls(monkeypatch, jenkinsfile, "_balanced_end")
    text = "node {\n" + "  sh(" * 5_000 + f"'curl {URL}'\n"
    assert list(jenkinsfile.scripts(text)) == []
    assert len(calls) == 1  # reached once, never again from each `sh(` after it


def test_groovy_escapes_are_decoded_as_groovy_does() -> None:
    text = "sh 'a \\'b\\' \\\\\\\\ \\$HOME \\u0041'\nsh \"x \\$HOME ${y} $z.w \\\"q\\\"\"\n"
    assert [script for script, _ in jenkinsfile.scripts(text)] == ["a 'b' \\\\ $HOME A", 'x $HOME ${groovy_y} ${groovy_z_w} "q"']


def test_a_value_groovy_fills_in_is_never_the_scripts_own_variable() -> None:
    text = ('node {\n  sh """\n    BODY=\'{"flowId": "x"}\'\n    curl -X POST ' + URL + ' -d "${BODY}"\n'
            '    curl -X POST ' + URL + ' -d "\\${BODY}"\n  """\n}\n')
    groovy, shell = embedded_shell.extract("jenkinsfile", text)
    assert isinstance(groovy.body, Unknown) and shell.body == {"flowId": "x"}


@pytest.mark.parametrize("name", ["Jenkinsfile.release", "ci/deploy.jenkinsfile", "Jenkinsfile.groovy"])
def test_a_jenkinsfile_named_by_a_variant_is_read_walked_or_named(tmp_path: Path, name: str) -> None:
    (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / name).write_text(DECLARATIVE, encoding="utf-8")
    for args in ((str(tmp_path / name),), (str(tmp_path),)):
        assert [(d["code"], d["line"]) for d in diagnostics("--no-cache", *args) if d["code"] != "FL200"] == [
            ("FL101", 11), ("FL203", 13)]


def test_a_gstring_value_holding_strings_does_not_end_its_string() -> None:
    text = ("node {\n  sh \"curl -X POST " + URL + " -H 'X-Env: ${params.ENV ?: \"prod\"}' -d '{\\\"flowId\\\": \\\"" + ID
            + "\\\", \\\"inputs\\\": {}}'\"\n  sh 'echo done'\n}\n")
    (request,) = embedded_shell.extract("jenkinsfile", text)
    assert request.body == {"flowId": ID, "inputs": {}}
    assert [script for script, _ in jenkinsfile.scripts(text)][1] == "echo done"


def test_a_steps_variables_are_bounded_on_hostile_input() -> None:
    """Each step merges at most the 64 innermost scopes around it, and at most _MAX_NAMES names (before, every scope
    before it was looked at for each step: steps times scopes on thousands of nested `withEnv`)."""
    text = "node {\n" + "".join(f"withEnv(['A{i}=x']) {{\n" for i in range(100)) + "sh 'curl x'\n" * 3 + "}\n" * 101
    scripts, environments = jenkinsfile.scripts_and_environments(text)
    assert len(scripts) == 3 and [len(environment) for environment in environments] == [64] * 3
    assert "A99" in environments[0] and "A0" not in environments[0]  # (the innermost win; the outer are unknown)
    text = "pipeline {\n environment {\n" + "".join(f"  A{i} = 'x'\n" for i in range(300)) + " }\n sh 'curl x'\n}\n"
    assert len(jenkinsfile.scripts_and_environments(text)[1][0]) == jenkinsfile._MAX_NAMES


def test_groovy_fills_in_the_environments_value(tmp_path: Path) -> None:
    """`sh "curl -X POST ${GC_URL} …"` with `GC_URL` in the pipeline's `environment {}`: Groovy writes its value into the
    script (before, the URL was unknown, the launch not read, and the environment's mention bound and used: silent)."""
    text = (f"pipeline {{\n  environment {{\n    GC_URL = '{URL}'\n    BODY = '{{\"flowId\": \"{ID}\", \"inputs\": {{}}}}'\n  }}\n"
            "  stages { stage('x') { steps {\n"
            "    sh \"curl -X POST ${GC_URL} -H 'Content-Type: application/json' -d '${env.BODY}'\"\n"
            "    sh 'curl -X POST ' + env.GC_URL + ' -H \"Content-Type: application/json\" -d \\'[]\\''\n"
            "  } } }\n}\n")
    first, second = embedded_shell.extract("jenkinsfile", text)
    assert first.url is not None and first.url.value == URL and first.body == {"flowId": ID, "inputs": {}}
    assert second.url is not None and second.url.value == URL and second.body == []
    assert _found(tmp_path, text) == [("FL101", 4), ("FL003", 8)]
    assigned = text.replace("  stages {", "  stages {\n    script { GC_URL = readFile('url.txt') }", 1)
    assert all(request.url is None or request.url.value is None for request in embedded_shell.extract("jenkinsfile", assigned))
