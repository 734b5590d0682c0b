"""The documentation of each rule: its explanation, and bad and good examples that tests/test_rules_and_cli.py
checks (each bad one gives its code, each good one nothing); `flowlint rule`, docs/rules/ and SARIF show it."""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass
from typing import Protocol

from .diagnostics import Severity
from .example_flow import EXAMPLE_CONTRACT, UUID_EXAMPLE

#: The flow of the examples about the envelope and the request: a flow no contract store holds, so those examples
#: say the same in any project (in this repository, UUID_EXAMPLE's contract would add FL201 to each).
_ENVELOPE_FLOW = "5a0e7c3b-2d4f-4b6a-9e1c-7d3f5b9a2e84"
#: The flow of the examples about a repository's Architect YAML.
_YAML_FLOW = "c41d9e07-6b2a-4f5e-8d3c-1a7b9e2f4c60"


class _Rule(Protocol):
    """What the documentation shows of a rule (codes.Rule)."""

    code: str
    name: str
    severity: Severity
    summary: str


@dataclass(frozen=True)
class RuleDocs:
    """A rule's documentation: why it matters, and what breaks it and what does not."""

    explanation: str
    bad: str
    good: str
    #: The language of `bad` and `good`: json, yaml, a source kind (js, har…), or "shell": commands run in an empty
    #: directory that set the case up and check it, for what a body cannot show (bytes, a FIFO, a symlink loop).
    example_format: str = "json"
    uses_contract: bool = False  # examples are checked against EXAMPLE_CONTRACT
    #: Contract snapshots (JSON text) in the store beside EXAMPLE_CONTRACT's, for rules about the contract itself.
    example_snapshots: tuple[str, ...] = ()
    #: More (format, bad, good) examples: one per kind of source the rule applies to (js, py, http, sh, …).
    examples: tuple[tuple[str, str, str], ...] = ()

    def doc(self, rule: _Rule) -> str:
        """The rule's documentation as `flowlint rule CODE` prints it."""
        contract = (
            "\nThese examples are checked against a flow that declares Flow.customerName (String, "
            "required), Flow.orderCount (Integer), Flow.dates (Date collection) and "
            "Flow.priority (String: low or high).\n"
            if self.uses_contract
            else ""
        )
        if self.example_snapshots:
            contract += "\nThe store also holds (.flowlint/flows/<flowId>.json):\n\n" + "\n\n".join(
                textwrap.indent(snapshot, "    ") for snapshot in self.example_snapshots) + "\n"
        more = "".join(
            f"\nBad ({_FORMAT_NAMES.get(fmt, fmt)}):\n{textwrap.indent(bad.strip(), '    ')}\n\n"
            f"Good ({_FORMAT_NAMES.get(fmt, fmt)}):\n{textwrap.indent(good.strip(), '    ')}\n"
            for fmt, bad, good in self.examples)
        return (
            f"{rule.code} {rule.name} ({rule.severity.value})\n\n{rule.summary}\n\n"
            f"{textwrap.dedent(self.explanation).strip()}\n{contract}\n"
            f"Bad:\n{textwrap.indent(self.bad.strip(), '    ')}\n\n"
            f"Good:\n{textwrap.indent(self.good.strip(), '    ')}\n{more}"
        )

    def markdown(self, rule: _Rule) -> str:
        """The rule's documentation as a Markdown page (docs/rules/CODE.md; `flowlint rule --markdown CODE`)."""
        contract = ("\nThese examples are checked against a flow that declares `Flow.customerName` (String, required), "
                    "`Flow.orderCount` (Integer), `Flow.dates` (Date collection) and `Flow.priority` (String: low or high).\n"
                    if self.uses_contract else "")
        if self.example_snapshots:
            contract += "\nThe store also holds (`.flowlint/flows/<flowId>.json`):\n\n" + "\n\n".join(
                _fenced("json", snapshot) for snapshot in self.example_snapshots) + "\n"
        pairs = [(self.example_format, self.bad, self.good), *self.examples]
        examples = "".join(
            f"\n## Bad{_in(fmt)}\n\n{_fenced(fmt, bad)}\n\n## Good{_in(fmt)}\n\n{_fenced(fmt, good)}\n" for fmt, bad, good in pairs)
        return (f"# {rule.code} {rule.name}\n\nSeverity: **{rule.severity.value}**. {rule.summary}\n\n"
                + "\n\n".join(" ".join(part.split()) for part in textwrap.dedent(self.explanation).strip().split("\n\n"))
                + f"\n{contract}{examples}\n"
                f"Accept one finding where it is with `flowlint: ignore[{rule.code}]` "
                "([suppression](../suppression.md)); this page is `flowlint rule --markdown "
                f"{rule.code}`.\n")



def _in(fmt: str) -> str:
    name = _FORMAT_NAMES.get(fmt)
    return f" ({name})" if name else ""


def _fenced(fmt: str, text: str) -> str:
    language = _FENCE_LANGUAGES.get(fmt, fmt)
    fence = "````" if "```" in text else "```"
    return f"{fence}{language}\n{text.strip()}\n{fence}"


#: Fences by example kind: a shell session (commands to run) is `sh`, a curl script flowlint reads `bash`; Python code
#: flowlint reads is `py` (a `python` block in the docs is an example that runs).
_FENCE_LANGUAGES = {"js": "js", "ts": "ts", "py": "py", "http": "http", "sh": "bash", "shell": "sh", "json": "json",
                    "yaml": "yaml", "postman_collection.json": "json", "har": "json", "custom.json": "json", "tf": "hcl"}


_FORMAT_NAMES = {"js": "JavaScript", "ts": "TypeScript", "py": "Python", "http": ".http file", "sh": "curl",
                 "postman_collection.json": "Postman", "har": "HAR", "custom.json": "data action export", "tf": "Terraform"}
_URL = "https://api.mypurecloud.com/api/v2/flows/executions"
_JS_HEADERS = "headers: {'Content-Type': 'application/json', Authorization: `Bearer ${token}`}"


def _fetch(url: str = _URL, method: str = "method: 'POST', ", headers: str = _JS_HEADERS,
           body: str = "JSON.stringify({flowId, inputData: {}})") -> str:
    return f"await fetch(`{url}`, {{{method}{headers}, body: {body}}});\n"


def _requests(url: str = _URL, call: str = "post", body: str = "json={\"flowId\": flow_id}",
              headers: str = 'headers={"Authorization": f"Bearer {token}"}') -> str:
    return f'requests.{call}("{url}", {body}, {headers})\n'


def _http(request_line: str = f"POST {_URL}", headers: str = "Content-Type: application/json\nAuthorization: Bearer {{token}}",
          body: str = '{"flowId": "{{flowId}}"}') -> str:
    return f"{request_line}\n{headers}\n\n{body}\n"


def _curl(options: str = "-H 'Content-Type: application/json' -H \"Authorization: Bearer $TOKEN\"",
          data: str = "-d '{\"flowId\": \"'\"$FLOW_ID\"'\"}'", url: str = _URL, method: str = "-X POST ") -> str:
    return f"curl {method}{url} \\\n  {options} \\\n  {data}\n"


def _postman(url: str = _URL, body: str = '{"flowId": "{{flowId}}"}', language: str = "json", mode: str = "raw") -> str:
    """A one-request Postman v2.1 collection, as JSON text."""
    request_body = {"mode": mode, "raw": body, "options": {"raw": {"language": language}}} if mode == "raw" else {
        "mode": mode, mode: [{"key": "flowId", "value": "{{flowId}}"}]}
    return json.dumps({"info": {"name": "flows", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                       "item": [{"name": "Launch", "request": {"method": "POST", "url": url, "body": request_body}}]}, indent=1)


def _har(status: int, answer: str) -> str:
    """A one-entry HAR 1.2 log of a launch and the platform's reply, as JSON text."""
    return json.dumps({"log": {"version": "1.2", "entries": [{
        "request": {"method": "POST", "url": _URL, "headers": [{"name": "Content-Type", "value": "application/json"}],
                    "postData": {"mimeType": "application/json", "text": '{"flowId": "' + _ENVELOPE_FLOW + '"}'}},
        "response": {"status": status, "content": {"mimeType": "application/json", "text": answer}}}]}}, indent=1)


_GOOD = f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John"}}}}'
_INBOUND_FLOW = "1d7b3c5e-9a2f-4e6d-8b1c-3f5a7e9d2c40"
_HAND_WRITTEN_FLOW = "2e8c4d6f-0b3a-4f7e-9c2d-4a6b8f0e3d51"
_BROKEN_FLOW = "3f9d5e7a-1c4b-4a8f-8d3e-5b7c9a1f4e62"
_UNMATCHABLE_FLOW = "4a0e6f8b-2d5c-4b9f-9e4a-6c8d0b2f5a73"


def _snapshot(flow_id: str, name: str, flow_type: str, properties: dict[str, object]) -> str:
    """A contract snapshot as `flowlint pull` writes one (abridged), as JSON text."""
    return json.dumps({"flowId": flow_id, "flowName": name, "flowType": flow_type, "inputSchema": {
        "$schema": "http://json-schema.org/draft-04/schema#", "type": "object", "properties": properties}})


def _payload(body: str, check: str = "flowlint check payload.json") -> str:
    """A shell session writing a payload file with printf (escapes are bytes) and checking it."""
    return f"printf '{body}\\n' > payload.json\n{check}\n"

def _flow_yaml_session(snapshot_inputs: str, launch_inputs: str) -> str:
    """A shell session: a workflow's YAML mapped in .flowlint.toml, a pulled snapshot of it, and a launch of it."""
    yaml_text = ("workflow:\n  name: Callback\n  division: Home\n  startUpRef: \"/workflow/states/state[Start_1]\"\n"
                 "  defaultLanguage: en-us\n  variables:\n"
                 "    - stringVariable:\n        name: Flow.customerName\n        initialValue:\n          noValue: true\n"
                 "        isInput: true\n        isOutput: false\n"
                 "    - integerVariable:\n        name: Flow.orderCount\n        initialValue:\n          noValue: true\n"
                 "        isInput: true\n        isOutput: false\n")
    snapshot = (f'{{"flowId": "{_YAML_FLOW}", "flowName": "Callback", "flowType": "WORKFLOW", '
                f'"inputSchema": {{"type": "object", "properties": {{{snapshot_inputs}}}}}}}')
    return (f"mkdir -p .flowlint/flows flows\ncat > flows/callback.yaml <<'YAML'\n{yaml_text}YAML\n"
            f"printf '[flows]\\n\"{_YAML_FLOW}\" = \"flows/callback.yaml\"\\n' > .flowlint.toml\n"
            f"echo '{snapshot}' > .flowlint/flows/{_YAML_FLOW}.json\n"
            f"echo '{{\"flowId\": \"{_YAML_FLOW}\", \"inputData\": {{{launch_inputs}}}}}' > launch.json\n"
            "flowlint check --contracts .flowlint/flows launch.json\n")


_EXECUTE_WORKFLOW = '{"flowId": "${input.flowId}", "inputData": { ${input.attributes} }}'


def _data_action(url: str = "/api/v2/flows/executions", method: str = "POST", template: str = _EXECUTE_WORKFLOW,
                 content_type: str = "application/json") -> str:
    """A Genesys Cloud data action as the UI's Export writes it (a `*.custom.json`), its response and contract cut short."""
    request = {"requestUrlTemplate": url, "requestType": method, "headers": {"Content-Type": content_type},
               "requestTemplate": template}
    return ('{"name": "Launch - Exported 2025-03-04", "integrationType": "purecloud-data-actions", "actionType": "custom",\n'
            f' "config": {{"request": {json.dumps(request)}}},\n "contract": {{"input": {{"inputSchema": {{}}}}}}}}\n')


def _tf_action(url: str = "/api/v2/flows/executions", method: str = "POST",
               template: str = '"{\\"flowId\\": \\"$${input.flowId}\\", \\"inputData\\": { $${input.attributes} }}"',
               content_type: str = "application/json") -> str:
    """A data action in Terraform (CX as Code): a genesyscloud_integration_action resource."""
    return f"""resource "genesyscloud_integration_action" "launch" {{
  config_request {{
    request_url_template = "{url}"
    request_type         = "{method}"
    request_template     = {template}
    headers              = {{ Content-Type = "{content_type}" }}
  }}
}}
"""


#: Each rule's documentation, by the rule's name (codes.py holds its code).
DOCS: dict[str, RuleDocs] = {
    "parse-error": RuleDocs(
        """
        The platform can only parse a body that is one well-formed JSON object. The finding
        points where the parser stopped: a missing comma or quote, a trailing comma, a comment,
        NaN or Infinity (not JSON), an empty file, or a YAML construct that is not plain data
        (tags such as !!python/object are refused, never constructed). In a data action's
        Velocity template, only what cannot be JSON whatever its holes (`${input.x}`, `#if`) hold
        is reported, at its character in the export or the .tf file.
        """,
        f'{{"flowId": "{_ENVELOPE_FLOW}",}}',
        f'{{"flowId": "{_ENVELOPE_FLOW}"}}',
        examples=(
            ("custom.json", _data_action(template="{'flowId': '${input.flowId}', 'inputData': { ${input.attributes} }}"),
             _data_action()),
            ("tf", _tf_action(template='"{\\"flowId\\": \\"$${input.flowId}\\" \\"inputData\\": {}}"'), _tf_action()),
        ),
    ),
    "duplicate-key": RuleDocs(
        """
        JSON parsers silently keep the last value, so the first one is lost without a word.
        Keep one of the two.
        """,
        f'{{"flowId": "{_ENVELOPE_FLOW}", "name": "first", "name": "second"}}',
        f'{{"flowId": "{_ENVELOPE_FLOW}", "name": "second"}}',
    ),
    "not-an-object": RuleDocs(
        """
        The launch request is one object with a flowId. An array of bodies, a string, a number
        or null is refused: send one request per launch.
        """,
        f'[{{"flowId": "{_ENVELOPE_FLOW}"}}]',
        f'{{"flowId": "{_ENVELOPE_FLOW}"}}',
    ),
    "encoding": RuleDocs(
        """
        JSON sent over HTTP must be UTF-8. Binary files, invalid UTF-8 and UTF-16 or UTF-32
        text are reported here; re-save the file as UTF-8 (a UTF-8 byte order mark is accepted).
        """,
        _payload(f'{{"flowId": "{_ENVELOPE_FLOW}", "name": "Caf\\xe9"}}') .replace(
            "printf", "# é saved as Latin-1 (the byte 0xE9), as older Windows editors do\nprintf", 1),
        _payload(f'{{"flowId": "{_ENVELOPE_FLOW}", "name": "Caf\\xe9"}}',
                 "iconv -f LATIN1 -t UTF-8 payload.json > fixed.json\nflowlint check fixed.json"),
        example_format="shell",
    ),
    "limit-exceeded": RuleDocs(
        """
        Limits keep every check bounded in time and memory: file size (max-file-size, 32 MiB by
        default), nesting depth (max-depth, 200: a body written in Python or JavaScript too, at
        its first bracket too deep), YAML alias expansion, a body code builds by naming one object
        again and again (more than 16,384 values besides one a byte of its file), and numbers too
        long for any JSON parser to hold exactly. Raise a limit in the configuration if the file
        is really meant to be that big.
        """,
        '{"flowId": ' + '[' * 300 + ']' * 300 + '}',
        f'{{"flowId": "{_ENVELOPE_FLOW}"}}',
    ),
    "yaml-implicit-type": RuleDocs(
        """
        YAML guesses types, and its two versions guess differently. YAML 1.1 readers (PyYAML,
        Go yaml.v2) make `yes`, `no`, `on` and `off` booleans, `12:30` the number 750, `010` the
        number 8 and `2026-03-29` a date; YAML 1.2 readers (js-yaml 4, yq v4, Go yaml.v3) keep
        those as text, read `010` as 10 and `1e3` as 1000. What reaches the API depends on the
        converter. A value the two versions read differently is flagged whichever
        `yaml-version` you check with (1.1 by default; a file that starts with `%YAML 1.1` or
        `%YAML 1.2` is checked as the version it declares), and the message says how each reads
        it. Quote a value meant as text; where the flow declares a Boolean or a number, write it
        the way every version reads alike (`true`, `8`): that is the fix flowlint offers there.
        A `%YAML` directive naming another version (`%YAML 1.3`) is flagged too: the file is
        then checked as `yaml-version` says.
        """,
        f'flowId: "{_ENVELOPE_FLOW}"\ninputData:\n  Flow.customerName: "John"\n  Flow.answer: no\n',
        f'flowId: "{_ENVELOPE_FLOW}"\ninputData:\n  Flow.customerName: "John"\n  Flow.answer: "no"\n',
        example_format="yaml",
    ),
    "unreadable-file": RuleDocs(
        """
        Permission denied, a broken symlink or a symlink loop, or not a regular file (a FIFO,
        socket or device: flowlint never reads those, so it cannot hang on them), or a symlink out
        of the checked tree, or a path longer than the system takes (a file thousands of directories
        deep, found by a walk). A special file or such a link found by walking a directory, rather
        than named, gets an FL010 note instead.
        """,
        "mkfifo pipe.json              # a named pipe: reading it would wait for a writer\n"
        "ln -s loop.json loop.json     # a symlink to itself\n"
        "flowlint check pipe.json loop.json\n",
        _payload(f'{{"flowId": "{_ENVELOPE_FLOW}"}}'),
        example_format="shell",
    ),
    "too-many-findings": RuleDocs(
        """
        A file with hundreds of findings of one rule (a key repeated a thousand times, a
        generated body gone wrong) would bury everything else and cost a lot of output and
        memory. flowlint lists the first 20 findings of each rule in a file and says how many
        more there are. Fix those, run again, and the next ones appear.
        """,
        f'{{"flowId": "{_ENVELOPE_FLOW}", ' + ", ".join(['"name": "retry"'] * 22) + "}",
        f'{{"flowId": "{_ENVELOPE_FLOW}"}}',
    ),
    "unused-suppression": RuleDocs(
        """
        A suppression comment (`flowlint: ignore[FL302]` on a finding's line or alone on the line
        before it, or covering a launch whose body is written over several lines of one string; bare
        `flowlint: ignore` for every rule) that no finding needs any more: the
        code was fixed, or the comment names the wrong rule or no rule at all. Left in place it
        would hide the next real mistake on that line. `--fix` removes it (or only the codes
        that suppress nothing). Like ruff's RUF100; the pre-commit hook leaves it off
        (`--ignore FL009`), so a commit is never blocked by a comment. A code of a rule turned
        off by the configuration or `--ignore` is not reported.
        """,
        f"// flowlint: ignore[FL302]\n{_fetch()}",
        _fetch(),
        example_format="js",
    ),
    "skipped-file": RuleDocs(
        """
        Minified JavaScript (a bundle, `*.min.js`) is generated from sources that flowlint checks
        instead; searching it would cost much and point at unreadable positions. Such a file
        is skipped, and when it mentions the launch endpoint (named on the command line, found by a
        walk under a minified name, or minified by its shape alone: nearly all of it on a few very
        long lines dense with code), this note says so rather than passing it in silence. Python is never taken for minified, and a file
        holding one long literal (a base64 image) among short lines of code is searched.
        A FIFO, socket or device that a directory walk finds under a walked name (`pipe.json`)
        is never opened for reading either, nor a walked symlink that leads out of the checked
        tree, to a system file, or nowhere: this note names it. Named on the command line, each
        is an error instead (FL007): you asked for a file flowlint cannot read.
        A walk never follows a link to a directory; one that leads out of the walked directory (a
        monorepo's link to a shared tree) holds files no run checked, and this note names its target.
        A YAML body longer than flowlint's YAML limit (1/32 of `max-file-size`: a YAML parser's
        nodes cost many times the text) is not checked either: this note says so, named or
        walked, and names the `--max-file-size` that would check it (the exit code stays 0).
        """,
        "printf 'fetch(\"https://api.mypurecloud.com/api/v2/flows/executions\",{method:\"POST\"});\\n' > app.min.js\n"
        "flowlint check app.min.js      # a minified bundle, named: not searched, and said so\n",
        "printf 'await fetch(\"https://api.mypurecloud.com/api/v2/flows/executions\", {method: \"POST\", "
        "headers: {\"Content-Type\": \"application/json\"}, body: JSON.stringify({flowId: FLOW_ID})});\\n' > app.js\n"
        "flowlint check app.js          # the source the bundle is built from\n",
        example_format="shell",
    ),
    "unread-launch": RuleDocs(
        """
        A code or request file that names the launch endpoint (`flows/executions`,
        `postFlowsExecutions`, `post_flows_executions`) was searched, and no launch flowlint can
        read was found: the URL goes to a client flowlint does not know, through a call it
        cannot follow, or is only in a comment; or the file is not UTF-8 text, so it could not
        be searched (the note points at its first bad byte); or its parse was too costly (on some
        hostile or machine-made text, such as a line of thousands of `<!--` or a run of
        backslash-newlines, the parser's work grows faster than the text: each parse is stopped
        at a bound proportional to the file's size, and the note says near which line, instead of
        taking minutes); or the file is written in a language
        flowlint does not read (Go, Java, C#, Ruby, PHP, PowerShell, C++ and others: see
        docs/checking.md; a script without a suffix by its `#!` line), where a mention of the
        endpoint, of the flow ID's path under it (`/api/v2/flows/{id}/executions`;
        `…/flows/executions/{id}` only in a file that sends a POST) or of an SDK's launch method
        (`PostFlowsExecutions`) is said, whether the file is walked or named (a walk skips such
        files inside a `vendor` directory, which holds others' code). A Kubernetes manifest, a
        CloudFormation template, a Docker Compose file or an Ansible playbook whose command (curl,
        a client's post, Ansible's `uri` module) names the endpoint gets it too, as does any other
        JSON or YAML file read as no launch body (a VS Code task's Windows form, an n8n or Logic App
        workflow, an Nx or deno task) that names it in a value, not a
        key or a comment, in a file that sends (a curl, a `POST`), and a server
        page (JSP, Razor, ERB, Twig, Astro…), a Karate feature or an XML file (a Mule flow), as
        does a Jenkinsfile's mention outside the sh steps it reads (a `bat` or `powershell` step, an
        `httpRequest` step, Groovy around them), as does a Postman
        collection's pre-request or test script (`pm.sendRequest`) (the endpoint's path
        followed by a flow ID only where the file writes POST), as does an AWS resource configured to
        call the endpoint whose body flowlint does not read (an EventBridge API destination, whose
        body a rule's target sends; a Step Functions definition written as a string): "configured
        here, not checked" (a Step Functions HTTP task's `RequestBody` written as data is read and
        checked), and so does a request to
        `/flows/executions/{id}` whose method flowlint cannot know
        and that sends no body it read (`fetch(url, options)`, `fetch(url, { method: m })`,
        `requests.request(method, url)`: a launch or a status read). A URL to a Genesys Cloud host at
        a near miss of the path (`https://api.mypurecloud.com/api/v2/flows/execution`, FL308's) that
        no request read uses is said the same way, named as that near miss. Without this note a launch
        flowlint missed and a correct one would look alike (no output). The note says where the
        endpoint is mentioned, and why no launch was read when that is known. It names only what the
        file shows: "the launch endpoint" where the file writes Genesys Cloud's `/api/v2/` path (or
        the flow ID's path under it, or an SDK's launch method); a `flows/executions` URL on
        another product's host is named by its host alone, never its path or query, which may
        hold a key (`a flows/executions URL on api.example.com (not a Genesys Cloud host)`), and
        a request shaped as a launch (POST or no method seen, a body, the exact path
        `/api/v2/flows/executions`) sent to such a host gets the note at its URL, saying it was not
        checked as a launch (if the host is a gateway that forwards to Genesys Cloud, check the
        body as a payload file); and
        a path whose base is not written in the URL itself (a constant, a parameter) as `a
        flows/executions path whose base is not written in the URL`, never as a
        Genesys launch on a guess. Nothing is said for what is
        known not to be a launch: a server's route, a test double (nock, responses), a status
        read (GET /executions/{id}). With --verbose, a request to `/flows/executions` relative to
        a base URL flowlint does not see (or to /api/v2/flows/{id}/executions on no known host)
        whose body names no launch member and whose file shows no Genesys Cloud is noted too: many
        apps have a flows/executions of their own, so it is not judged as a launch. So is a
        request to a host of the project's own (localhost, a loopback or private-name host,
        `*.local`, `host.docker.internal`) with nothing to say it is Genesys Cloud's: a launch
        there needs a body naming a launch member, a file showing Genesys Cloud or naming
        `flowlint serve`, or serve's port 8787. So is, with
        --verbose, a launch whose body flowlint cannot see at all, and one whose values it gave up:
        the body was handed to a function that may change it (`fill(body)`: an import, a function
        that writes it), and the note says which call, where and why; its keys are still checked.
        A function of the same file that only reads its parameter keeps the values checked.
        """,
        "// a client flowlint does not know\n"
        f"await genesys.send('{_URL}', {{flowId: FLOW_ID}});\n",
        _fetch(),
        example_format="js",
    ),
    "not-read": RuleDocs(
        """
        Named files are checked whatever their name, so a file flowlint cannot read for launches
        (Go, Java, C#, Terraform without a data action) or one it knows is not a launch body (an
        Architect flow's YAML, a GitHub Actions workflow or another CI service's pipeline
        (`.gitlab-ci.yml`, `.circleci/config.yml`, `azure-pipelines.yml`, `bitbucket-pipelines.yml`,
        `.travis.yml`), Makefile, Dockerfile or package.json none of whose commands launches, a
        Docker Compose file or Ansible playbook, an HTTP client or Postman environment, an OpenAPI or
        JSON Schema document (with or without `$schema`: told by its shape, only JSON Schema's
        keywords at its top), a tool's settings by their well-known name or place (tsconfig.json,
        dependabot.yml, .pre-commit-config.yaml, .vscode/*.json…), a Genesys Cloud script export,
        a recorded launch response, a config file or an API reply whose
        flow ID sits two or more levels deep or in one of several sections (even one that does not
        parse: the note says where it stops, a transcript's sample with a trailing comma), a JSON/YAML file naming
        no launch key that neither names its flow (`flowName`, `workflow`, a misspelt `flowVersoin`)
        nor is shaped as a launch (mostly its known wrong shapes, with an object of inputs in a
        wrapper, `inputs`, a flow ID under another name or a `type` saying flow): a campaign, a
        contact list, a manifest, whose `name`, `version`, `id` and `type` are any record's; a file
        holding a flow ID among keys of its own, not shaped as a launch, with nothing else saying it is
        one (a `Flow.` key, an inputs object, a misspelt `inputData`, keys that are all inputs the
        flow's contract declares, a name saying launch): another Genesys Cloud endpoint's body such as
        an email's or an outbound call's, a flow instance, a setting, a locale's labels; a file of
        flow inputs alone) gets this one note
        instead of parse errors or envelope findings about what was never a launch request. A
        directory walk passes such files in silence, except code that mentions a launch (FL011);
        with --verbose, a walked JSON/YAML file naming the launch's keys that was not judged gets
        this note too, saying why.
        """,
        "printf 'package main\\n\\nconst region = \"mypurecloud.com\"\\n' > config.go\n"
        "flowlint check config.go      # Go is not read: said once, never 'invalid YAML'\n",
        f"echo '{{\"flowId\": \"{_ENVELOPE_FLOW}\", \"inputData\": {{}}}}' > launch.json\n"
        "flowlint check launch.json    # a launch body\n",
        example_format="shell",
    ),
    "undeclared-model-attribute": RuleDocs(
        """
        The Python SDK's `FlowExecutionLaunchRequest` sends only the attributes it declares:
        `flow_id`, `flow_version`, `name` and `input_data` (as flowId, flowVersion, name,
        inputData). An attribute set under any other name (`model.flowId = …`,
        `model.inputData = …`, a typo) is kept on the Python object and never sent: the
        launch then lacks that member (without `flow_id` it has no flowId, FL103). The model's
        constructor takes no arguments: `FlowExecutionLaunchRequest(flow_id=…)` raises TypeError.
        """,
        "body = FlowExecutionLaunchRequest()\nbody.flowId = FLOW_ID\n"
        "ArchitectApi(api_client).post_flows_executions(body)\n",
        "body = FlowExecutionLaunchRequest()\nbody.flow_id = FLOW_ID\n"
        "ArchitectApi(api_client).post_flows_executions(body)\n",
        example_format="py",
    ),
    "no-json-number": RuleDocs(
        """
        JSON has no NaN and no Infinity, and a literal past the largest double (1e400) is read
        as Infinity by both Python and JavaScript. What goes on the wire is then the client's
        doing, never the number written: in Python, requests (2.27 and later) and httpx (0.28
        and later) refuse to send the body, and json.dumps, the Genesys SDK and aiohttp write
        `NaN` or `Infinity`, which is not JSON (the platform cannot read the body). In
        JavaScript, JSON.stringify, which fetch, axios, got and the SDK send through, writes
        null in its place: the flow gets no value. The same holds for a dict given to
        `validator.check()`. A JSON or YAML payload with NaN or Infinity is FL001 instead.
        A BigInt (`10n`) in a JavaScript body makes JSON.stringify throw, so nothing is sent:
        FL014 too, unless a file of the same run gives BigInt a toJSON (a
        `BigInt.prototype.toJSON` polyfill), which drops the finding.
        """,
        _requests(body='json={"flowId": flow_id, "inputData": {"Flow.amount": float("nan")}}'),
        _requests(body='json={"flowId": flow_id, "inputData": {"Flow.amount": 0.0}}'),
        example_format="py",
        examples=(("js", _fetch(body="JSON.stringify({flowId, inputData: {'Flow.amount': Infinity}})"),
                   _fetch(body="JSON.stringify({flowId, inputData: {'Flow.amount': Number.MAX_VALUE}})")),),
    ),
    "rounded-integer": RuleDocs(
        """
        JavaScript holds every number as a double, which holds integers exactly only up to 2**53
        (9007199254740992). An integer literal past it, and between two doubles, is read as the
        nearest one: `9007199254740993` is 9007199254740992, and JSON.stringify (so fetch, axios
        and the SDK) sends that, not the digits written. A large numeric ID is the usual case:
        an identifier belongs in a String input, sent as a string. A literal of 1e21 or more is
        not reported (JSON.stringify writes it with an exponent), nor is a BigInt (JSON.stringify
        refuses one).
        """,
        _fetch(body="JSON.stringify({flowId, inputData: {'Flow.orderId': 9007199254740993}})"),
        _fetch(body="JSON.stringify({flowId, inputData: {'Flow.orderId': '9007199254740993'}})"),
        example_format="js",
    ),
    "unencodable-value": RuleDocs(
        """
        requests and httpx encode a `json=` body with `json.dumps` and nothing else, which raises
        a TypeError on a value JSON has no form for: a set (a display `{"a", "b"}`, a set
        comprehension, `set(…)`), a date, time or datetime (`datetime.now()`, `date.today()`), a
        timedelta or a UUID (`uuid.uuid4()`). The call raises the TypeError before anything is
        sent (requests wraps only json.dumps's ValueError, a NaN's, in InvalidJSONError), so the
        flow is never launched. Only such a value written in the body, or in the statements that
        build it, is reported, and only for a client known to be one of those two: the module (by
        the file's imports), a Session or Client made from it (kept in a name, in `self.<name>`
        or the class body, made for a dataclass or attrs field its `__init__` does not take,
        `init=False`, or returned by a function of the file's own), or a class of the file's own
        deriving from one and rewriting nothing. A client not known (a parameter, even one
        annotated `requests.Session`: a subclass or a test double may come; a field with a
        default, which callers may give; a class attribute a subclass may replace; `session or
        requests.Session()`; another package's `requests`; the project's own API client, which may
        encode with `default=str`) is not judged, and `-v` says so (FL011); nor are the Genesys SDK, which turns a datetime
        into its ISO text, `json.dumps(body, default=str)`, a custom encoder or aiohttp's own
        `json_serialize`, each of which may send it. Send a list, or the value's text.
        """,
        _requests(body='json={"flowId": flow_id, "inputData": {"Flow.tags": {"vip", "renewal"}}}'),
        _requests(body='json={"flowId": flow_id, "inputData": {"Flow.tags": sorted({"vip", "renewal"})}}'),
        example_format="py",
    ),
    "schema-violation": RuleDocs(
        """
        The bundled schema decides what is valid; the other FL1xx rules explain its
        constraints in plain words. This rule reports a constraint none of them explains, so a
        constraint added to the schema is enforced before a rule is written for it. The
        bundled schema has none, so no body shows this rule today: every violation of it has a
        more specific rule. The bad example shows what would: the body breaks a constraint the
        bundled schema does not have.
        """,
        f'(none with the bundled schema. Were `name` given "maxLength": 20, this body would be FL100:)\n'
        f'{{"flowId": "{_ENVELOPE_FLOW}", "name": "Follow-up for order 1042"}}',
        f'{{"flowId": "{_ENVELOPE_FLOW}", "name": "Order 1042"}}',
    ),
    "wrong-envelope": RuleDocs(
        """
        The body has exactly four members: flowId, flowVersion, name and inputData. Members
        such as type, configuration, data, parameters, inputs, variables, payload or body come
        from other APIs or from wrong answers on the web. The help says where their content
        belongs: the flow ID at the top level as flowId, the inputs in inputData, keyed
        Flow.<variable>. A second wrapper inside inputData ({"inputData": {"inputData": ...}}) is
        reported here too. A member of any other name that holds the launch request itself
        ({"launch": {"flowId": ...}}) is a wrapper as well, never a flow input: its unsafe fix
        unwraps it, moving its members up as they are written, when it holds nothing but
        them; else the help says what goes where.
        """,
        f'{{"type": "flow", "configuration": {{"flowId": "{_ENVELOPE_FLOW}", "parameters": {{"contactId": "c-1"}}}}}}',
        f'{{"flowId": "{_ENVELOPE_FLOW}", "inputData": {{"Flow.contactId": "c-1"}}}}',
        examples=(("json", f'{{"launch": {{"flowId": "{_ENVELOPE_FLOW}", "inputData": {{"Flow.contactId": "c-1"}}}}}}',
                   f'{{"flowId": "{_ENVELOPE_FLOW}", "inputData": {{"Flow.contactId": "c-1"}}}}'),),
    ),
    "unknown-member": RuleDocs(
        """
        Only flowId, flowVersion, name and inputData are accepted, spelled exactly so (the
        names are case-sensitive). The finding suggests the closest real name. A flow input
        written beside the flowId (`Flow.orderId`, or `orderId` when the flow's contract declares
        `Flow.orderId`) is moved into inputData by an unsafe fix; without a contract, an unprefixed
        key's input name would be a guess, so the finding says where inputs go and changes nothing.
        """,
        f'{{"flow_id": "{_ENVELOPE_FLOW}"}}',
        f'{{"flowId": "{_ENVELOPE_FLOW}"}}',
    ),
    "missing-flow-id": RuleDocs(
        """
        flowId is the only required member. When a flowId sits deeper in the body (in
        inputData, or as flow.id), the finding says where and shows the body with it moved to
        the top level. A flowId inside a wrapper member (configuration, data, body...) is that
        wrapper's FL101, which carries the move. The flow ID does not go in the URL either: the
        path is always /api/v2/flows/executions. A launch in code or a request file that is
        sent with no body at all (fetch with only a method, `requests.post(url)`, curl -X POST
        without -d) has no flowId either.
        """,
        f'{{"inputData": {{"flowId": "{_ENVELOPE_FLOW}"}}}}',
        f'{{"flowId": "{_ENVELOPE_FLOW}"}}',
    ),
    "invalid-flow-id": RuleDocs(
        """
        flowId takes the flow's ID, a UUID such as "8f3c2a1e-5b7d-4c9e-a2f4-6d1b3e5a7c90", as a
        string. A flow name, a number or an empty string is refused. Find the ID in the
        Architect URL of the flow, or with `flowlint pull --name "Flow name"`. Not said of a
        launch a test sends to a stand-in (responses, requests-mock, respx, nock, msw set up in the
        same test, whatever it answers) or makes with the SDK's or an HTTP client's module the
        file mocks (`jest.mock('purecloud-platform-client-v2')`, `jest.mock('axios')`), or, in a
        Python test file, one the test patches (`@patch("PureCloudPlatformClientV2.ArchitectApi
        .post_flows_executions")`, `patch.object`, `mocker.patch`, `patch("requests.post")`, in a
        fixture it takes too): it never reaches Genesys Cloud, so its flowId (and flowVersion,
        FL105) is test data; the rest of its body is still checked. A template's placeholder
        (`${FLOW_ID}`, `{{flowId}}`, `{flowId}`, `#{FlowId}#`, `$(FLOW_ID)`, `%(flow_id)s`, any
        template's or token replacer's syntax by its shape) is said to be one, sent as written,
        not a flow name; in Markdown documentation it is the reader's to fill in: unknown, never
        a finding.
        """,
        '{"flowId": "Order follow-up"}',
        f'{{"flowId": "{_ENVELOPE_FLOW}"}}',
    ),
    "wrong-type": RuleDocs(
        """
        flowVersion and name are strings, inputData is an object. Common slips: a version
        written as a number (3.0 instead of "3.0", or an unquoted 3.0 in YAML), inputData sent
        as a JSON-encoded string instead of the object itself.
        """,
        f'{{"flowId": "{_ENVELOPE_FLOW}", "flowVersion": 3.0}}',
        f'{{"flowId": "{_ENVELOPE_FLOW}", "flowVersion": "3.0"}}',
    ),
    "flow-id-in-path": RuleDocs(
        """
        There is no POST /api/v2/flows/executions/{flowId}, nor /api/v2/flows/{flowId}/executions
        (as some answers write it): the only launch endpoint is POST /api/v2/flows/executions, with
        the flow ID in the body as flowId. (GET /api/v2/flows/executions/{id} reads the status of a
        run, by execution ID, and is not reported; nor is a request there whose method flowlint cannot
        know, `fetch(url, { method: m })`, `requests.request(method, url)`, unless it sends a body
        flowlint read, which a GET cannot carry: it may read a status, and gets an FL011 note.) Found in URLs in code, .http files, curl
        commands, Postman, HAR, data actions and Terraform. Where a request file (.http, curl in a
        script or Markdown, a saved request, Terraform, a data action) writes the URL as a literal
        and the body as an object without a flowId (or with the same one), the fix edits the URL
        back to the endpoint and adds "flowId": "<the ID>" to the body: safe when the request goes to
        a Genesys Cloud API host, the ID is a UUID and nothing is unsure (no flowId buried in the
        body, nothing unknown in it), unsafe else (localhost or your own service may serve that path).
        Not in code, where a URL constant may serve other calls.
        """,
        _fetch(url=_URL + "/${flowId}"),
        _fetch(),
        example_format="js",
        examples=(
            ("py", _requests(url=_URL.replace("/executions", "/" + UUID_EXAMPLE + "/executions")), _requests()),
            ("http", _http(request_line=f"POST {_URL}/{{{{flowId}}}}"), _http()),
            ("sh", _curl(url=_URL + "/$FLOW_ID"), _curl()),
            ("custom.json", _data_action(url="/api/v2/flows/executions/${input.flowId}"), _data_action()),
            ("tf", _tf_action(url="/api/v2/flows/executions/$${input.flowId}"), _tf_action()),
        ),
    ),
    "wrong-method": RuleDocs(
        """
        Flows are launched with POST /api/v2/flows/executions. fetch without a `method` sends a
        GET (and refuses a body), a request file's `GET` line and curl's -G send a GET too.
        Only a method flowlint can read is judged, and only on a request that sends a body: a
        HEAD, OPTIONS or GET that sends none (`requests.head(url)`, a CORS preflight, `curl -I`,
        which sends HEAD) launches nothing, and `--verbose` says so in an FL011 note.
        """,
        _fetch(method=""),
        _fetch(),
        example_format="js",
        examples=(
            ("py", _requests(call="put"), _requests()),
            ("http", _http(request_line=f"GET {_URL}"), _http()),
            ("sh", _curl(method="-G "), _curl()),
            ("custom.json", _data_action(method="PUT"), _data_action()),
            ("tf", _tf_action(method="PATCH"), _tf_action()),
        ),
    ),
    "wrong-host": RuleDocs(
        """
        Only api.<region's domain> serves the API (api.mypurecloud.com, api.mypurecloud.ie,
        api.usw2.pure.cloud…). The org's own name (myorg.mypurecloud.com), the web app
        (apps.…) and the sign-in host (login.…) do not, nor does any host under Genesys's other
        domains (api.us.genesyscloud.com, which no region uses). The help names the API host of
        the domain written. A host that is not statically known, or a stand-in (localhost, a test
        or internal name, a proxy named for Genesys under a domain of its own, `mypurecloud-proxy.acme.com`;
        a name under a domain that itself says purecloud, `api.mypurecloud.cm`, is judged), is not judged; a public host of another
        vendor is another product's API, whatever its path: no launch at all.
        """,
        _fetch(url="https://myinstance.mypurecloud.com/api/v2/flows/executions"),
        _fetch(),
        example_format="js",
        examples=(
            # Each good example keeps the region of the bad one: the fix is the API host of that same domain.
            ("py", _requests(url="https://apps.mypurecloud.ie/api/v2/flows/executions"),
             _requests(url="https://api.mypurecloud.ie/api/v2/flows/executions")),
            ("http", _http(request_line="POST https://login.mypurecloud.de/api/v2/flows/executions"),
             _http(request_line="POST https://api.mypurecloud.de/api/v2/flows/executions")),
            ("sh", _curl(url="https://mypurecloud.com/api/v2/flows/executions"), _curl()),
            ("postman_collection.json", _postman(url="https://apps.mypurecloud.de/api/v2/flows/executions"),
             _postman(url="https://api.mypurecloud.de/api/v2/flows/executions")),
        ),
    ),
    "content-type": RuleDocs(
        """
        The platform reads the body only as JSON. fetch sends a string body as text/plain,
        undici's request sends one with no Content-Type, curl -d sends a form
        (application/x-www-form-urlencoded), a string passed as data= in requests or httpx goes
        without a Content-Type, and a request file sends no header it does
        not write. Clients that serialize an object themselves (axios, json=, got's json:,
        curl --json) set the header for you. Headers flowlint cannot see are not judged.
        """,
        _fetch(headers="headers: {Authorization: `Bearer ${token}`}"),
        _fetch(),
        example_format="js",
        examples=(
            ("py", _requests(body="data=json.dumps({\"flowId\": flow_id})"),
             _requests(body="data=json.dumps({\"flowId\": flow_id})",
                       headers='headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"}')),
            ("http", _http(headers="Authorization: Bearer {{token}}"), _http()),
            ("sh", _curl(options="-H \"Authorization: Bearer $TOKEN\""), _curl()),
            ("postman_collection.json", _postman(language="text"), _postman()),
            ("custom.json", _data_action(content_type="application/x-www-form-urlencoded"), _data_action()),
            ("tf", _tf_action(content_type="text/plain"), _tf_action()),
        ),
    ),
    "body-not-json": RuleDocs(
        """
        fetch sends an object body as the text "[object Object]": serialize it with
        JSON.stringify (undici's request throws InvalidArgumentError on a plain object body and
        sends nothing). requests and httpx send a dict passed as data= form-encoded: pass it as
        json= instead. The object itself is still checked, as the body you meant to send. The SDKs'
        launch given its arguments in the wrong places is FL307.
        """,
        _fetch(body="{flowId, inputData: {}}"),
        _fetch(),
        example_format="js",
        examples=(
            ("py", _requests(body="data={\"flowId\": flow_id}"), _requests()),
            ("sh", _curl(options="-H \"Authorization: Bearer $TOKEN\"", data="-F flowId=\"$FLOW_ID\""), _curl()),
            ("postman_collection.json", _postman(mode="urlencoded"), _postman()),
        ),
    ),
    "hard-coded-token": RuleDocs(
        """
        A token in a file ends up in version control, logs and screenshots; it also expires, so
        the launch fails later with 401. Read it at run time (an environment variable, a secret
        store) and revoke the one written here. The same goes for an OAuth client secret
        (clientSecret, client_secret, GENESYSCLOUD_OAUTHCLIENT_SECRET=…, curl -u id:secret, a
        form field `-F 'client_secret=…;type=text/plain'`, a literal default of a secret's
        variable in a shell script, `${CLIENT_SECRET:-…}`, or in code, `os.getenv("GC_CLIENT_SECRET", "…")`,
        `process.env.GC_CLIENT_SECRET ?? '…'`, or one a wrapper is given: `client_secret = Secret("…")`,
        `SecretStr("…")`, `str(r"…")`, `String('…')`) and a credential in the launch's URL (`https://user:pw@…`, `?access_token=…`). An
        Authorization header is judged wherever the launch's call writes it: fetch's options,
        axios's config (`axios.post(url, body, {headers: {Authorization: 'Bearer …'}})`), a
        request file's header line; and, when the call writes none, wherever the file sets one by name: a client's
        defaults (`axios.defaults.headers.common['Authorization'] = …`), a session (`session.headers.update({…})`), a
        Headers object (`h.set('Authorization', …)`), a pre-request script (`pm.request.headers.add(…)`), but not what
        a test double matches or expects. Only files that launch a flow or sign in to Genesys Cloud (a request to `/oauth/token`, the
        SDKs' client-credentials login) are read for them: a token in a file that does neither
        is not reported. A literal `'Basic <base64 of client_id:client_secret>'` in code that
        signs in to Genesys Cloud writes the client secret too, whatever client sends it; so does its pair written
        apart (`auth=("id", "…")`, `HTTPBasicAuth("id", "…")`, `Buffer.from('id:…')`, `base64.b64encode(b"id:…")`).
        A token or client secret written through a transform that only re-encodes it is written all the same:
        decoded (`'Bearer ' + atob('…')`, `base64.b64decode("…").decode()`, `Buffer.from('…', 'base64')`,
        `bytes.fromhex("…")`, `$(base64 -d <<< …)`, `decodeURIComponent('…')`, `urllib.parse.unquote("…")`,
        `String.fromCharCode(…)`, a reversal: `'…'.split('').reverse().join('')`, `"…"[::-1]`, `$(rev <<< …)`),
        encoded (`btoa('…')`), or written out by a command (`Bearer $(echo …)`, `$(cat <<'EOF'` then the token's
        line), here or in a name bound once to it (`tok = b64decode("…").decode()`, then `f"Bearer {tok}"`;
        `T=$(cat <<'EOF'` …, then `Bearer $T`), a literal a script assigns to the variable its header sends (`T='…'`,
        then `-H "Authorization: Bearer $T"`; `read -r T <<< '…'`) or the code's name falls back to (`const t =
        process.env.T || '…'`, `t = os.getenv("T", "…")`), and a Basic pair encoded in a launch's header, by its password: written
        whole (`'Basic ' + btoa('id:…')`) or joined to a name (`btoa(CLIENT_ID + ':' + '…')`, `` btoa(`${id}:…`) ``,
        `b64encode(f"{cid}:…".encode())`, `$(echo -n "$CLIENT_ID:…" | base64)`). So is a hash of a literal
        (`hashlib.sha256(b"…").hexdigest()`, `crypto.createHash('sha256').update('…').digest('hex')`,
        `$(printf %s … | sha256sum)`): the token sent is
        the digest, which whoever reads the file computes from the literal. A transform of what is read at run time
        (`atob(process.env.T)`, `$(cat /run/secrets/t | base64 -d)`, `$(echo ${{ secrets.T }} | base64 -d)`) is a
        reference, not reported.
        flowlint never prints the secret: the source line in its report is masked.
        Placeholders ({{token}}, $TOKEN, <your-token>) are not reported.
        """,
        _fetch(headers="headers: {'Content-Type': 'application/json', Authorization: 'Bearer "
               "eyJhbGciOiJIUzI1NiJ9dGhpc2lzbm90YXJlYWx0b2tlbg'}"),
        _fetch(),
        example_format="js",
        examples=(
            ("py", _requests(headers='headers={"Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9dGhpc2lzbm90YXJlYWx0b2tlbg"}'),
             _requests()),
            ("http", _http(headers="Content-Type: application/json\nAuthorization: Bearer eyJhbGciOiJIUzI1NiJ9dGhpc2lzbm90YXJlYWx0b2tlbg"),
             _http()),
            ("sh", _curl(options="-H 'Content-Type: application/json' -H 'Authorization: Bearer "
                                 "eyJhbGciOiJIUzI1NiJ9dGhpc2lzbm90YXJlYWx0b2tlbg'"), _curl()),
        ),
    ),
    "platform-answer": RuleDocs(
        """
        A HAR file saved from the browser's network panel records the launch and the reply.
        When the reply was a 4xx, this note quotes the platform's message, code and contextId
        next to the request, so the findings about the body explain why it failed. A secret the
        message quotes is masked: a value named for one (`client_secret=…`, `JSESSIONID=…`), and
        what follows a secret's word when it is quoted or looks like a token (`Token … is
        invalid`, `session …`). A code or contextId is quoted only as the platform writes one
        (`bad.request`, a UUID); any other is masked whole (a recording's reply may quote an
        authorization code or a session id there).
        """,
        _har(400, '{"message": "Invalid request body", "code": "bad.request", "status": 400}'),
        _har(202, '{"id": "0f5e2a7c-3d1b-4e8a-9c6f-1b2d3e4f5a6b", "name": "Launch"}'),
        example_format="har",
    ),
    "sdk-arguments": RuleDocs(
        """
        The SDKs take the launch request as their one argument. Python's PureCloudPlatformClientV2
        defines `post_flows_executions(self, flow_launch_request, **kwargs)` in every release
        that has it (88.0.0 to 269.0.0), accepting only the keywords `flow_launch_request` and
        `callback`: `post_flows_executions(body=request)` raises TypeError (missing 1 required
        positional argument: 'flow_launch_request'), as do a second positional argument
        (`post_flows_executions(flow_id, request)`) and any other keyword, and nothing is sent.
        JavaScript's `postFlowsExecutions(flowLaunchRequest, opts)` sends its first argument as
        the body and reads its second as options (customHeaders): `postFlowsExecutions(flowId,
        {inputData})` sends the flow ID as the body and never sends the request. A keyword is
        judged only where the file imports the SDK and defines no method of that name; a
        `**splat` or `...spread` is not known, so not judged. Pass the request alone:
        `post_flows_executions(request)`.
        """,
        "import PureCloudPlatformClientV2\napi = PureCloudPlatformClientV2.ArchitectApi()\n"
        "body = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()\nbody.flow_id = FLOW_ID\n"
        "api.post_flows_executions(body=body)\n",
        "import PureCloudPlatformClientV2\napi = PureCloudPlatformClientV2.ArchitectApi()\n"
        "body = PureCloudPlatformClientV2.FlowExecutionLaunchRequest()\nbody.flow_id = FLOW_ID\n"
        "api.post_flows_executions(body)\n",
        example_format="py",
    ),
    "wrong-path": RuleDocs(
        """
        Flows are launched at exactly /api/v2/flows/executions. A path a few letters or a segment
        away from it, `/api/v2/flows/execution`, `/api/v2/flow/executions`, `/api/v2/flows/exections`,
        `/api/v1/flows/executions` or `/v2/flows/executions`, is no endpoint of the platform: the
        launch gets a 404 and says nothing of why. A near miss is judged per segment, without regard
        to case: one letter off `flows`, two off `executions`, another version or `/api` or the
        version missing, three differences at most, and never a path of the platform's own API (each
        path of the official SDK is checked: a GET of /api/v2/flows/executions/{id}, /api/v2/flows/instances/…
        is no near miss). The launch path in another case or with a final `/` is the launch path, as
        the platform routes it. (The action's word must hold an `x` as written in its first four
        letters, which is what lets a file be read at all: `/flows/exucutions` and
        `/flows/ecxecutions` are near misses, `/flows/eecutions` and a path all in capitals are not
        seen.) Judged
        only where the request goes to the platform (a Genesys Cloud host, a data action's
        relative URL) and is a launch (sent with POST, or a body naming flowId,
        inputData or a `Flow.` input); a launch to a near miss whose host is not known (a relative
        URL in a web app, a base not written in the file) gets an FL011 note instead, as does a near
        miss's URL on a Genesys Cloud host in code flowlint does not read (Go, Java…) or in code it
        reads where no request using it was read (`const URL = "…/api/v2/flows/execution"`), and a read
        (GET, no launch body) nothing. Where the URL is written whole as one literal in the request
        (a request file, curl, HTTPie or wget, a data action, Terraform, a literal in the launch's
        own call in code), the fix writes /api/v2/flows/executions in its place: safe when sent with
        POST to an API host; a near miss with the flow ID after it (`…/api/v2/flows/execution/{flowId}`,
        FL106's mistake with a typo) gets help only: drop the ID and send it in the body; where the
        URL is pieced together (a base in a variable), the help says what to write. A near miss written
        once, in a URL constant's literal that launches use, is said once, at that literal (as a wrong
        host written there is, FL302), and suppressed there.
        """,
        _fetch(url="https://api.mypurecloud.com/api/v2/flows/execution"),
        _fetch(),
        example_format="js",
        examples=(
            ("py", _requests(url="https://api.mypurecloud.com/api/v2/flow/executions"), _requests()),
            ("http", _http(request_line="POST https://api.mypurecloud.com/api/v1/flows/executions"), _http()),
            ("sh", _curl(url="https://api.mypurecloud.com/api/v2/flows/exections"), _curl()),
            ("custom.json", _data_action(url="/api/v2/flows/execution"), _data_action()),
            ("tf", _tf_action(url="/v2/flows/executions"), _tf_action()),
        ),
    ),
    "null-member": RuleDocs(
        """
        Known: the platform's generated models mark name and inputData optional, and the SDK sends
        null for an attribute set to ApiNullValue. Inferred: the platform's deserializer treats
        null as "not sent" (it does for flowVersion, which documents null as "the latest
        published version"). So this is a warning, not an error: leave the member out, which is
        certain to be read as absent. A null inputData still counts as no inputs, so the flow's
        required inputs are reported missing. An input the flow declares sent as null (Python's
        None), whatever its type, leaves the input unset, as omitting it does (nothing says the
        platform refuses it, and an Architect input it is not given is NOT_SET): this warning, not
        FL204; a required one so left unset is FL201, said at the null.
        """,
        f'{{"flowId": "{_ENVELOPE_FLOW}", "name": null}}',
        f'{{"flowId": "{_ENVELOPE_FLOW}"}}',
    ),
    "sdk-to-dict": RuleDocs(
        """
        Known: FlowExecutionLaunchRequest.to_dict() names members after the Python attributes
        (flow_id, flow_version, input_data, name) and keeps unset ones as None; the platform
        accepts only flowId, flowVersion, inputData and name. The SDK's post_flows_executions
        serializes the model for you (ApiClient().sanitize_for_serialization: camelCase, None
        left out); to send it yourself, serialize it the same way. Reported once for the whole
        body, not once per key.
        """,
        f'{{"flow_id": "{_ENVELOPE_FLOW}", "flow_version": null, "input_data": null, "name": null}}',
        f'{{"flowId": "{_ENVELOPE_FLOW}"}}',
    ),
    "no-contract": RuleDocs(
        """
        flowlint checks inputData against the inputs the flow declares. It reads them from a
        snapshot in the contract store (.flowlint/flows/ in the project: the config file's
        directory, else the git root), written by `flowlint pull FLOW_ID`, from --flow-schema,
        or live with --fetch. Without one, the envelope and the Flow. prefix of each input are
        still checked (FL1xx, FL203), but for inputs flowlint cannot read: a spread or a computed
        key it cannot see, an HTTPie nested item, an `inputData` given at run time (a parameter's
        value, which is the caller's), a placeholder a documentation page leaves for the reader's
        own input (`"<input name>"`, Swagger's `additionalProp1`). Said once per flow per run, saying so at the first launch
        that gives such inputs (and said once more there when the flow's plain note came first);
        FL011 with -v says where it can (a computed key, an HTTPie item). A platform reply that holds no
        inputSchema means the inputs are unknown, and is reported here too, never as "declares
        no inputs".
        """,
        '{"flowId": "00000000-0000-4000-8000-000000000000"}',
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John"}}}}',
        uses_contract=True,
    ),
    "missing-input": RuleDocs(
        """
        The flow declares the input as required; add it to inputData with its full name.
        """,
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.orderCount": 2}}}}',
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John", "Flow.orderCount": 2}}}}',
        uses_contract=True,
    ),
    "unknown-input": RuleDocs(
        """
        Every key of inputData must be one of the flow's input variables. The finding suggests
        the closest declared name; `flowlint pull` refreshes the snapshot if the flow changed.
        """,
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John", "Flow.orderTotal": 2}}}}',
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John", "Flow.orderCount": 2}}}}',
        uses_contract=True,
    ),
    "missing-flow-prefix": RuleDocs(
        """
        Every input variable is named with the Flow. prefix, and inputData uses the full name:
        customerName is Flow.customerName. A name that differs from a declared one only in case is
        not this error but a warning: FL211 for the prefix alone (flow.customerName), FL212 for the
        name (Flow.CustomerName for Flow.customerName); a name sent in both spellings at once is
        this error. Without a contract, the fix puts Flow. before a plain
        name (a letter or underscore, then letters, digits and underscores); a key holding the
        prefix after other text (" Flow.x", "inputData.Flow.x", "$Flow.x") gets the name it holds,
        as an unsafe fix, since that is a guess at what was meant.
        """,
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"customerName": "John"}}}}',
        _GOOD,
    ),
    "flow-prefix-case": RuleDocs(
        """
        The Flow. prefix written in another case (flow.conversationId) where the flow declares
        Flow.conversationId, or where no contract says what it declares. It is a warning, not an
        error: no Genesys document, forum thread or issue found says whether the launch endpoint
        matches inputData names by case, and a published Genesys Cloud blueprint (mcphee11's
        agent copilot, which starts a workflow with inputData {'flow.conversationId': …,
        'flow.summary': …}) sends the prefix in lowercase. With no evidence that it fails, an
        error would rest on a guess. The fix writes the name as the flow declares it; a name the
        flow does not declare is still FL202, and both spellings sent at once are still FL203. The
        name after the prefix in another case is FL212, a warning for the same reason.
        """,
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"flow.customerName": "John"}}}}',
        _GOOD,
        uses_contract=True,
    ),
    "input-name-case": RuleDocs(
        """
        An input's name written in another case (Flow.customername, FLOW.CUSTOMERNAME) where the
        flow declares Flow.customerName. It is a warning, not an error, for FL211's reason: no
        Genesys document, forum thread or issue found says whether the launch endpoint matches
        inputData names by case, so a name that differs only in case may well reach the input,
        and an error would rest on a guess. Architect names the variable one way, and the fix
        writes it that way. A name the flow does not declare in any case is FL202; the prefix
        missing (customerName) or a name sent in both spellings at once is FL203; the prefix
        alone in another case (flow.customerName) is FL211. A required input sent in another
        case is not also reported missing (FL201).
        """,
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.CustomerName": "John"}}}}',
        _GOOD,
        uses_contract=True,
    ),
    "unapplied-contract": RuleDocs(
        """
        A pattern in the contract that flowlint cannot match: JSON Schema patterns are ECMA-262,
        and flowlint runs them on RE2, whose time is linear in the text whatever the pattern (a
        backtracking engine can hang on `^(a+)+$`); RE2 has no lookaround and no backreferences.
        What such a pattern decides is unknown, and an unknown never fails a check: a value it
        would judge (`pattern`), and a key it may or may not match (`patternProperties`, and so
        whether the key is an input the flow declares), get no error either way. This note says
        once for the body which inputs were left unchecked and which pattern is the cause.

        A contract is untrusted input, so what checking a body against it may cost is bounded,
        in time and memory, by the sizes of the two: 20,000 steps plus 32 a value of the schema
        and of the body (a step is one keyword applied to one value; a real contract takes a
        few a value). A contract whose patternProperties each match many of the body's keys, or
        whose anyOf and $ref multiply the work level by level, stops there: the errors found by
        then are reported, and this note says the rest of the body was not checked against it.
        """,
        f'{{"flowId": "{_UNMATCHABLE_FLOW}", "inputData": {{"Flow.ticketCode": "ABCD"}}}}',
        _GOOD,
        uses_contract=True,
        example_snapshots=(_snapshot(_UNMATCHABLE_FLOW, "Tickets", "WORKFLOW",
                                     {"Flow.ticketCode": {"type": "string", "pattern": "^(?!TEST)[A-Z]{4}$"}}),),
    ),
    "input-type-mismatch": RuleDocs(
        """
        The message names the type as Architect does (String, Integer, String collection...)
        and the exact fix: "42" becomes 42 for an Integer, a single value becomes a one-item
        array for a collection. Text for a number is fixed safely only when it is written as
        JSON writes a number ("42", "-1.5e3"); unsafely when it is only read as one (" 42 ",
        "4_2", "+5", "007", digits of another script or full-width): that is a reading, not the
        text. Text for a Boolean is fixed safely when it is a word naming a truth value ("true",
        "yes", "off") with nothing around it, unsafely when it is one character ("1", "0", "Y",
        "N"): a digit may be a count put in the wrong input, a letter an initial or a code.
        Where the flow's Architect YAML is the contract, the type is the one it declares (a Date,
        a User collection: a published schema writes only their JSON types), and a number given
        to a Date, DateTime, Time or Duration gets no fix: quoted, 20250329 is text, not a date.
        A null is no type mismatch: it leaves the input unset, as omitting it does (FL107's
        warning; FL201 for a required input).
        """,
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John", "Flow.orderCount": "42"}}}}',
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John", "Flow.orderCount": 42}}}}',
        uses_contract=True,
    ),
    "input-format": RuleDocs(
        """
        The flow's input schema restricts the value further: a date format, a list of allowed
        values, a pattern, a range or a length.
        """,
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John", "Flow.priority": "urgent"}}}}',
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John", "Flow.priority": "high"}}}}',
        uses_contract=True,
    ),
    "not-launchable": RuleDocs(
        """
        POST /api/v2/flows/executions launches workflows. The contract snapshot says the flow is of
        another type (an inbound call flow, a bot…), which is started by its channel, not by this
        API. A warning, because the platform's rule is inferred, not documented.
        """,
        f'{{"flowId": "{_INBOUND_FLOW}", "inputData": {{"Flow.customerName": "John"}}}}',
        _GOOD,
        uses_contract=True,
        example_snapshots=(_snapshot(_INBOUND_FLOW, "Main line", "INBOUNDCALL", {"Flow.customerName": {"type": "string"}}),),
    ),
    "version-not-checked": RuleDocs(
        """
        Known: flowVersion launches that version, and each version declares its own inputs. When
        the store (or --fetch) has no contract for the pinned version, flowlint checks inputData
        against the version it has (the published one) and says so here, as one warning: what
        that version would refuse is listed in the message, never as errors, because the pinned
        version may declare those inputs. `flowlint pull FLOW_ID --version VERSION` snapshots the
        pinned version; with it, the inputs are checked exactly. A contract that records no
        version (a hand-written inputSchema) applies to every version: it gets no FL207, and its
        findings stay errors. `--fix` never writes a flowVersion that would lead here.
        """,
        f'{{"flowId": "{UUID_EXAMPLE}", "flowVersion": "9.0", "inputData": {{"Flow.customerName": "John"}}}}',
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John"}}}}',
        uses_contract=True,
        example_snapshots=(json.dumps({"flowId": UUID_EXAMPLE, "flowName": "Order follow-up", "versionId": "3.0",
                                       "inputSchema": EXAMPLE_CONTRACT}),),
    ),
    "whole-decimal": RuleDocs(
        """
        Known: the value is a whole number; JSON Schema draft-04 (the platform's draft) calls 2.0
        "not an integer", while later drafts and most JSON parsers accept it. Inferred: the
        platform reads it as the integer 2. Some validators refuse it, so write it without the
        decimal point.
        """,
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John", "Flow.orderCount": 2.0}}}}',
        f'{{"flowId": "{UUID_EXAMPLE}", "inputData": {{"Flow.customerName": "John", "Flow.orderCount": 2}}}}',
        uses_contract=True,
    ),
    "doubtful-contract": RuleDocs(
        """
        Known: every workflow input variable is named with the Flow. prefix, so a contract that
        declares `customerName` was probably edited by hand or generated from something else.
        With --fetch, when Genesys Cloud cannot be reached, an older snapshot is used and this
        warning says how old it is and why it could not be refreshed. Either way the inputs were
        checked against that contract; against one without the prefix, what it refuses is said
        in this warning, with no fix: no error and no fix rests on a contract that may not be
        the flow's. A contract read from the repository's Architect YAML is mended there (the
        help names the file), not by `flowlint pull`.
        """,
        f'{{"flowId": "{_HAND_WRITTEN_FLOW}", "inputData": {{"customerName": "John"}}}}',
        _GOOD,
        uses_contract=True,
        example_snapshots=(_snapshot(_HAND_WRITTEN_FLOW, "Hand-written", "WORKFLOW", {"customerName": {"type": "string"}}),),
    ),
    "flow-yaml-differs": RuleDocs(
        """
        With `[tool.flowlint.flows]` (or `[flows]` in .flowlint.toml) mapping a flow ID to its
        Architect YAML, launches of that flow are checked against the inputs the YAML declares:
        it is what the repository is about to deploy with the code that launches it. When a
        snapshot pulled from the org (`flowlint pull`) of the same flow also exists and declares
        other inputs or other types, the org runs something else than the repository will
        deploy: this warning names what differs, once per flow. The YAML wins.
        """,
        _flow_yaml_session('"Flow.customerName": {"type": "string"}', '"Flow.customerName": "Ada", "Flow.orderCount": 2'),
        _flow_yaml_session('"Flow.customerName": {"type": "string"}, "Flow.orderCount": {"type": "integer"}',
                           '"Flow.customerName": "Ada", "Flow.orderCount": 2'),
        example_format="shell",
    ),
    "internal-error": RuleDocs(
        """
        This is a bug in flowlint, not in your file. The message names the failure; please
        report it with the file (or a file that shows the same failure).
        """,
        "(none by nature: a file that shows FL900 shows a bug, and the fixed bug takes the example away)",
        "(any file: once the bug is fixed, the file gets the findings it deserves)",
    ),
    "broken-contract": RuleDocs(
        """
        The snapshot, --flow-schema file or fetched contract is not a usable input schema: not
        JSON, not an object, not a valid draft-04 JSON Schema (the message names the key, such
        as `properties.Flow.x.type` holding "strin"), a saved flow that holds no inputSchema, or
        with --fetch a flow that could not be fetched (the message names the flow ID and the
        reason; every body launching it gets the finding). The help names the flow and the
        file to fix or pull again.
        """,
        f'{{"flowId": "{_BROKEN_FLOW}", "inputData": {{"Flow.customerName": "John"}}}}',
        _GOOD,
        uses_contract=True,
        example_snapshots=(_snapshot(_BROKEN_FLOW, "Typo", "WORKFLOW", {"Flow.customerName": {"type": "strin"}}),),
    ),
    "broken-config": RuleDocs(
        """
        Each file is checked under the nearest config at or above it (docs/configuration.md), so a
        monorepo's subproject has its own `.flowlint.toml`. When that file cannot be read (invalid
        TOML, an unknown key, a bad value, a glob no engine can compile, an `extend` that names no
        file, one out of the project or a cycle), the files below it are not checked at all: not
        under the config above it, which
        would be a silent difference from a check in its directory. The finding is at the config
        file (at the line and column TOML names, when it names one), says how many files it left
        unchecked, and the exit code is 2, as for the config in use. It cannot be turned off.
        """,
        "mkdir billing\nprintf 'severity = \"high\"\\n' > billing/.flowlint.toml\n"
        f"echo '{{\"flowId\": \"{UUID_EXAMPLE}\"}}' > billing/launch.json\n"
        "flowlint check . || echo \"exit code $?\" >&2\n",
        "mkdir billing\nprintf '[severity]\\nFL102 = \"warning\"\\n' > billing/.flowlint.toml\n"
        f"echo '{{\"flowId\": \"{UUID_EXAMPLE}\"}}' > billing/launch.json\n"
        "flowlint check .\n",
        example_format="shell",
    ),
}
