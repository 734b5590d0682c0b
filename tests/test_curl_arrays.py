"""A curl command given its options by a bash array (`args=(-H "…" -d '{…}')`, then `curl "${args[@]}"`) sends the
array's elements, each one word as written: its launch is read from them, its body checked where the array writes it.
An array assigned where its value is not certain (in a branch, with an unquoted expansion) stays unknown. Before, such a
launch was not read (its body unknown, its URL in the array an FL011 note)."""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.core.unknown import Unknown
from validator.sources import curl, github_actions

from conftest import UUID, diagnostics

URL = "https://api.mypurecloud.com/api/v2/flows/executions"


def test_an_arrays_elements_are_the_commands_words(tmp_path: Path) -> None:
    text = ("#!/bin/bash\nargs=(\n  -X POST  # the method\n  -H \"Content-Type: application/json\"\n"
            f"  -d '{{\"flowId\": \"{UUID}\", \"inputData\": 5}}'\n)\ncurl -sf \"${{args[@]}}\" {URL}\n")
    (request,) = curl.extract(text)
    assert request.method == "POST" and request.body == {"flowId": UUID, "inputData": 5}
    path = tmp_path / "launch.sh"
    path.write_text(text)
    found = [(d["code"], d["line"]) for d in diagnostics("--no-cache", str(path)) if d["code"] != "FL200"]
    assert found == [("FL105", 5)]


def test_an_array_holding_the_url_on_one_line_gets_no_note(tmp_path: Path) -> None:
    text = (f"args=(-X POST {URL} -H 'Content-Type: application/json' -d '{{\"flowid\": \"{UUID}\"}}'); "
            "curl -sf \"${args[@]}\"\n")
    path = tmp_path / "launch.sh"
    path.write_text(text)
    found = [d["code"] for d in diagnostics("--no-cache", str(path)) if d["code"] != "FL200"]
    assert found == ["FL102"]


def test_an_append_adds_its_elements() -> None:
    text = (f"args=(-X POST -H 'Content-Type: application/json')\nargs+=(-d '{{\"flowId\": \"{UUID}\"}}')\n"
            f"curl \"${{args[@]}}\" {URL}\n")
    (request,) = curl.extract(text)
    assert request.body == {"flowId": UUID}


def test_an_array_whose_value_is_not_certain_is_unknown() -> None:
    body = f"-d '{{\"flowId\": \"{UUID}\"}}'"
    for script in (f"if [ -n \"$X\" ]; then args=(-X POST {body}); fi\n",  # in a branch
                   f"args=(-X POST $MORE {body})\n",  # an element the shell splits
                   f"args=(-X POST {body})\nargs[1]=GET\n",  # an element set
                   f"args=([0]=-X [1]=POST [2]=-d [3]='{{\"flowId\": \"{UUID}\"}}')\n"):  # given their places
        (request,) = curl.extract(f"{script}curl \"${{args[@]}}\" {URL}\n")
        assert request.body != {"flowId": UUID} and not request.bodiless, script
        assert request.url is not None and request.url.value == URL  # reached: the launch is read


def test_an_unquoted_expansion_of_an_array_is_not_spliced() -> None:
    (request,) = curl.extract(f"args=(-X POST -d '{{\"flowId\": \"{UUID}\"}}')\ncurl ${{args[@]}} {URL}\n")
    assert request.body != {"flowId": UUID}


def test_an_array_in_a_quoted_workflow_step_is_read_where_it_is_written() -> None:
    text = ("on: push\njobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n"
            f"      - run: \"args=(-X POST -d '{{\\\"flowid\\\": 1}}'); curl \\\"${{args[@]}}\\\" {URL}\"\n")
    (request,) = github_actions.extract(text)
    assert request.body == {"flowid": 1}
    assert request.body_span is not None and text[request.body_span[0]:].startswith("'{\\\"flowid")


def test_an_expansion_that_may_hold_options_leaves_the_method_unknown(tmp_path: Path) -> None:
    """`curl "${opts[@]}" URL` (or `$CURL_OPTS`) may send `-X POST` or `-d`: its method is unknown, not a GET (before, a
    false FL301 error on a launch whose options flowlint cannot see)."""
    for options in ('"${opts[@]}"', "$CURL_OPTS"):
        path = tmp_path / "launch.sh"
        path.write_text(f"if [ -n \"$X\" ]; then opts=(-X POST); fi\ncurl {options} -H 'Content-Type: application/json' "
                        f"{URL}\n")
        (request,) = curl.extract(path.read_text())
        assert isinstance(request.method, Unknown) and request.url is not None and request.url.value == URL
        assert "FL301" not in [d["code"] for d in diagnostics("--no-cache", str(path))]


def test_a_password_in_an_array_a_curl_sends_is_found(tmp_path: Path) -> None:
    """`args=(-u "id:secret" …)`, then `curl "${args[@]}"`: the password curl sends is written in the file (FL305), where
    the array writes it (before, not seen: the array's words were no curl command's)."""
    text = ("args=(\n  -u \"my-client:Q7f9Zk2LmX4vB8nR1tY6\"\n  -d grant_type=client_credentials\n)\n"
            "curl \"${args[@]}\" https://login.mypurecloud.com/oauth/token\n"
            f"curl -X POST {URL} -H 'Content-Type: application/json' -d '{{\"flowId\": \"{UUID}\"}}'\n")
    path = tmp_path / "launch.sh"
    path.write_text(text)
    found = [(d["code"], d["line"], d["column"]) for d in diagnostics("--no-cache", str(path)) if d["code"] == "FL305"]
    assert found == [("FL305", 2, 17)]


@pytest.mark.parametrize("declared", ["declare -a ", "readonly ", "declare -ar ", "typeset -a "])
def test_a_declared_array(declared: str) -> None:
    (request,) = curl.extract(f"{declared}args=(-X POST -d '{{\"flowId\": \"{UUID}\"}}')\ncurl \"${{args[@]}}\" {URL}\n")
    assert request.body == {"flowId": UUID}


@pytest.mark.parametrize("declared", ["declare -A ", "declare -ai "])
def test_an_associative_or_integer_array_is_unknown(declared: str) -> None:
    (request,) = curl.extract(f"{declared}args=(-X POST -d '{{\"flowId\": \"{UUID}\"}}')\ncurl \"${{args[@]}}\" {URL}\n")
    assert request.body != {"flowId": UUID} and request.url is not None and request.url.value == URL


# --- arrays and variables a function assigns itself (`f() { local -a args=(…); args+=(…); curl "${args[@]}"; }`) ---
_BODY = f"'{{\"flowId\": \"{UUID}\", \"inputs\": {{\"phone\": \"+1555\"}}}}'"


@pytest.mark.parametrize("assigned", [
    f"  args=(-sS -X POST -H 'Content-Type: application/json' -d {_BODY})\n",
    f"  local -a args=(-sS -X POST -H 'Content-Type: application/json')\n  args+=(-d {_BODY})\n",
    f"  declare -a args=(-X POST)\n  args+=(-H 'Content-Type: application/json')\n  args+=(-d {_BODY})\n",
    f"  local args\n  args+=(-X POST -d {_BODY})\n",
    f"  typeset -a args=()\n  args+=(-X POST -d {_BODY})\n"])
def test_an_array_a_function_assigns_is_read_at_its_curl(assigned: str) -> None:
    """Each time the function runs, its own top-level assignments run before its curl: the array holds their elements
    there, whatever the script's top level does (before, the curl was read as a bodiless GET or not at all)."""
    text = f"URL={URL}\nlaunch() {{\n{assigned}  curl \"${{args[@]}}\" \"$URL\"\n}}\nlaunch\n"
    (request,) = curl.extract(text)
    assert request.method == "POST" and request.body == {"flowId": UUID, "inputs": {"phone": "+1555"}}
    assert request.url is not None and request.url.value == URL
    assert request.body_span is not None and text[request.body_span[0]:].startswith("'{\"flowId\"")


def test_a_one_line_function_reads_its_array() -> None:
    text = (f"f() {{ local -a args=(-X POST -H 'Content-Type: application/json'); args+=(-d {_BODY}); "
            f"curl \"${{args[@]}}\" {URL}; }}\nf\n")
    (request,) = curl.extract(text)
    assert request.method == "POST" and request.body == {"flowId": UUID, "inputs": {"phone": "+1555"}}


def test_a_function_reads_a_body_it_assigns_itself() -> None:
    text = (f"launch() {{\n  local body={_BODY}\n  local -a args=(-X POST -d \"$body\")\n"
            f"  curl \"${{args[@]}}\" {URL}\n}}\n")
    (request,) = curl.extract(text)
    assert request.method == "POST" and request.body == {"flowId": UUID, "inputs": {"phone": "+1555"}}


@pytest.mark.parametrize("script", [
    # appended to what the caller left: not known
    f"f() {{\n  args+=(-X POST -d {_BODY})\n  curl \"${{args[@]}}\" {URL}\n}}\n",
    # assigned in a branch of the function
    f"f() {{\n  local -a args=()\n  if [ -n \"$X\" ]; then args+=(-X POST -d {_BODY}); fi\n  curl \"${{args[@]}}\" {URL}\n}}\n",
    # another function may change it between
    f"f() {{\n  args=(-X POST -d {_BODY})\n  g\n  curl \"${{args[@]}}\" {URL}\n}}\ng() {{ args=(-X GET); }}\n",
    # assigned after the curl only: the caller's value
    f"f() {{\n  curl \"${{args[@]}}\" {URL}\n  args=(-X POST -d {_BODY})\n}}\n",
    # an element the shell splits; an element set in place
    f"f() {{\n  local -a args=(-X POST $MORE -d {_BODY})\n  curl \"${{args[@]}}\" {URL}\n}}\n",
    f"f() {{\n  local -a args=(-X POST -d {_BODY})\n  args[1]=GET\n  curl \"${{args[@]}}\" {URL}\n}}\n",
    # the function's arguments, not the array
    f"f() {{\n  local -a args=(-X POST -d {_BODY})\n  set -- \"$@\"\n  eval \"$1\"\n  curl \"${{args[@]}}\" {URL}\n}}\n",
])
def test_an_array_a_function_may_not_hold_is_unknown(script: str) -> None:
    (request,) = curl.extract(script)
    assert request.url is not None and request.url.value == URL  # reached: the launch is read
    assert request.body != {"flowId": UUID, "inputs": {"phone": "+1555"}} and not request.bodiless
    assert isinstance(request.method, Unknown) or request.method == "POST"


def test_a_function_expanding_an_array_is_no_wrapper_of_its_calls_arguments() -> None:
    """`"${args[@]}"` is the array's elements, not the call's arguments (`"$@"`): calling the function sends what its
    array holds, never a bodiless GET to the URL."""
    text = f"launch() {{\n  curl \"${{args[@]}}\" {URL}\n}}\nlaunch\n"
    found = curl.extract(text)
    assert len(found) == 1 and isinstance(found[0].method, Unknown) and not found[0].bodiless


def test_a_top_level_curl_does_not_take_a_functions_local_array() -> None:
    text = (f"args=(-X POST -d '{{\"flowId\": \"{UUID}\"}}')\nf() {{\n  local -a args=(-X PUT)\n}}\nf\n"
            f"curl \"${{args[@]}}\" {URL}\n")
    (request,) = curl.extract(text)
    assert request.url is not None and request.url.value == URL and request.method != "POST"


def test_functions_that_set_the_same_array_but_never_call_each_other_each_read_their_own() -> None:
    text = "".join(f"{name}() {{\n  args=(-X POST -H 'Content-Type: application/json')\n  args+=(-d '{{\"flowId\": "
                   f"\"{UUID}\", \"name\": \"{name}\"}}')\n  curl \"${{args[@]}}\" {URL}\n}}\n" for name in ("one", "two"))
    assert [request.body for request in curl.extract(text)] == [{"flowId": UUID, "name": "one"},
                                                                {"flowId": UUID, "name": "two"}]


@pytest.mark.parametrize("call", ["two", "helper", '"$@"', "$STEP"])
def test_a_function_that_may_call_another_setting_its_array_does_not_know_it(call: str) -> None:
    text = (f"two() {{\n  args=(-X GET)\n}}\nhelper() {{\n  two\n}}\none() {{\n  local -a args=(-X POST -d '{{\"flowId\": "
            f"\"{UUID}\"}}')\n  {call}\n  curl \"${{args[@]}}\" {URL}\n}}\n")
    (request,) = curl.extract(text)
    assert request.url is not None and request.url.value == URL and request.body != {"flowId": UUID}


@pytest.mark.parametrize("options", ["$CURL_OPTS", '"${opts[@]}"'])
def test_a_curl_whose_method_and_body_may_be_in_options_not_seen_is_said(tmp_path: Path, options: str) -> None:
    """`curl $CURL_OPTS "$URL"` to the launch endpoint: its method and body may be in options flowlint cannot see. It is
    no finding (unknown), and no silent pass either: the FL011 note says why (before, nothing was said, even with -v)."""
    path = tmp_path / "launch.sh"
    path.write_text(f"URL={URL}\nlaunch() {{\n  curl {options} \"$URL\"\n}}\n", encoding="utf-8")
    (request,) = curl.extract(path.read_text())
    assert isinstance(request.method, Unknown) and request.url is not None and request.url.value == URL  # reached
    found = diagnostics("--no-cache", str(path))
    assert [(d["code"], d["line"]) for d in found] == [("FL011", 3)] and "options flowlint cannot see" in found[0]["message"]
