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

An EventBridge API destination calling the endpoint sends what a rule's target gives it: a target of the template naming
it (`Arn: !GetAtt Destination.Arn`) with a constant `Input` (JSON text) is a launch whose body that is, checked where it
is written. Anything else an AWS template writes that calls the endpoint (a destination sent the event itself or an
`InputTransformer`'s template; a `DefinitionString`) is not read here: each mention gets the FL011 note
(sources/mentions.py), saying why. A CloudFormation template's short-form tags (`!GetAtt`, `!Ref`, `!Sub`) are read as the plain values they
tag: a tag is blanked, each offset staying where it is.
"""

from __future__ import annotations

import re
from typing import Any

from ..core.diagnostics import Finding, Path, Target
from ..core.lines import LineIndex
from ..core.unknown import Unknown
from .document import DEFAULT_LIMITS, Limits
from .http_file import substitute
from .model import BodyLocator, Header, LaunchRequest, Offsets, Text, is_yaml
from .saved_request import _aligned, _inside

#: A Step Functions HTTP task's resource (any partition: aws, aws-us-gov, aws-cn).
_HTTP_TASK = re.compile(r"arn:[\w-]+:states:::http:invoke(?:\.waitForTaskToken)?")
#: A CloudFormation intrinsic function's short form, as a YAML tag before its value (`!GetAtt X.Arn`, `- !Ref X`).
_SHORT_FORM = re.compile(r"(?<=[\s\[{,:-])!(?:Ref|GetAtt|Sub|Join|Select|Split|If|Equals|Not|And|Or|FindInMap|Base64|"
                         r"Cidr|ImportValue|GetAZs|Condition|Transform|ToJsonString|Length)(?=[ \t\r\n\[{]|$)", re.M)
#: A JSONata expression, which Step Functions evaluates when the state runs.
_JSONATA = re.compile(r"\s*\{%.*%\}\s*", re.S)
#: How many mappings are looked at for HTTP tasks (bounded work on a hostile file; the parse bounds it too).
_MAX_NODES = 200_000


def is_http_task(data: bytes) -> bool:
    """Whether a file's bytes may write a Step Functions HTTP task."""
    return b":::http:invoke" in data


def extract(text: str, limits: Limits = DEFAULT_LIMITS) -> list[LaunchRequest]:
    """The HTTP tasks' requests a state machine definition (or a template holding one) writes, in file order (launches
    or not: see urls.to_endpoint); none when the file cannot be read as JSON or YAML (its mentions get the FL011 note)."""
    if "http:invoke" not in text and "ApiDestination" not in text:
        return []
    read = _read(text, limits)
    if read is None:
        return []
    value, locator = read
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
            request = _task(text, locator, node, path)
            if request is not None:
                found.append(request)
            continue
        stack.extend((item, (*path, key)) for key, item in node.items() if isinstance(item, (dict, list)))
    found.extend(_targets(text, value, locator))
    return sorted(found, key=lambda request: request.site)


#: A CloudFormation reference to a resource's ARN: `!GetAtt X.Arn` (its tag blanked), `{"Fn::GetAtt": ["X", "Arn"]}`.
_ARN_OF = re.compile(r"\s*([A-Za-z0-9]+)\.Arn\s*")


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


def _targets(text: str, value: Any, locator: BodyLocator) -> list[LaunchRequest]:
    """The requests EventBridge sends through an API destination of the template that calls an endpoint written there:
    a rule's target naming it (`Arn: !GetAtt Destination.Arn`) with a constant `Input`, JSON text that is the body,
    checked where it is written. A target with an `InputTransformer` or `InputPath`, or neither (the event is sent),
    is none: the destination's endpoint gets the FL011 note (sources/mentions.py)."""
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
    for name, resource in resources.items():
        properties = resource.get("Properties") if isinstance(resource, dict) else None
        targets = properties.get("Targets") if isinstance(properties, dict) else None
        if not isinstance(targets, list) or resource.get("Type") != "AWS::Events::Rule":
            continue
        for index, target in enumerate(targets):
            named = _named(target.get("Arn")) if isinstance(target, dict) else None
            if named is None or named not in destinations or not isinstance(target.get("Input"), str):
                continue
            properties, at = destinations[named]
            found.append(_target(text, locator, target["Input"], (*under, name, "Properties", "Targets", index),
                                 properties, at))
    return found


def _target(text: str, locator: BodyLocator, body: str, path: Path, destination: dict[str, Any], at: Path
            ) -> LaunchRequest:
    """The launch a target sends: the destination's endpoint and method, the target's `Input` its body."""
    from .embedded import embedded_body, json_string_at
    from .json_source import JsonLocator

    endpoint_at = locator.offsets((*at, "InvocationEndpoint"), Target.VALUE)
    url = Text(substitute(destination["InvocationEndpoint"], _inside(text, endpoint_at), {}).parts, endpoint_at)
    method = destination.get("HttpMethod")
    request = LaunchRequest("eventbridge", locator.offsets(path, Target.VALUE) or (0, 0), url,
                            method.upper() if isinstance(method, str) else Unknown("HttpMethod"),
                            locator.offsets((*at, "HttpMethod"), Target.VALUE))
    request.headers = None  # the connection's and the destination's: not all written here
    where = locator.offsets((*path, "Input"), Target.VALUE)
    if where is None or not body.strip():
        request.body = Unknown("Input")
        return request
    request.body_span = where
    located = json_string_at(text, where[0])
    if located is not None and located[0] == body:
        embedded_body(request, body, located[1])
    elif isinstance(locator, JsonLocator):
        embedded_body(request, body, where[0])
    else:  # a YAML scalar: its characters found in the file (a quoted one's inside its quotes); else shown at its start
        quoted = text[where[0]:where[0] + 1] in ("'", '"')
        inside = (where[0] + 1, where[1] - 1) if quoted else where
        embedded_body(request, body, _aligned(text, inside, body) or [where[0]] * (len(body) + 1))
    return request


def _read(text: str, limits: Limits) -> tuple[Any, BodyLocator] | None:
    """The file's value and a locator of its nodes (JSON, or YAML with its CloudFormation tags blanked)."""
    if not is_yaml(text):
        from . import json_source
        from .json_source import JsonLocator

        parsed = json_source.parse(text)
        if not isinstance(parsed, json_source.ParsedJson):
            return None
        return parsed.value, JsonLocator(text, unique_keys=not parsed.has_duplicates)
    from . import yaml_source  # PyYAML is imported only when a YAML file is read

    blanked = _SHORT_FORM.sub(lambda tag: " " * len(tag.group()), text)
    yaml_parsed = yaml_source.parse(blanked, max_nodes=limits.max_yaml_nodes, max_depth=limits.max_depth,
                                    version=limits.yaml_version)
    if isinstance(yaml_parsed, Finding):
        return None
    return yaml_parsed.value, yaml_source.YamlLocator(yaml_parsed, LineIndex(text))


def _task(text: str, locator: BodyLocator, task: dict[str, Any], path: Path) -> LaunchRequest | None:
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
    if isinstance(endpoint, str) and not _JSONATA.fullmatch(endpoint):
        at = where("ApiEndpoint")
        url = Text(substitute(endpoint, _inside(text, at), {}).parts, at) if at is not None else Text.known(endpoint)
    else:
        written = "ApiEndpoint.$" if "ApiEndpoint.$" in params else "ApiEndpoint"
        url = Text((Unknown(written),), where(written))
    method = params.get("Method")
    method_at = where("Method")
    request = LaunchRequest("step-functions", site, url,
                            method.upper() if isinstance(method, str) and not _JSONATA.fullmatch(method)
                            else Unknown("Method"), method_at)
    request.headers = _headers(text, params.get("Headers"), lambda *parts: where("Headers", *parts)) \
        if "Headers.$" not in params else None
    transform = params.get("Transform")
    if isinstance(transform, dict) and transform.get("RequestBodyEncoding") == "URL_ENCODED":
        request.sends = "form"
    if "RequestBody" in params:
        body = params["RequestBody"]
        request.body_span = where("RequestBody")
        if isinstance(body, (dict, list)):
            renamed: dict[Path, Path] = {}
            request.body = _sent(body, (), (), renamed)
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


def _sent(value: Any, path: Path, written: Path, renamed: dict[Path, Path]) -> Any:
    """The value as Step Functions sends it: a `key.$` member under `key`, with an unknown value; a JSONata expression
    unknown. `renamed`: each member's path as sent, to its path as written, where they differ."""
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
                out[name] = _sent(item, (*path, name), (*written, name), renamed)
        return out
    if isinstance(value, list):
        return [_sent(item, (*path, index), (*written, index), renamed) for index, item in enumerate(value)]
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


def _headers(text: str, given: Any, where: Any) -> list[Header]:
    """The headers a task writes (`Headers`), a `.$` one's value unknown."""
    headers: list[Header] = []
    if not isinstance(given, dict):
        return headers
    for name, value in given.items():
        written = str(name)
        at = where(written)
        if written.endswith(".$") or not isinstance(value, str) or _JSONATA.fullmatch(value):
            headers.append(Header(written.removesuffix(".$"), Text((Unknown(written),), at), at))
        else:
            headers.append(Header(written, Text(substitute(value, _inside(text, at), {}).parts, at), at))
    return headers
