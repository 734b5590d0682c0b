"""What a Makefile or justfile writes of its own is read in its recipes: a recipe on the rule line (`launch: ; curl …`),
a variable the file sets once (`URL = …`, `url := "…"`) used as `$(URL)` or `{{url}}`, located where its value is
written. A variable the file cannot settle (set twice, appended to, under a condition, built from other expansions, a
recipe's parameter of the same name, an expression) stays unknown: never judged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.sources import embedded_shell

from conftest import UUID2, flowlint

URL = "https://api.mypurecloud.com/api/v2/flows/executions"
BODY = f'{{"flowId": "{UUID2}", "type": "x"}}'


def position(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    offset = -1
    for _ in range(nth + 1):
        offset = text.index(needle, offset + 1)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def diagnostics(root: Path, name: str, text: str) -> set[tuple[str, int, int]]:
    (root / name).write_text(text, encoding="utf-8")
    result = flowlint("check", "--no-cache", "--format", "json", str(root / name))
    assert result.exit_code in (0, 1), result.output
    return {(d["code"], d["line"], d["column"]) for d in json.loads(result.stdout)["diagnostics"]}


def test_a_recipe_on_the_rule_line_is_read(tmp_path: Path) -> None:
    text = f"all: build\nlaunch: deps ; @curl -X POST {URL} -H 'Content-Type: application/json' -d '{BODY}'\n"
    assert ("FL101", *position(text, '"type"')) in diagnostics(tmp_path, "Makefile", text)


def test_rule_line_recipes_and_what_is_no_recipe() -> None:
    text = ("X = a;b\nY := $(shell echo a ; echo b)\nt: VAR = a ; b\nobj/%.o : %.c ; $(CC) -c $<\n"
            "dbl:: ; echo two \\\n\t  more\n\techo three\n")
    assert [script for script, _ in embedded_shell.makefile_scripts(text)] == [
        "${CC} -c ${_}", "echo two \\\n  more", "echo three"]


@pytest.mark.parametrize("definition", [f"URL = {URL}", f"URL := {URL}", f"export URL ::= {URL}", f"URL = {URL}  # where"])
def test_a_make_variable_set_once_is_its_value(tmp_path: Path, definition: str) -> None:
    text = f"{definition}\nlaunch:\n\tcurl -X POST $(URL) -H 'Content-Type: application/json' -d '{BODY}'\n"
    found = diagnostics(tmp_path, "Makefile", text)
    assert ("FL101", *position(text, '"type"')) in found
    assert not any(code == "FL011" for code, _, _ in found)


@pytest.mark.parametrize("definitions", [
    f"URL = {URL}\nURL = https://other.example/api/v2/flows/executions\n",  # set twice
    f"URL = {URL}\nURL += x\n",  # appended to
    f"URL ?= {URL}\n",  # a default, for the caller to set
    f"ifdef PROD\nURL = {URL}\nendif\n",  # under a condition
    f"BASE = x\nURL = $(BASE){URL}\n",  # built from another expansion
    f"define URL\n{URL}\nendef\n",  # a multi-line value
    f"URL = {URL}\n-include local.mk\n",  # another file may set it again
])
def test_a_make_variable_not_settled_stays_unknown(definitions: str) -> None:
    text = definitions + "launch:\n\tcurl -X POST $(URL) -d '{}'\n"
    [(script, _)] = list(embedded_shell.makefile_scripts(text))
    assert script == "curl -X POST ${URL} -d '{}'"


def test_a_resolved_value_is_located_where_it_is_written() -> None:
    text = f"FLOW := {UUID2}\nlaunch:\n\tcurl -d '{{\"flowId\": \"$(FLOW)\"}}' {URL}\n"
    [(script, where)] = list(embedded_shell.makefile_scripts(text))
    assert script == f"curl -d '{{\"flowId\": \"{UUID2}\"}}' {URL}"
    at = script.index(UUID2)
    assert [where[at], where[at + len(UUID2) - 1]] == [text.index(UUID2), text.index(UUID2) + len(UUID2) - 1]


JUSTFILE = (
    f'url := "{URL}"\n'
    f"body := '{BODY}'\n"
    'other := env_var("URL")\n\n'
    "launch:\n"
    "    curl -X POST {{url}} -H 'Content-Type: application/json' -d '{{body}}'\n\n"
    "mine url:\n"
    "    curl -X POST {{url}} -d '{{ body }}'\n"
)


def test_a_just_variable_set_to_a_string_is_its_value(tmp_path: Path) -> None:
    found = diagnostics(tmp_path, "justfile", JUSTFILE)
    assert ("FL101", *position(JUSTFILE, '"type"')) in found  # located in the variable's string, where it is written
    scripts = [script for script, _ in embedded_shell.justfile_scripts(JUSTFILE)]
    assert scripts == [f"curl -X POST {URL} -H 'Content-Type: application/json' -d '{BODY}'",
                       f"curl -X POST ${{url}} -d '{BODY}'"]  # a parameter of the same name is the caller's


def test_a_just_expression_stays_unknown() -> None:
    text = 'a := "x" + "y"\nb := `date`\nc := "tab\\t"\nd := """\nlong\n"""\nr:\n    echo {{a}} {{b}} {{c}} {{d}} {{a + b}}\n'
    [script] = [script for script, _ in embedded_shell.justfile_scripts(text)]
    assert script == "echo ${a} ${b} ${c} ${d} ${a___b}"
