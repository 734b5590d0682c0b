"""Launches configured in AWS: a Step Functions HTTP task (`"Resource": "arn:aws:states:::http:invoke"`) calling the
launch endpoint, in a state machine's definition (an `.asl.json`/`.asl.yaml` file) or wherever a template writes one
(a CloudFormation or SAM `Definition`, a Serverless Framework `stepFunctions` definition).

As Step Functions sends it (docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html): the task's `Parameters`
(JSONPath) or `Arguments` (JSONata) give `ApiEndpoint`, `Method`, `Headers` and `RequestBody`, sent as JSON unless
`Transform.RequestBodyEncoding` is `URL_ENCODED`; the EventBridge connection (`Authentication.ConnectionArn`) signs it
in. A body written there as data is the launch's body: each member is checked where it is written. What the run fills
in is unknown, never guessed: a member whose key ends in `.$` (its value a path, `$.flowId`, or an intrinsic function,
`States.Format(…)`) is sent under the key without `.$`, with a value known only then; so is a JSONata expression
(`{% … %}`), and a `RequestBody.$` makes the whole body unknown. No fix is offered in such a body (its keys are not
written as they are sent).

A state machine defined as JSON text (a CloudFormation `DefinitionString`: a string, or an `Fn::Sub`'s template) is
read as that definition, its characters where the template writes them; one that is no JSON text as written (an
`Fn::Join` of parts) is not.

An EventBridge API destination calling the endpoint sends what a rule's target gives it: a target of the template naming
it (`Arn: !GetAtt Destination.Arn`) with a constant `Input` (JSON text) is a launch whose body that is, checked where it
is written; so is an `InputTransformer`'s `InputTemplate`, each `<placeholder>` in it an unknown value the event fills
in, and the `TargetParameters.InputTemplate` of a pipe (`AWS::Pipes::Pipe`) whose `Target` is that destination. Anything
else an AWS template writes that calls the endpoint (a destination sent the event itself) is not read here: each mention
gets the FL011 note (sources/mentions.py), saying why.

A CloudFormation template's short-form tags (`!GetAtt`, `!Ref`, `!Sub`) are blanked, each offset staying where it is, so
that a target's `!GetAtt X.Arn` names X. What the deploy fills in is unknown, never judged: a value under an intrinsic
function (a short-form tag, or a one-member `{"Ref": …}`/`{"Fn::…": …}` mapping) and a value holding a placeholder
(`${FlowId}` for DefinitionSubstitutions or `!Sub`, Serverless's `${self:…}`, `${env:…}`, `${ssm:…}`); in an endpoint or
an `Input` a `!Sub` string's (or a plain one's) `${…}` is an unknown part of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..core.diagnostics import Finding, Path, Target
from ..core.lines import LineIndex
from ..core.unknown import Unknown
from .document import DEFAULT_LIMITS, Limits
from .embedded import scalar_offsets, string_start
from .model import BodyLocator, EmbeddedJson, Header, LaunchRequest, Offsets, Text, is_yaml
from .template_pages import hole_value, unknown_where

#: A Step Functions HTTP task's resource (any partition: aws, aws-us-gov, aws-cn).
_HTTP_TASK = re.compile(r"arn:[\w-]+:states:::http:invoke(?:\.waitForTaskToken)?")
#: A CloudFormation intrinsic function's short form, as a YAML tag before its value (`!GetAtt X.Arn`, `- !Ref X`).
_SHORT_FORM = re.compile(r"(?<=[\s\[{,:-])!(?:Ref|GetAtt|Sub|Join|Select|Split|If|Equals|Not|And|Or|FindInMap|Base64|"
                         r"Cidr|ImportValue|GetAZs|Condition|Transform|ToJsonString|Length)(?=[ \t\r\n\[{]|$)", re.M)
#: A deploy tool's placeholder in a string (`${FlowId}`, `${self:custom.x}`, `${ssm:/a/b}`), filled before it is sent.
_PLACEHOLDER = re.compile(r"\$\{[^{}\s]*\}")
#: A JSONata expression, which Step Functions evaluates when the state runs.
_JSONATA = re.compile(r"\s*\{%.*%\}\s*", re.S)
#: How many mappings are looked at for HTTP tasks (bounded work on a hostile file; the parse bounds it too).
_MAX_NODES = 200_000


def extract(text: str, limits: Limits = DEFAULT_LIMITS) -> list[LaunchRequest]:
    """The HTTP tasks' requests a state machine definition (or a template holding one) writes, in file order (launches
    or not: see urls.to_endpoint); none when the file cannot be read as JSON or YAML (its mentions get the FL011 note)."""
    if "http:invoke" not in text and "ApiDestination" not in text:
        return []
    read = _read(text, limits)
    if read is None:
        return []
    value, locator, functions = read
    found = http_tasks(text, value, locator, functions)
    found.extend(_targets(text, value, locator, functions))
    if "DefinitionString" in text:
        found.extend(_definition_strings(text, value, locator, functions))
    return sorted(found, key=lambda request: request.site)


def http_tasks(text: str, value: Any, locator: BodyLocator, functions: _Functions | None = None,
               endpoints: dict[Path, Text] | None = None) -> list[LaunchRequest]:
    """The requests of the HTTP tasks a value holds (a definition, or a template holding one), located by `locator` in
    the file's `text` (`functions`: where the template applies intrinsic functions; none when not given). `endpoints`:
    an `ApiEndpoint` as the file writes it, by its path, where the value holds only an unknown one (Terraform's
    `"https://api.${var.domain}/…"` in a jsonencode(): its literal parts known)."""
    functions = _Functions(text, locator, {}) if functions is None else functions
    found: list[LaunchRequest] = []
    stack: list[tuple[Any, Path]] = [(value, ())]
    seen = 0
    while stack and seen < _MAX_NODES:
        node, path = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend((item, (*path, index)) for index, item in enumerate(node))
            continue
        if not isinstance(node, dict):
            continue
        resource = node.get("Resource")
        if isinstance(resource, str) and _HTTP_TASK.fullmatch(resource.strip()):
            request = _task(text, locator, node, path, functions, endpoints or {})
            if request is not None:
                found.append(request)
            continue
        stack.extend((item, (*path, key)) for key, item in node.items() if isinstance(item, (dict, list)))
    return found


def _definition_strings(text: str, value: Any, locator: BodyLocator, functions: _Functions) -> list[LaunchRequest]:
    """The HTTP tasks of each state machine a template defines as JSON text (`DefinitionString`: a string, or the
    template of an `Fn::Sub`/`!Sub`, its `${…}` unknown as DefinitionSubstitutions' are), each checked where the text is
    written; none from a definition that is no JSON text written as itself (an `Fn::Join` of parts, a string that does
    not parse): its mentions keep the FL011 note."""
    from . import json_source

    resources, under = _resources(value)
    found: list[LaunchRequest] = []
    for name, resource in resources.items():
        properties = resource.get("Properties") if isinstance(resource, dict) else None
        if not isinstance(properties, dict) or "DefinitionString" not in properties:
            continue
        path: Path = (*under, name, "Properties", "DefinitionString")
        given = properties["DefinitionString"]
        tag = functions.tag(path)
        if isinstance(given, dict) and list(given) == ["Fn::Sub"]:
            given, path = given["Fn::Sub"], (*path, "Fn::Sub")
            tag = "!Sub"
        if tag == "!Sub" and isinstance(given, list) and given:  # (`[template, {variables}]`)
            given, path = given[0], (*path, 0)
        if not isinstance(given, str) or tag not in (None, "!Sub"):
            continue
        where = locator.offsets(path, Target.VALUE)
        parsed = json_source.parse(given) if where is not None else None
        if where is None or not isinstance(parsed, json_source.ParsedJson):
            continue
        embedded = EmbeddedJson(given, string_offsets(text, locator, where, given))
        embedded.locator = json_source.JsonLocator(given, unique_keys=not parsed.has_duplicates)
        found.extend(http_tasks(text, parsed.value, embedded))
    return found


#: A CloudFormation reference to a resource's ARN: `!GetAtt X.Arn` (its tag blanked), `{"Fn::GetAtt": ["X", "Arn"]}`.
_ARN_OF = re.compile(r"\s*([A-Za-z0-9]+)\.Arn\s*")


class _Functions:
    """Where a template applies an intrinsic function to a value: a short-form tag before it (`!Ref X`), or the value a
    one-member `{"Ref": …}`/`{"Fn::…": …}` mapping."""

    def __init__(self, text: str, locator: BodyLocator, tags: dict[int, int]) -> None:
        self.text = text
        self.locator = locator
        self.tags = tags  # each tag's end, to its start

    def tag(self, path: Path) -> str | None:
        """The short-form tag written before the value at `path` (`!Ref`), if any."""
        if not self.tags:
            return None
        at = self.locator.offsets(path, Target.VALUE)
        if at is None:
            return None
        end = at[0]
        while end > 0 and self.text[end - 1] in " \t\r\n":
            end -= 1
        start = self.tags.get(end)
        return self.text[start:end] if start is not None else None

    def applied(self, value: Any, path: Path) -> Unknown | None:
        """The value at `path` as an unknown one when a function gives it (None: written as it is sent)."""
        if isinstance(value, dict) and len(value) == 1:
            (name,) = value
            if name == "Ref" or (isinstance(name, str) and name.startswith("Fn::")):
                return Unknown(f"{name}: {value[name]}"[:80])
        tag = self.tag(path)
        if tag is None:
            return None
        return Unknown(f"{tag} {value}"[:80] if isinstance(value, (str, int, float)) else tag)


def _holes(value: str, at: Offsets | None, text: str) -> Text:
    """A string whose `${…}` placeholders the deploy fills: each an unknown part, the rest as written."""
    if at is None:
        return Text.known(value) if not _PLACEHOLDER.search(value) else Text((Unknown(value[:80]),), None)
    start = string_start(text, at)
    parts: list[str | Unknown] = []
    last = 0
    for match in _PLACEHOLDER.finditer(value):
        parts.append(value[last:match.start()])
        parts.append(Unknown(match.group()))
        last = match.end()
    parts.append(value[last:])
    return Text(tuple(p for p in parts if p != ""), (start, start + len(value)))


def _resources(value: Any) -> tuple[dict[str, Any], Path]:
    """A template's resources and where they are: CloudFormation's and SAM's `Resources`, Serverless's
    `resources.Resources`."""
    if isinstance(value, dict) and isinstance(value.get("Resources"), dict):
        return value["Resources"], ("Resources",)
    inner = value.get("resources") if isinstance(value, dict) else None
    if isinstance(inner, dict) and isinstance(inner.get("Resources"), dict):
        return inner["Resources"], ("resources", "Resources")
    return {}, ()


def _named(arn: Any) -> str | None:
    """The logical ID a target's `Arn` takes the ARN of (None: another ARN, or one not written in the template)."""
    if isinstance(arn, str):
        match = _ARN_OF.fullmatch(arn)
        return match.group(1) if match else None
    if isinstance(arn, dict) and len(arn) == 1:
        got = arn.get("Fn::GetAtt")
        if isinstance(got, list) and len(got) == 2 and got[1] == "Arn" and isinstance(got[0], str):
            return got[0]
        return _named(got) if isinstance(got, str) else None
    return None


def _targets(text: str, value: Any, locator: BodyLocator, functions: _Functions) -> list[LaunchRequest]:
    """The requests EventBridge sends through an API destination of the template that calls an endpoint written there:
    a rule's target naming it (`Arn: !GetAtt Destination.Arn`) with a constant `Input`, JSON text that is the body, or
    an `InputTransformer`'s `InputTemplate` (its `<placeholder>`s unknown); a pipe's (`AWS::Pipes::Pipe`, `Target`
    naming it) `TargetParameters.InputTemplate` (its `<$.path>`s and `<aws.pipes.…>` unknown); each checked where it
    is written. A target with an `InputPath`, or none of these (the event is sent), is none: the destination's endpoint
    gets the FL011 note (sources/mentions.py)."""
    resources, under = _resources(value)
    destinations: dict[str, tuple[Any, Path]] = {}
    for name, resource in resources.items():
        properties = resource.get("Properties") if isinstance(resource, dict) else None
        if isinstance(resource, dict) and resource.get("Type") == "AWS::Events::ApiDestination" \
                and isinstance(properties, dict) and isinstance(properties.get("InvocationEndpoint"), str):
            destinations[str(name)] = (properties, (*under, name, "Properties"))
    found: list[LaunchRequest] = []
    if not destinations:
        return found
    #: Each sender: where it is, the destination it names, where its body is below it, and its template's placeholders.
    senders: list[tuple[Path, str | None, Path, Any, frozenset[str] | None, re.Pattern[str] | None]] = []
    for name, resource in resources.items():
        properties = resource.get("Properties") if isinstance(resource, dict) else None
        if not isinstance(properties, dict):
            continue
        if resource.get("Type") == "AWS::Pipes::Pipe":
            parameters = properties.get("TargetParameters")
            if isinstance(parameters, dict) and "InputTemplate" in parameters:
                senders.append(((*under, name, "Properties"), _named(properties.get("Target")),
                                ("TargetParameters", "InputTemplate"), parameters["InputTemplate"], None, PIPE_PLACEHOLDER))
            continue
        targets = properties.get("Targets")
        if not isinstance(targets, list) or resource.get("Type") != "AWS::Events::Rule":
            continue
        for index, target in enumerate(targets):
            if not isinstance(target, dict):
                continue
            path = (*under, name, "Properties", "Targets", index)
            transformer = target.get("InputTransformer")
            if "Input" in target:
                senders.append((path, _named(target.get("Arn")), ("Input",), target["Input"], None, None))
            elif isinstance(transformer, dict) and "InputTemplate" in transformer:
                names = transformer.get("InputPathsMap")  # (one a function gives: each `<name>` a placeholder)
                placeholders = frozenset(map(str, names)) if isinstance(names, dict) and functions.applied(
                    names, (*path, "InputTransformer", "InputPathsMap")) is None else None
                senders.append((path, _named(target.get("Arn")), ("InputTransformer", "InputTemplate"),
                                transformer["InputTemplate"], placeholders, TRANSFORMER_PLACEHOLDER))
    for path, named, below, given, placeholders, pattern in senders:
        if named is None or named not in destinations:
            continue
        properties, at = destinations[named]
        tag = functions.tag((*path, *below))
        if isinstance(given, dict) and list(given) == ["Fn::Sub"] and isinstance(given["Fn::Sub"], str):
            given = given["Fn::Sub"]  # its `${X}` unknown, as a plain string's
        elif tag not in (None, "!Sub") or isinstance(given, dict):
            given = functions.applied(given, (*path, *below))
        elif not isinstance(given, str):
            continue
        found.append(_target(text, locator, given, path, properties, at, below, placeholders, pattern))
    return found


def _target(text: str, locator: BodyLocator, body: str | Unknown | None, path: Path, destination: dict[str, Any],
            at: Path, below: Path = ("Input",), placeholders: frozenset[str] | None = None,
            pattern: re.Pattern[str] | None = None) -> LaunchRequest:
    """The launch a target sends: the destination's endpoint and method, the target's `Input` (`below` it) its body;
    a template with its `placeholders` written as `pattern` writes them (_filled_in: None, any)."""
    endpoint_at = locator.offsets((*at, "InvocationEndpoint"), Target.VALUE)
    url = Text(_holes(destination["InvocationEndpoint"], endpoint_at, text).parts, endpoint_at)
    method = destination.get("HttpMethod")
    request = LaunchRequest("eventbridge", locator.offsets(path, Target.VALUE) or (0, 0), url,
                            method.upper() if isinstance(method, str) else Unknown("HttpMethod"),
                            locator.offsets((*at, "HttpMethod"), Target.VALUE))
    request.headers = None  # the connection's and the destination's: not all written here
    where = locator.offsets((*path, *below), Target.VALUE)
    if isinstance(body, Unknown) or body is None or where is None or not body.strip():
        request.body = body if isinstance(body, Unknown) else Unknown(str(below[-1]))
        request.body_span = where
        return request
    request.body_span = where
    return template_body(request, body, string_offsets(text, locator, where, body), placeholders, pattern)


def template_body(request: LaunchRequest, template: str, offsets: list[int] | int,
                  placeholders: frozenset[str] | None = None, pattern: re.Pattern[str] | None = None) -> LaunchRequest:
    """The request's body from an EventBridge target's JSON text (`offsets`: each character's place in the file, or
    its start): a template's `placeholders` written as `pattern` writes them (_filled_in; no `pattern`: a constant
    `Input`) unknown values, a template that reads only around one unknown whole (the event may fill it in); what the
    deploy fills in (`${…}`) unknown."""
    from .embedded import embedded_body, embedded_body_with_holes

    if pattern is not None:
        filled = _filled_in(template, offsets, placeholders, pattern)
        if filled is not None:
            embedded_body_with_holes(request, *filled, template[:80])
            return _subbed(request, template)
    embedded_body(request, template, offsets)
    return _subbed(request, template)


def string_offsets(text: str, locator: BodyLocator, where: Offsets, value: str) -> list[int] | int:
    """The file offset of each character of a string value written at `where` (and one past its end), as the template
    writes it: a JSON string's (escapes and all), a YAML scalar's (a quoted one's inside its quotes, a block's lines),
    or its start when consecutive; else each at the value's start (shown there)."""
    from .embedded import json_string_at
    from .json_source import JsonLocator

    located = json_string_at(text, where[0])
    if located is not None and located[0] == value:
        return located[1]
    if isinstance(locator, JsonLocator):
        return where[0]
    quoted = text[where[0]:where[0] + 1] in ("'", '"')
    inside = (where[0] + 1, where[1] - 1) if quoted else where
    aligned = _single_quoted(text, where, value) if text[where[0]:where[0] + 1] == "'" else None
    return aligned or scalar_offsets(text, inside, value) or [where[0]] * (len(value) + 1)


#: An InputTransformer template's placeholder (`<orderId>`, `<aws.events.rule-name>`), its name group 1.
TRANSFORMER_PLACEHOLDER = re.compile(r"<([A-Za-z0-9_.\-]+)>")
#: A pipe's template's placeholder: a JSON path into the event (`<$.body.orderId>`, `<$.detail[0].x>`), or a reserved
#: variable (`<aws.pipes.event.json>`), its name group 1.
PIPE_PLACEHOLDER = re.compile(r"<(\$[^<>\s\"{}]*|aws\.pipes\.[\w.-]+)>")


def _filled_in(template: str, offsets: list[int] | int, names: frozenset[str] | None,
               pattern: re.Pattern[str] = TRANSFORMER_PLACEHOLDER) -> tuple[str, list[int]] | None:
    """A template with each of its placeholders (a `pattern` match naming one of `names`, or the predefined
    `aws.events.…`; `names` None: any) written as a `{{name}}` hole, an unknown value wherever it stands, each of its
    characters where the placeholder is written; the rest as written. None when it has none."""
    where = list(range(offsets, offsets + len(template) + 1)) if isinstance(offsets, int) else offsets
    out: list[str] = []
    moved: list[int] = []
    last = 0
    for match in pattern.finditer(template):
        name = match.group(1)
        if names is not None and name not in names and not name.startswith("aws.events."):
            continue
        out.append(template[last:match.start()])
        moved.extend(where[last:match.start()])
        hole = "{{" + name + "}}"
        out.append(hole)
        moved.extend([where[match.start()]] * len(hole))
        last = match.end()
    if not out:
        return None
    out.append(template[last:])
    moved.extend(where[last:])
    return "".join(out), moved


def _subbed(request: LaunchRequest, body: str) -> LaunchRequest:
    """The request with what a `!Sub` fills in (`${X}`) unknown in its body."""
    if _PLACEHOLDER.search(body):  # what the deploy fills in: unknown; a body that only reads once filled, unknown whole
        if request.findings:
            request.findings = []
            request.body, request.body_locator = Unknown(body[:80]), None
        else:
            request.body = unknown_where(request.body, DEFAULT_LIMITS.max_depth, hole_value)[0]
    return request


def _single_quoted(text: str, at: Offsets, body: str) -> list[int] | None:
    """The file offset of each character of a one-line YAML single-quoted scalar (and one past its end), each `''` the
    one `'` it writes; None when it is not written so (a folded one)."""
    offsets, position, end = [], at[0] + 1, at[1] - 1
    for char in body:
        if position >= end or text[position] != char:
            return None
        offsets.append(position)
        position += 2 if char == "'" and text[position + 1:position + 2] == "'" else 1
    return [*offsets, position] if position == end else None


def _read(text: str, limits: Limits) -> tuple[Any, BodyLocator, _Functions] | None:
    """The file's value and a locator of its nodes (JSON, or YAML with its CloudFormation tags blanked)."""
    if not is_yaml(text):
        from . import json_source
        from .json_source import JsonLocator

        parsed = json_source.parse(text)
        if not isinstance(parsed, json_source.ParsedJson):
            return None
        json_locator = JsonLocator(text, unique_keys=not parsed.has_duplicates)
        return parsed.value, json_locator, _Functions(text, json_locator, {})
    from . import yaml_source  # PyYAML is imported only when a YAML file is read

    tags = {tag.end(): tag.start() for tag in _SHORT_FORM.finditer(text)}
    blanked = _SHORT_FORM.sub(lambda tag: " " * len(tag.group()), text)
    yaml_parsed = yaml_source.parse(blanked, max_nodes=limits.max_yaml_nodes, max_depth=limits.max_depth,
                                    version=limits.yaml_version)
    if isinstance(yaml_parsed, Finding):
        return None
    yaml_locator = yaml_source.YamlLocator(yaml_parsed, LineIndex(text))
    return yaml_parsed.value, yaml_locator, _Functions(text, yaml_locator, tags)


def _task(text: str, locator: BodyLocator, task: dict[str, Any], path: Path, functions: _Functions,
          endpoints: dict[Path, Text]) -> LaunchRequest | None:
    """The request an HTTP task sends (None: its parameters are not written as a mapping)."""
    key = next((name for name in ("Parameters", "Arguments") if isinstance(task.get(name), dict)), None)
    if key is None:
        return None
    params: dict[str, Any] = task[key]
    below = (*path, key)

    def where(*parts: str | int, target: Target = Target.VALUE) -> Offsets | None:
        return locator.offsets((*below, *parts), target)

    site = locator.offsets(path, Target.VALUE) or (0, 0)
    endpoint = params.get("ApiEndpoint")
    tag = functions.tag((*below, "ApiEndpoint"))
    written_endpoint = endpoints.get((*below, "ApiEndpoint"))
    if written_endpoint is not None:
        url = written_endpoint
    elif isinstance(endpoint, str) and not _JSONATA.fullmatch(endpoint) and tag in (None, "!Sub"):
        at = where("ApiEndpoint")
        embedded = locator if isinstance(locator, EmbeddedJson) else None
        inner = embedded.locator.offsets((*below, "ApiEndpoint"), Target.VALUE) if embedded is not None else None
        if embedded is not None and inner is not None:  # (JSON text in a string: its first character's place)
            at = (embedded.to_file(inner[0] + 1) - 1, embedded.to_file(inner[1] - 1) + 1)
        url = _holes(endpoint, at, text)
    else:
        written = "ApiEndpoint.$" if "ApiEndpoint.$" in params else "ApiEndpoint"
        url = Text((Unknown(written),), where(written))
    method = params.get("Method")
    method_at = where("Method")
    request = LaunchRequest("step-functions", site, url,
                            method.upper() if isinstance(method, str) and not _JSONATA.fullmatch(method)
                            and functions.tag((*below, "Method")) is None else Unknown("Method"), method_at)
    headers = params.get("Headers")
    request.headers = _headers(text, headers, lambda *parts: where("Headers", *parts), functions, (*below, "Headers")) \
        if "Headers.$" not in params and functions.applied(headers, (*below, "Headers")) is None else None
    transform = params.get("Transform")
    if isinstance(transform, dict) and transform.get("RequestBodyEncoding") == "URL_ENCODED":
        request.sends = "form"
    if "RequestBody" in params:
        body = params["RequestBody"]
        request.body_span = where("RequestBody")
        applied = functions.applied(body, (*below, "RequestBody"))
        if applied is not None:
            request.body = applied
        elif isinstance(body, (dict, list)):
            renamed: dict[Path, Path] = {}

            def given(value: Any, written: Path) -> Unknown | None:
                return functions.applied(value, (*below, "RequestBody", *written)) \
                    or (hole_value(value) if isinstance(value, str) and _PLACEHOLDER.search(value) else None)

            request.body = _sent(body, (), (), renamed, given)
            request.body_locator = _Written(locator, (*below, "RequestBody"), renamed)
        elif body is None:
            request.bodiless = True
        else:  # a string or a number, or a JSONata expression: not judged as a launch body
            request.body = Unknown("RequestBody")
    elif "RequestBody.$" in params:
        request.body = Unknown(f"RequestBody.$: {params['RequestBody.$']}"[:80])
        request.body_span = where("RequestBody.$")
    else:
        request.bodiless = True
    return request


def _sent(value: Any, path: Path, written: Path, renamed: dict[Path, Path],
          given: Callable[[Any, Path], Unknown | None]) -> Any:
    """The value as Step Functions sends it: a `key.$` member under `key`, with an unknown value; a JSONata expression
    unknown; what `given` says the deploy fills in unknown. `renamed`: each member's path as sent, to its path as
    written, where they differ."""
    filled = given(value, written) if path else None
    if filled is not None:
        return filled
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            name = str(key)
            if name.endswith(".$") and len(name) > 2:
                sent = name[:-2]
                at: Path = (*path, sent)
                renamed[at] = (*written, name)
                out[sent] = Unknown(f"{name}: {item}"[:80] if isinstance(item, str) else name)
            else:
                if path != written:
                    member: Path = (*path, name)
                    renamed[member] = (*written, name)
                out[name] = _sent(item, (*path, name), (*written, name), renamed, given)
        return out
    if isinstance(value, list):
        return [_sent(item, (*path, index), (*written, index), renamed, given) for index, item in enumerate(value)]
    if isinstance(value, str) and _JSONATA.fullmatch(value):
        return Unknown(value.strip()[:80])
    return value


class _Written:
    """Offsets of a body's members as Step Functions sends it (`flowId`), where the file writes them (`flowId.$`)."""

    def __init__(self, locator: BodyLocator, below: Path, renamed: dict[Path, Path]) -> None:
        self.locator = locator
        self.below = below
        self.renamed = renamed

    def offsets(self, path: Path, target: Target) -> Offsets | None:
        return self.locator.offsets((*self.below, *self.renamed.get(path, path)), target)


def _headers(text: str, given: Any, where: Any, functions: _Functions, below: Path) -> list[Header]:
    """The headers a task writes (`Headers`), a `.$` one's value unknown, and one a function gives; a `${…}` unknown."""
    headers: list[Header] = []
    if not isinstance(given, dict):
        return headers
    for name, value in given.items():
        written = str(name)
        at = where(written)
        if written.endswith(".$") or not isinstance(value, str) or _JSONATA.fullmatch(value) \
                or functions.tag((*below, written)) not in (None, "!Sub"):
            headers.append(Header(written.removesuffix(".$"), Text((Unknown(written),), at), at))
        else:
            headers.append(Header(written, Text(_holes(value, at, text).parts, at), at))
    return headers
