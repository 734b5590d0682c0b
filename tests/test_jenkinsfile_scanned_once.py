"""A Jenkinsfile's Groovy is scanned once, by one scanner (jenkinsfile._Scan), for everything a check reads of it: its
steps' scripts and environments, its httpRequest steps, its mentions of the endpoint and its suppression comments.
Until now three scanners read it (comment_spans, _steps, _Scan) and a check scanned the file again for each use: its
suppressions alone twice (its comments, then its scripts). One scanner also knows each comment in a step's arguments,
and the comments after a step whose parenthesis never closes: a mention of the endpoint there is a comment's, prose,
never an FL011 (it was one)."""

from __future__ import annotations

import re

import pytest

from validator.sources import jenkinsfile

from conftest import UUID, check_text, codes

ENDPOINT = "https://api.mypurecloud.com/api/v2/flows/executions"
LAUNCH = (f"""        sh '''curl -X POST "{ENDPOINT}" -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" """
          f"""-d '{{"flowId": "{UUID}", "inputData": {{"Flow.customerName": "x", "Flow.typo": 1}}}}' '''\n""")


def pipeline(suppression: str = "") -> str:
    return ("pipeline {\n  agent any\n  stages {\n    stage('launch') {\n      steps {\n"
            "        echo 'before the launch'\n" + suppression + LAUNCH + "      }\n    }\n  }\n}\n")


def test_a_check_reads_each_string_of_the_groovy_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = pipeline("        // flowlint: ignore[FL202]\n")
    literal = text.index("'before the launch'")
    reads: list[int] = []
    real = jenkinsfile._string_end

    def counted(text: str, i: int, depth: int = 0) -> int:
        reads.append(i)
        return real(text, i, depth)

    monkeypatch.setattr(jenkinsfile, "_string_end", counted)
    jenkinsfile._steps_and_comments.cache_clear()
    assert codes(check_text(pipeline(), "Jenkinsfile")) == ["FL202"]  # reached: the launch's finding
    reads.clear()
    jenkinsfile._steps_and_comments.cache_clear()
    assert codes(check_text(text, "Jenkinsfile")) == []  # the comment before the step suppresses it
    assert reads.count(literal) == 1, reads.count(literal)


def test_the_comments_and_the_steps_are_one_pass() -> None:
    text = ("node {\n  sh(script: 'curl https://x/api', // why: see (\n     label: 'x')\n"
            "  echo 'a // b'\n  /* sh 'no' */\n}\n")
    groovy = jenkinsfile._steps_and_comments(text)
    assert [name for name, _, _ in groovy.steps] == ["sh"]
    assert [text[start:end] for start, end in groovy.comments] == ["// why: see (", "/* sh 'no' */"]
    assert jenkinsfile.comment_spans(text) == groovy.comments


@pytest.mark.parametrize("text", [
    f"node {{\n  sh(script: 'echo hi', // see {ENDPOINT}\n     label: 'x')\n}}\n",
    f"node {{\n  sh('echo hi'\n  // the launch: {ENDPOINT}\n}}\n",
], ids=["in-a-steps-arguments", "after-an-unclosed-step"])
def test_a_mention_in_a_comment_is_prose_wherever_the_comment_is(text: str) -> None:
    assert jenkinsfile.first_mention(text, re.compile(ENDPOINT.replace(".", r"\."))) is None
    assert "FL011" not in codes(check_text(text, "Jenkinsfile"))
    spoken = text.replace("//", "echo '").replace(ENDPOINT, ENDPOINT + "'")  # reached: outside the comment, it is said
    assert "FL011" in codes(check_text(spoken, "Jenkinsfile")), spoken


def test_a_dollar_slashy_string_hides_its_brackets_from_every_reader() -> None:
    step = "sh($/curl -d '{\"a\": 1}' ) x/$, label: 'x')"
    text = f"node {{\n  {step}\n  // after\n}}\n"
    assert jenkinsfile._arguments_end(text, text.index("(")) == text.index(step) + len(step)  # (its `)` was the end)
    groovy = jenkinsfile._steps_and_comments(text)
    assert [(name, text[start:end]) for name, start, end in groovy.steps] == [("sh", step[2:])]
    assert [text[start:end] for start, end in groovy.comments] == ["// after"]
    assert jenkinsfile._balanced_end("{$/ } /$}", 0, 9) == 9 and jenkinsfile._steps_and_comments("a$/b // c") \
        .comments == ((5, 9),)  # (a `$/` ending a name opens none)
