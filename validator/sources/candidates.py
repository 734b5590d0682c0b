"""Whether a JSON or YAML file found by walking a directory may hold a launch body: a cheap byte test.

A service repository is full of JSON and YAML that is not a launch body (package.json,
tsconfig.json, docker-compose.yml, lock files, CI workflows). A file named on the command line or
matched by the project's `include` globs is a payload whatever it holds; a walked one is a payload
only when it names the launch request's vocabulary as a key: a flowId-like key in any spelling
(`flowId`, `flow_id`, `flowID`, `FlowId`…), `flowVersion`, `inputData`, or a `Flow.` input key.
Keys in capitals with underscores (`FLOW_ID:`) are the environment variables of compose files,
CI workflows and config maps, not body members, and do not count. A file that declares itself a
JSON Schema or an OpenAPI/Swagger document describes bodies rather than being one. The URL path
does not count either: a body never holds its URL, and the request formats that do (Postman,
HAR) are recognised as sources by their own sniffing. Parsed, a walked file is a body only when it is shaped as one
(launch_key_depth): mostly the launch's vocabulary, or an array of nothing but launch bodies; a record or a setting
holding a flowId among keys of its own (an instance's selfUri, a queueId, a test case's `expect`) is none.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Collection, Sequence
from typing import Literal

from ..core.codes import MISSING_FLOW_ID
from ..core.diagnostics import Diagnostic, Finding
from ..core.ids import PLACEHOLDER, find_uuid, is_uuid
from ..core.patterns import OnFirstUse
from ..core.printable import clipped, printable
from ..core.sizecache import cache_by_size
from ..core.suggest import closest, normalize
from ..core.unknown import OpenObject
from .document import DEFAULT_LIMITS, Document

# A key, quoted or not, followed by its colon: `"flowId":`, `flow_id:`, `'Flow.customer' :`, `\"flowId\":` (JSON in a string).
_KEY = re.compile(
    rb"""(flow[-_]?id|flowversion|inputdata|flow\.[^\s"'\\:,{}\[\]]+)(?:\\?["'])?[ \t]*:""",
    re.IGNORECASE,
)
#: A byte that cannot precede a vocabulary key (so `workflowId`, `GENESYS_FLOW_ID`, `my.flowId` do not count).
_WORD = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_$.-")
_DESCRIBES_JSON = re.compile(
    rb"""["']?\$schema["']?\s*:\s*["']?https?://json-schema\.org/"""
    rb"""|(?:^|[{,])\s*["']?(?:openapi|swagger)["']?\s*:\s*["']?[0-9]""",
    re.MULTILINE,
)
#: Other tools' files by their well-known names: walked, never a launch body, whatever keys they hold (a package.json
#: with a top-level `flowId` setting is the app's config). Named, or matched by `include`, such a file is still one.
_MANIFESTS = frozenset({
    "package.json", "package-lock.json", "npm-shrinkwrap.json", "jsconfig.json", "composer.json", "bower.json",
    "lerna.json", "nx.json", "angular.json", "deno.json", "vercel.json", "now.json", "firebase.json", "manifest.json",
    "renovate.json", "turbo.json", "biome.json", "babel.config.json", "cdk.json", "global.json", "launchsettings.json",
    "tslint.json", "appsettings.json", "docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml",
    "pnpm-lock.yaml", "pnpm-workspace.yaml", "serverless.yml", "serverless.yaml", "mkdocs.yml", "mkdocs.yaml",
    "codecov.yml", "chart.yaml", "values.yaml", "pubspec.yaml", "environment.yml", "buildspec.yml", "appveyor.yml",
    # repository and tool settings kept beside the code (GitHub's, linters', release and build tools')
    "dependabot.yml", "dependabot.yaml", ".pre-commit-config.yaml", ".pre-commit-config.yml", ".pre-commit-hooks.yaml",
    ".readthedocs.yml", ".readthedocs.yaml", ".golangci.yml", ".golangci.yaml", ".goreleaser.yml", ".goreleaser.yaml",
    "cloudbuild.yaml", "cloudbuild.yml", "buf.yaml", "buf.gen.yaml", "buf.work.yaml", ".gitpod.yml", ".yamllint.yml",
    ".yamllint.yaml", ".markdownlint.json", ".markdownlint.yaml", ".markdownlint.yml", ".stylelintrc.json",
    ".mocharc.json", ".mocharc.yml", ".mocharc.yaml", ".nycrc.json", "jest.config.json", "nodemon.json", "typedoc.json",
    "devcontainer.json", ".devcontainer.json", ".releaserc.json", ".releaserc.yml", ".releaserc.yaml",
    "release-please-config.json", ".release-please-manifest.json", ".hadolint.yaml", ".hadolint.yml", "funding.yml",
    "stale.yml", "labeler.yml", "release-drafter.yml", "codeql-config.yml", "mergify.yml", ".mergify.yml",
})
#: Families of them: tsconfig.build.json, appsettings.Development.json, .eslintrc.json, docker-compose.prod.yml.
_MANIFEST_FAMILIES = re.compile(r"(?:tsconfig|appsettings|docker-compose|compose|\.eslintrc|\.prettierrc|\.babelrc)(?:\.[^/]*)?"
                                r"\.(?:json|ya?ml)")


def is_manifest(name: str) -> bool:
    """Whether a file is another tool's by its well-known name (package.json, tsconfig.json, docker-compose.yml…):
    found by a walk, it is no payload, whatever keys it holds."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return base in _MANIFESTS or _MANIFEST_FAMILIES.fullmatch(base) is not None


#: Manifests' names a person may also give a file of their own (a launch body saved as manifest.json, values.yaml):
#: named, such a file is a payload, as any named file is.
_COMMON_NAMES = frozenset({"manifest.json", "values.yaml", "environment.yml", "global.json", "now.json"})


def named_tool_file(name: str) -> str | None:
    """Why a file named on the command line (or matched by `include`) is no launch body by its name alone: another tool's
    file whose format that tool defines (tsconfig.json, composer.json, .eslintrc.json, docker-compose.yml…), as a
    package.json is, or an editor's settings (`.vscode/launch.json`, JSON with comments), or a CocoaPods spec
    (`*.podspec.json`); None for any other name (a named file is a payload)."""
    path = name.replace("\\", "/")
    base = path.rsplit("/", 1)[-1]
    lowered = path.lower()
    if ("/.vscode/" in f"/{lowered}" and lowered.endswith(".json")) or lowered.endswith(".podspec.json"):
        return f"a {base} is another tool's file by its name and place, no launch body"
    if not is_manifest(base) or base.lower() in _COMMON_NAMES:
        return None
    return f"a {base} is another tool's file by its name, no launch body"


def genesys_script(value: object) -> bool:
    """Whether a parsed document is a Genesys Cloud script (an agent script's export, as genesyscloud_script deploys
    it): a `startPageId` and a list of `pages`."""
    return isinstance(value, dict) and isinstance(value.get("startPageId"), str) and isinstance(value.get("pages"), list)


#: The byte order marks of wide text (UTF-32's first: its little-endian mark starts as UTF-16's does), each with its
#: codec and its name.
WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
             (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))


def may_hold_body(data: bytes) -> bool:
    """False when a walked JSON/YAML file certainly holds no launch body (it is then no payload at all)."""
    data = _as_utf8(data)
    for match in _KEY.finditer(data):
        start = match.start()
        if start and data[start - 1] in _WORD:
            continue
        key = match.group(1)
        if key.isupper() and b"." not in key:  # FLOW_ID, INPUTDATA: an environment variable
            continue
        return not describes_json(data) or _names_its_flow_in(data)
    return False


def _names_its_flow_in(data: bytes) -> bool:
    """names_its_flow of JSON bytes that say they are a JSON Schema (parsed: only such a file is)."""
    try:
        return names_its_flow(json.loads(data))
    except (ValueError, RecursionError):
        return False


def describes_json(data: bytes) -> bool:
    """Whether the text declares itself a JSON Schema or an OpenAPI/Swagger document."""
    if b"$schema" not in data and b"openapi" not in data and b"swagger" not in data:
        return False  # what every match of _DESCRIBES_JSON writes: no scan of the whole file
    return _DESCRIBES_JSON.search(data) is not None


def names_its_flow(value: object) -> bool:
    """Whether a document that says it is a JSON Schema (`"$schema": "https://json-schema.org/…"`) names a flow at its
    top as a body does, a flow ID written as text: a launch body carrying an editor's schema hint, judged (its
    `$schema` member is FL101's), not a schema, which names `flowId` among the `properties` it describes."""
    return isinstance(value, dict) and any(_flow_id_key(key) and isinstance(item, str) for key, item in value.items())


def _as_utf8(data: bytes) -> bytes:
    """UTF-16 and UTF-32 files (with a byte order mark, or without one where JSON's first characters show it) as UTF-8,
    so their keys can be seen."""
    for bom, codec, _ in WIDE_BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace").encode("utf-8")
    if b"\x00" in data[:4]:  # no mark: JSON's first two characters are ASCII, so the NULs among them tell (RFC 4627)
        wide = _WIDE_WITHOUT_BOM.get(bytes(byte == 0 for byte in data[:4]))
        if wide is not None:
            return data.decode(wide, errors="replace").encode("utf-8")
    return data


#: Which of JSON's first four bytes are NUL -> the encoding (1 where NUL).
_WIDE_WITHOUT_BOM = {b"\1\1\1\0": "utf-32-be", b"\0\1\1\1": "utf-32-le", b"\1\0\1\0": "utf-16-be", b"\0\1\0\1": "utf-16-le"}


_LAUNCH_KEY = re.compile(r"flow[-_]?id|flowversion|inputdata", re.IGNORECASE)
_FLOW_ID_KEY = re.compile(r"flow[-_]?id", re.IGNORECASE)
#: Nodes looked through for a launch key deeper down (a config file is small; a huge one is not searched further).
_DEEP_SEARCH = 10_000


def _flow_id_key(key: object) -> bool:
    return isinstance(key, str) and not key.isupper() and _FLOW_ID_KEY.fullmatch(key) is not None


def _launch_key(key: object) -> bool:
    if not isinstance(key, str) or (key.isupper() and "." not in key):  # FLOW_ID: an environment variable
        return False
    return _LAUNCH_KEY.fullmatch(key) is not None or key.startswith("Flow.")


#: JSON Schema's keywords (drafts 4 to 2020-12, and OpenAPI's `nullable`): a document of nothing else describes values.
_SCHEMA_KEYWORDS = frozenset({
    "$schema", "$id", "$ref", "$defs", "$comment", "$anchor", "$vocabulary", "id", "title", "description", "type",
    "properties", "required", "additionalProperties", "patternProperties", "propertyNames", "unevaluatedProperties",
    "definitions", "items", "additionalItems", "prefixItems", "contains", "minItems", "maxItems", "uniqueItems", "enum",
    "const", "oneOf", "anyOf", "allOf", "not", "if", "then", "else", "minProperties", "maxProperties", "dependencies",
    "dependentRequired", "dependentSchemas", "default", "examples", "format", "readOnly", "writeOnly", "deprecated",
    "nullable", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "multipleOf",
})
_SCHEMA_TYPES = frozenset({"object", "array", "string", "number", "integer", "boolean", "null"})
#: The keywords that make a schema's shape (each holds subschemas or names members), one at least.
_SCHEMA_SHAPES = ("properties", "items", "$ref", "oneOf", "anyOf", "allOf", "$defs", "definitions", "patternProperties")


def json_schema_shaped(value: object) -> bool:
    """Whether a parsed JSON/YAML document is a JSON Schema by its shape, with or without `$schema` (a data action's
    input contract a Terraform `file()` loads, `{"title", "type": "object", "required", "properties"}`): only JSON
    Schema's keywords at its top, a `type` (if any) naming JSON types, and a shape keyword whose subschemas are objects
    (`properties` mapping names to schemas). A wrong launch (`{"type": "flow", "configuration": {…}}`, a `flowId`) is
    none: `flow` is no JSON type, `configuration` and `flowId` no keyword."""
    if not isinstance(value, dict) or not value or not all(isinstance(key, str) and key in _SCHEMA_KEYWORDS for key in value):
        return False
    kind = value.get("type")
    if kind is not None and not (kind in _SCHEMA_TYPES if isinstance(kind, str) else isinstance(kind, list) and bool(kind)
                                 and all(isinstance(item, str) and item in _SCHEMA_TYPES for item in kind)):
        return False
    properties = value.get("properties")
    if properties is not None and not (isinstance(properties, dict)
                                       and all(isinstance(item, (dict, bool)) for item in properties.values())):
        return False
    return any(key in value for key in _SCHEMA_SHAPES)


def names_no_launch(value: object) -> bool:
    """Whether a parsed JSON/YAML document with no launch key anywhere (launch_key_depth "none") is another program's
    file rather than a launch written wrong: no object at its top (each item's, for a list) names the flow or is shaped
    as a launch (written_as_launch). A platform object (a campaign, a contact list, a user, an accelerator's or an
    extension's manifest, a source map) holds `name`, `version`, `id` or `type` as any record does, beside keys of its
    own: those words alone are no evidence of a launch. Empty, or a value that is no object nor list, it is judged."""
    if isinstance(value, list):
        return bool(value) and not any(isinstance(item, dict) and written_as_launch(item, alone=False) for item in value)
    return isinstance(value, dict) and bool(value) and not written_as_launch(value, alone=True)


def values_none_a_launch(text: str) -> int:
    """How many JSON values a text holds one after another (a log or a program's output saved as .json, `"--- counts
    ---"` then an object), when it holds several and none of them may be a launch (launch_key_depth "none", and
    names_no_launch; a text or a number is none); else 0: one value, text that is not JSON values, or a value that may
    be a launch (concatenated bodies keep their FL001). Linear: each value is decoded once."""
    decoder = json.JSONDecoder()
    count = 0
    end = len(text.rstrip())
    at = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    while at < end:
        try:
            value, at = decoder.raw_decode(text, at)
        except (ValueError, RecursionError):
            return 0
        if isinstance(value, (dict, list)) and (launch_key_depth(value) != "none" or not names_no_launch(value)):
            return 0
        count += 1
        while at < end and text[at] in " \t\r\n":
            at += 1
    return count if count > 1 else 0


def written_as_launch(value: dict[object, object], alone: bool) -> bool:
    """Whether an object naming no launch key may be a launch written wrong, to be judged as one (its FL103 and FL102
    say what the endpoint wants): it names the flow however it is written (`flowName`, `flow_key`, `flowRef`,
    `workflow`, `flow`: one such key, holding a text or a number, _names_the_flow) or misspells a member only a launch
    has (`flowVersoin`, `inputDta`); or it is mostly the
    launch's vocabulary (its known wrong shapes, `name`, `version`, `id`) with something only a launch's would hold: an
    object of inputs in a wrapper (`data: {…}`, `configuration: {…}`), an inputs container of any value (`inputs:
    Jane`), a flow ID (a UUID) under another name, a `type` saying flow. Or, `alone` (the document's one object, not
    an item of a list of references), an `id` beside nothing but the launch's vocabulary (`{"id": 42}` alone: the
    flow's ID misnamed, whatever it holds; beside a `name` or a `version`, an `id` that may hold a flow ID,
    _may_be_flow_id). A platform record (a `selfUri` under /api/v2/: an export or an answer, never a
    request) is none."""
    if _platform_record(value):
        return False
    if any(_misspelt_launch_member(key) for key in value):
        return True
    naming = [(key, item) for key, item in value.items() if _flow_reference(key)]
    if len(naming) == 1 and _names_the_flow(*naming[0]):
        return True
    members = [(key, item) for key, item in value.items() if _vocabulary(key, item, alone)]
    ids = [item for key, item in members if isinstance(key, str) and normalize(key) == "id"]
    if alone and len(members) == len(value) and ids and (len(value) == 1 or any(_may_be_flow_id(item) for item in ids)):
        return True
    return len(members) > len(value) - len(members) and any(_only_a_launchs(key, item) for key, item in members)


def _may_be_flow_id(value: object) -> bool:
    """Whether a record's `id` may hold the flow's ID misnamed: a UUID (every flow ID is one) or a placeholder for one
    (`{{flowId}}`, `YOUR_FLOW_ID`); an `id` of other text or a number beside a `name` (`{"id": "user-1", "name":
    "Test User"}`) is the record's own, as every platform object's reference is `{id, name}`."""
    return isinstance(value, str) and (find_uuid(value) is not None or PLACEHOLDER.fullmatch(value.strip()) is not None)


#: A key naming the flow to launch, normalized: `flow`, `flowName`, `flow_key`, `flowRef`, `workflow`, `workflowName`.
_FLOW_REFERENCE = re.compile(r"(?:work|architect)?flows?(?:name|key|ref|reference|identifier|uuid|guid|path|slug)?")
#: The members only a launch request has, normalized (a near miss of one names it; `name` is any record's).
_LAUNCH_ONLY_NORMAL = ("flowid", "flowversion", "inputdata")
#: The containers only a launch's inputs go in, whatever they hold (`inputs: Jane`).
_INPUTS_NAMES = frozenset({"inputs", "flowinputs", "inputvariables", "inputparameters", "launchrequest", "flowexecution"})


def _flow_reference(key: object) -> bool:
    """Whether a key is written as a flow's name or reference: `flow`, `flowName`, `flow_key`, `flowRef`, `workflow`."""
    return isinstance(key, str) and not (key.isupper() and "_" in key) \
        and _FLOW_REFERENCE.fullmatch(normalize(key)) is not None  # (FLOW_NAME: an environment variable)


def _names_the_flow(key: object, item: object) -> bool:
    """Whether a flow reference's value names the flow to launch: a text or a number, not the key's own name in words
    (`"flowName": "Flow name"`: a label), not a flag, not a platform's reference object (`"flow": {"id", "name"}`, as
    an SMS recipient's or an IVR's export holds its flow). A table holding several flow references (`flow`, `workflow`,
    `flowName`) is a locale's or a settings file's: a launch names its flow once (written_as_launch)."""
    if isinstance(item, bool) or not isinstance(item, (str, int)):
        return False
    return not (isinstance(item, str) and isinstance(key, str) and normalize(item) == normalize(key))


def _misspelt_launch_member(key: object) -> bool:
    """Whether a key misspells a member only a launch has (`flowVersoin`, `inputDta`)."""
    if not isinstance(key, str) or (key.isupper() and "_" in key):
        return False
    return _misspelling_of_launch_only(normalize(key))


@cache_by_size(budget=1 << 20, largest=1024)  # a list of records repeats its keys in every row (~1 ms of difflib each)
def _misspelling_of_launch_only(normal: str) -> bool:
    import difflib  # a named file naming no launch key: few runs meet one

    # closer than did-you-mean's: `version` and `workflowApiVersion` are no misspelling of flowVersion
    return len(normal) > 3 and bool(difflib.get_close_matches(normal, _LAUNCH_ONLY_NORMAL, n=1, cutoff=0.85))


def _vocabulary(key: object, item: object, alone: bool) -> bool:
    """Whether a member is the launch's vocabulary, however wrongly: a member, a near miss or a known wrong shape, a
    key speaking of a flow, an inputs container whatever it holds; and, `alone`, an `id` (an item of a list of `{"id":
    …}` is a reference to some object, as the platform's bulk requests take them)."""
    if not isinstance(key, str):
        return False
    normal = normalize(key)
    return _launch_member(key, item) or _flow_word(key) or (normal in _INPUTS_NAMES and item is not None) \
        or (alone and normal == "id")


def _flow_word(key: object) -> bool:
    """Whether a key speaks of a flow (`targetFlow`, `callbackFlowName`): a launch's vocabulary, though not only a launch's."""
    return isinstance(key, str) and "flow" in normalize(key)


def _only_a_launchs(key: object, item: object) -> bool:
    """Whether a member holds what only a launch would: an object of inputs in a wrapper, an inputs container of any
    value, a flow ID (a UUID), a `type` or `kind` saying flow."""
    if not isinstance(key, str):
        return False
    normal = normalize(key)
    if normal in _INPUTS_NAMES and item is not None:
        return True
    if isinstance(item, dict) and item and (normal in _CONTAINER_NAMES or _flow_word(key)):
        return True
    if isinstance(item, str) and _UUID.fullmatch(item.strip()) is not None:
        return True
    return normal in _DESCRIBING_NAMES and isinstance(item, str) and "flow" in normalize(item)


def _platform_record(value: dict[object, object]) -> bool:
    """Whether an object is one the platform made (an export or an answer): its `selfUri` a path under /api/v2/."""
    uri = value.get("selfUri")
    return isinstance(uri, str) and uri.startswith("/api/v2/")


def launch_key_depth(value: object) -> str:
    """Where a parsed JSON/YAML file names the launch vocabulary as keys (_key_depth), or "partial": a fragment of a
    launch, every member of it one of the launch's own as the endpoint spells it but no flow ID anywhere (defaults merged
    with a flowId at run time, `{"flowVersion": "3.0", "inputData": {…}}`). Found by a walk, a fragment is no evidence
    of a launch (its one finding would be the flowId it is meant to lack); named or included, it is judged as a body."""
    depth = _key_depth(value)
    if depth == "shallow" and isinstance(value, dict) and value and all(key in _FRAGMENT_MEMBERS for key in value) \
            and not _names_flow_id(value):
        return "partial"
    if depth == "shallow" and isinstance(value, dict) and value \
            and all(isinstance(key, str) and key.startswith("Flow.") for key in value):
        return "inputs"  # `{"Flow.customerName": …}` alone: what goes in inputData, kept apart (an inputs file)
    return depth


#: The members a launch's fragment holds: the launch's own but its flowId, spelt as the endpoint spells them.
_FRAGMENT_MEMBERS = frozenset({"flowVersion", "name", "inputData"})


def _names_flow_id(value: dict[object, object]) -> bool:
    """Whether a flowId key in any spelling sits anywhere in an object (`inputData.flowId`: FL103 moves it up)."""
    return _holds_key([value], _flow_id_key)


def _holds_key(roots: list[object], wanted: Callable[[object], bool]) -> bool:
    """Whether an object at or below `roots` has a `wanted` key, looking at no more than _DEEP_SEARCH values."""
    stack = roots
    seen = 0
    while stack and seen < _DEEP_SEARCH:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            if any(wanted(key) for key in node):
                return True
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return False


def buried_subject(value: object) -> str:
    """What a file whose launch keys sit where no body's do holds of a launch, as a note's subject: "its flow ID sits"
    when a flowId key (in any spelling) is in it; else its launch keys, named ("its launch keys (`flowVersion`) sit"):
    a reply or a record holding only a `flowVersion` names no flow."""
    if _holds_key([value], _flow_id_key):
        return "its flow ID sits"
    names: set[str] = set()
    stack, seen = [value], 0
    while stack and seen < _DEEP_SEARCH and len(names) < 4:
        node = stack.pop()
        seen += 1
        if isinstance(node, dict):
            names.update(key for key in node if isinstance(key, str) and _launch_key(key))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    shown = ", ".join(f"`{printable(clipped(name, 40))}`" for name in sorted(names)[:3])
    return f"its launch keys ({shown}) sit" if shown else "its launch keys sit"


def buried_text_subject(text: str) -> str:
    """buried_subject for a file that does not parse: "its flow ID sits" when a flowId key is written in it."""
    return "its flow ID sits" if _FLOW_ID_WRITTEN.search(text) is not None else "its launch keys sit"


#: A flowId key as JSON or YAML writes it (quoted or not, then a colon).
_FLOW_ID_WRITTEN = re.compile(r"""(?i)(?:^|[\s{,"'])flow[-_]?id["']?[ \t]*:""")


def _names_no_key(items: list[object]) -> bool:
    """Whether no item of a list names a launch key at its top or one level down, every item looked at: each node is
    seen once at most, so the look is linear in the document already parsed, and a long list of records (a contact
    list's 10,000 rows) is told from a batch of launches as a short one is, not judged as one on a guess."""
    for item in items:
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        for node in (item, *children):
            if isinstance(node, dict) and any(_launch_key(key) for key in node):
                return False
    return True


def _key_depth(value: object) -> str:
    """Where a parsed JSON/YAML file names the launch vocabulary as keys: "shallow" (at the top level or one
    wrapper deep: a body, or a body in an envelope), "record" (a launch key at the top, or one wrapper deep, of an
    object not shaped as a launch: a record or a setting that holds a flow ID among other keys, or an array whose
    items are no launch bodies though one names a launch key), "entries" (several sections each naming a flow ID: a config
    file mapping names to flows), "sections" (one wrapper deep, beside an object naming none: a config file's section),
    "deep" (only two or more levels down: a config file), or "none". A value that is neither an object nor an
    array (a JSON string holding JSON) counts as shallow: it is judged as a body."""
    if isinstance(value, list):
        if value and all(_pure_body(item) for item in value):
            return "shallow"
        return "none" if value and _names_no_key(value) else "record"
    if not isinstance(value, dict):
        return "shallow"
    if any(_launch_key(key) for key in value):
        return "shallow" if launch_shaped(value) else "record"
    children = [child for child in value.values() if isinstance(child, dict)]
    # A body in an envelope has one flow ID; a registry ({"followUp": {"flowId": …}, "survey": {"flowId": …}}) has one per entry.
    if sum(any(_flow_id_key(key) for key in child) for child in children) > 1:
        return "entries"
    if any(_launch_key(key) for child in children for key in child):
        # A body in an envelope holds launch members only ({"configuration": {…}, "data": {"Flow.x": 1}}); a config
        # file has other sections beside the one naming the flow (appsettings.json's Logging, a Helm chart's image).
        other = any(child and not any(_launch_key(key) for key in child) for child in children)
        if other:
            return "sections"
        if any(_setting_section(key, child) for key, child in value.items()):
            return "record"
        shaped = launch_shaped(value) and all(launch_shaped(child, wrapped=True) for child in children
                                               if any(_launch_key(key) for key in child))
        return "shallow" if shaped else "record"
    grandchildren: list[object] = [item for child in value.values() for item in
                                   (child.values() if isinstance(child, dict) else child if isinstance(child, list) else ())]
    return "deep" if _holds_key(grandchildren, _launch_key) else "none"


#: The launch request's members and what people write for them (`flow_id`, `version`, `executionName`), by normalized
#: name; a bare `id` is left out: it is a record's own ID far more often than a misnamed flowId.
_MEMBER_NAMES = frozenset({
    "flowid", "flowuuid", "workflowid", "architectflowid", "flowversion", "version", "flowversionid", "versionid",
    "name", "executionname", "displayname", "launchname", "inputdata",
})
_MEMBERS = ("flowId", "flowVersion", "name", "inputData")
def _setting_section(key: object, child: object) -> bool:
    """Whether a section naming launch keys is an app's settings (`genesys: {region, flowId, flowVersion}`, `launcher:
    {flowId, name, enabled}`) rather than a body in an envelope: it holds keys of its own beside the launch's (a region,
    a flag), under a name no envelope of a body has (`body`, `request`, `data`, `launch` are envelopes' names)."""
    return isinstance(key, str) and isinstance(child, dict) and any(_launch_key(inner) for inner in child) \
        and normalize(key) not in _ENVELOPE_NAMES and not only_launch_members(child)


#: The known wrong shapes of public answers: members that wrap the request or its inputs (`configuration`, `data`,
#: `inputs`…) and members that only describe the launch (`type`, `flowType`…).
_CONTAINER_NAMES = frozenset({
    "configuration", "config", "data", "payload", "body", "request", "launchrequest", "execution", "parameters",
    "params", "inputs", "input", "variables", "vars", "attributes", "initialdata", "customdata", "arguments", "args",
    "flowinputs", "inputvariables", "inputparameters", "values", "fields", "properties", "context",
})
_DESCRIBING_NAMES = frozenset({"type", "kind", "flowtype", "launchtype", "action", "method", "schema"})
#: The names of an object wrapping a launch body (a wrong shape, or a test fixture's or a client's envelope).
_ENVELOPE_NAMES = _CONTAINER_NAMES | {"launch", "flowlaunch", "launchbody", "requestbody", "flowexecution", "json"}


def _launch_member(key: object, value: object) -> bool:
    """Whether a member of an object is the launch request's own or one of its known wrong shapes: a member or its
    misspelling, a `Flow.` input, a wrapper holding something, a describing member, or any member holding inputs."""
    return isinstance(key, str) and (_named_member(key, value) or _misspelt_member(key))


def _named_member(key: str, value: object) -> bool:
    """_launch_member by the key's own name or shape, not by a near-miss spelling."""
    if _launch_key(key) or key.lower().startswith("flow."):
        return True
    normal = normalize(key)
    if normal in _MEMBER_NAMES or normal in _DESCRIBING_NAMES:
        return True
    if isinstance(value, (dict, list)) and normal in _CONTAINER_NAMES:
        return True
    return isinstance(value, dict) and not _outputs_name(normal) and any(
        isinstance(inner, str) and (_launch_key(inner) or inner.startswith("Flow."))
        for inner in value)  # `{"launch": {"flowId": …}}`, `{"customerInputs": {"Flow.x": 1}}`


def _misspelt_member(key: str) -> bool:
    """Whether a key is a near miss of a launch member's name: `flowVerison`, `inputDta`, but also a locale's
    `flowIdHelp` (a label about the flow ID)."""
    return len(normalize(key)) > 3 and closest(key, _MEMBERS) is not None


#: Launch members' names that any record has as well.
_COMMON_WORDS = frozenset({"name", "version", "displayname", "versionid"})


def launch_shaped(value: dict[object, object], wrapped: bool = False) -> bool:
    """Whether an object is a launch body, however wrongly shaped, rather than a record or a setting that holds a flow
    ID among its own keys (an instance's id, flowName and selfUri; a queueId, a region): it holds an `inputData` object,
    or it is mostly the launch's vocabulary (`wrapped`: it sits in a wrapper that is itself a launch's word, `launch`,
    `data`: there its `name` and `version` count as the launch's)."""
    if _other_record_kind(value):
        return False
    if isinstance(value.get("inputData"), dict):
        return True  # the launch's own object of inputs, spelt as the endpoint spells it: no other program's key
    if _labels(value) or any(isinstance(item, bool) and not _launch_member(key, item) for key, item in value.items()):
        return False  # (a flag beside the flow ID, `"enabled": true`: a setting's, no launch's member nor input's)
    members = sum(_launch_member(key, item) for key, item in value.items())
    # `name` and `version` are every record's words too: beside a flow ID they tell no launch from a queue's or a
    # callback's record (`{flowId, name, queueId}`), so they weigh on neither side.
    common = 0 if wrapped else sum(isinstance(key, str) and normalize(key) in _COMMON_WORDS for key in value)
    return members - common > len(value) - members


def walked_unjudged(value: object, text: str, genesys_project: bool) -> str | None:
    """Why a walked file shaped as a launch (or a launch's fragment) is not judged as one, or None to judge it:
    "blank" (every member blank, `{"flowId": "", "inputData": {}}`: a form's initial state), "form" (each member an
    object describing a field, `{"flowId": {"label": "Flow", "widget": "select"}}`: a form's descriptor), or, outside a
    Genesys Cloud project (`genesys_project`), "unsigned" when nothing in it is Genesys's: `flowId` and `inputData` are
    every workflow engine's words (a Bhashini pipeline's request, a Conductor task, an Azure Logic App's trigger); a key
    with the `Flow.` prefix every flow input carries, a flow ID that is a UUID (with or without its dashes, at the top
    or one wrapper down), or a Genesys Cloud host in its text is."""
    if not isinstance(value, dict) or not value:
        return None
    if all(item in ("", None) or (isinstance(item, (dict, list)) and not item) for item in value.values()):
        return "blank"
    if all(isinstance(item, dict) and item and any(key in _FIELD_WORDS for key in item) for item in value.values()):
        return "form"
    if genesys_project:
        return None
    level: list[object] = [value]
    for depth in range(3):
        for item in level:
            if not isinstance(item, dict):
                continue
            for key, inner in item.items():
                if isinstance(key, str) and key[:5].lower() == "flow.":
                    return None
                if depth < 2 and _flow_id_key(key) and isinstance(inner, str) and _UUID.search(inner):
                    return None
        level = [inner for item in level if isinstance(item, dict) for inner in item.values()][:200]
    lowered = text.lower()
    return None if "mypurecloud" in lowered or "pure.cloud" in lowered else "unsigned"


#: What a form's descriptor says of a field (`{"label": "Flow", "widget": "select", "required": true}`).
_FIELD_WORDS = frozenset({"label", "widget", "placeholder", "component", "ui:widget", "helpText", "hint", "control"})


def bot_session_body(value: dict[object, object]) -> bool:
    """Whether an object is the body of another Genesys Cloud endpoint that holds an `inputData` object too: a bot flow's
    session (`POST /api/v2/textbots/botflows/sessions`, the platform's TextBotFlowLaunchRequest), by the
    `externalSessionId` that endpoint requires, or by its inputs' `variables` object beside the `flow` reference it
    names the bot flow with, and no flowId or flowVersion of a workflow's launch. A workflow launch holds neither: its
    inputs sit in `inputData` itself."""
    members = {normalize(key): item for key, item in value.items() if isinstance(key, str)}
    if "externalsessionid" in members and not any(_flow_id_key(key) or normalize(key) == "flowversion" for key in value):
        return True  # (beside a flowId, a workflow launch holding a bot session's member by mistake: judged)
    inputs = members.get("inputdata")
    return isinstance(inputs, dict) and "variables" in inputs and isinstance(members.get("flow"), dict)


_UUID = re.compile(r"[0-9a-fA-F]{8}-?(?:[0-9a-fA-F]{4}-?){3}[0-9a-fA-F]{12}")
#: Words and nothing else: letters (any script) and the marks of a phrase, at least two words, no digit, no template.
_PROSE = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:['’.-][^\W\d_]+)*)+[.:]?")


def _labels(value: dict[object, object]) -> bool:
    """Whether an object is a table of labels, as a locale file is (`{"flowId": "Flow ID", "inputData": "Input data",
    "launch": "Launch"}`), rather than a launch whose values are wrong (`{"flowId": "Customer Callback", "inputData":
    "Customer name and phone"}`: FL104, FL105). Every value is text (or a nested table of it), no flow ID (a UUID) among
    them, and the table shows itself: a launch key's label is the key's own name in words ("Flow ID", "Input data"), or
    each launch key holds a phrase (where a launch holds an object, a version or an ID) and labels of other things sit
    beside (`"submit": "Enviar"`). A body never says its keys' names, and holds no other program's label."""
    labelled = beside = sent = False
    for key, item in value.items():
        if not isinstance(key, str):
            return False
        if _launch_key(key) or normalize(key) == "name":
            if not isinstance(item, str) or _UUID.fullmatch(item.strip()):
                return False
            text = item.strip()
            # ("Flow ID" labels the key; `${flow_id}`, `{{flowId}}`, `$FLOW_ID`, `<FLOW_ID>` are references to a flow ID: sent)
            labelled = labelled or (text[:1].isalpha() and normalize(text) == normalize(key))
            # "2.0", "customer-callback": a value a launch may send (a key's own name still shows a table)
            sent = sent or (normalize(key) != "name" and not _PROSE.fullmatch(text))
        elif _named_member(key, item):
            return False  # `type`, `configuration`: a wrongly shaped body's member
        elif _label_table(item):  # a label beside, even under a near miss of a member's name (`flowIdHelp`)
            beside = True
        else:
            return False  # a number, a flag, a slug, a URL: a setting, no label
    return labelled or (beside and not sent)


def _label_table(value: object) -> bool:
    """Whether a value is a label, or a table of them (nested objects and arrays whose leaves are all labels)."""
    stack = [value]
    seen = 0
    while stack:
        node = stack.pop()
        seen += 1
        if seen > _DEEP_SEARCH:
            return False
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif not isinstance(node, str) or not _label(node):
            return False
    return True


#: A placeholder a label may start with, and the space after it (`{count} `, `{{ name }} `).
_LEADING_PLACEHOLDER = re.compile(r"\{\{?\s*\w+\s*\}\}?\s+(?=\S)")
#: The marks a one-word label may hold ("Next:", "Aujourd'hui", "E-mail").
_WORD_MARKS = frozenset("'’.-:!?…")


def _label(text: str) -> bool:
    """Whether a string reads as a label a person sees: a phrase starting with a letter or a placeholder ("Launch
    {{name}}", "Datos de entrada", "{count} runs"), or one word not in lower case ("Launch", "Enviar", "送信"); not a
    setting's value (`emea`, `sms`, `3.0`, a URL, an ID)."""
    text = text.strip()
    words = _LEADING_PLACEHOLDER.sub("", text, count=1)  # "{count} Ausführungen", "{{n}} runs": a phrase after it
    if not words or not words[0].isalpha() or "://" in words or _UUID.search(words):
        return False
    if words != text or any(char.isspace() for char in text):
        return True
    return not text[0].islower() and all(char.isalpha() or char in _WORD_MARKS for char in text)


def no_launch_vocabulary(value: dict[object, object]) -> bool:
    """Whether a request's body says nothing of a launch: in its first three levels no key is the launch's vocabulary,
    however wrongly written (a member or its misspelling, a `Flow.` input, a key speaking of a flow, `workflowId`,
    an inputs container or a known wrapper, `input`, `data`, a describing member, `type`), and it is not written as a
    launch at its top (written_as_launch: `{"id": 42}` alone): `{}`, `{"foo": 1}`, another API's `{"job": "nightly",
    "priority": 5}`. An object that may hold more (a spread) is not known to say nothing."""
    if isinstance(value, OpenObject):
        return False
    level: list[object] = [value]
    for _ in range(3):
        for item in level:
            if isinstance(item, OpenObject) or (isinstance(item, dict) and any(
                    isinstance(key, str) and (_launch_member(key, inner) or _flow_word(key)
                                              or normalize(key) in _CONTAINER_NAMES or normalize(key) in _INPUTS_NAMES)
                    for key, inner in item.items())):
                return False
        level = [inner for item in level if isinstance(item, dict) for inner in item.values()][:200]
    return not written_as_launch(value, alone=True)


def only_launch_members(value: dict[object, object]) -> bool:
    """Whether every member of an object is the launch request's own or one of its known wrong shapes: none is another
    program's (a `priority`, a `namespace`, a `callbackUrl`)."""
    return all(_launch_member(key, item) for key, item in value.items())


#: A template's hole or directive, as Terraform's templatefile() (and envsubst, a shell heredoc) fills it: `${flow_id}`,
#: `${ var.count }`, `%{ if … }`, `%{~ for … ~}`; not `$${…}`/`%%{…}`, Terraform's escapes of a literal `${`/`%{`.
_TEMPLATE_HOLE = re.compile(r"(?<![$%])[$%]\{[~ \t]*[A-Za-z_]")


def template_holes(text: str) -> bool:
    """Whether a file's text holds a template's holes: it is filled before anything is sent, so it is no literal body."""
    return ("${" in text or "%{" in text) and _TEMPLATE_HOLE.search(text) is not None


#: Why a walked JSON/YAML file naming the launch's vocabulary is no launch body, by its launch_key_depth (`check -v`).
_NOT_A_BODY = {
    "manifest": "another tool's file by its name, no launch body",
    "broken": "it does not parse and its launch keys sit two or more levels deep (a config file's, an API reply's): no launch body",
    "record": "its flow ID sits among keys of its own: a record or a setting, no launch body",
    "outputs": "it holds what a run gives back or is expected to give beside its inputs: a test case or a run's record, no launch body",
    "bot": ("a bot flow session's request (`POST /api/v2/textbots/botflows/sessions`: its `externalSessionId`, its inputs' "
            "`variables` beside the `flow` it names), another endpoint's body, no workflow launch"),
    "inputs": "it holds flow inputs (`Flow.` keys) and nothing else: a launch's inputs kept apart, no launch body",
    "template": "it holds template holes (`${…}`, `%{…}`) filled before it is sent: a template, no literal launch body",
    "page": "a template page's body whose tags (a block, a loop) shape it only when it is rendered: not judged",
    "labels": "its launch keys hold labels, with other labels beside: a locale's table of text, no launch body",
    "entries": "several of its sections each name a flow ID: a config file, no launch body",
    "sections": "{subject} in one of its sections, beside others: a config file, no launch body",
    "deep": "{subject} two or more levels deep (a config file's, an API reply's): no launch body",
    "none": "no launch key at its top or one level down: no launch body",
    "unsigned": ("it is shaped as a launch but nothing in it is Genesys Cloud's (no input with the `Flow.` prefix, no "
                 "flow ID that is a UUID, no Genesys host) and nothing makes this a Genesys project (no flowlint config, "
                 "no contract store): `flowId` and `inputData` are other workflow engines' words too; name the file, "
                 "or add a flowlint config, to have it judged as a launch"),
    "blank": "every member of it is blank (`\"flowId\": \"\"`, `{}`): a form's initial state or a template, no launch body",
    "form": "each member of it is an object describing a field (a label, a widget): a form's descriptor, no launch body",
}


def walked_verdict(document: Document, depth: str, verbose: bool) -> str | None:
    """What becomes of a JSON/YAML file a walk found that is no launch body by its launch_key_depth (or "manifest",
    "broken"): None for a launch's fragment, judged as a body (fragment_kept drops its missing flowId); else why it is
    not judged, said only with `verbose` ("" passes it in silence)."""
    if depth == "partial":
        return None
    if not verbose:
        return ""
    value = document.value
    if depth == "record":
        depth = _record_kind(value) or depth
    said = _NOT_A_BODY.get(depth, _NOT_A_BODY["record"])
    return f"found by a walk, and {said.format(subject=buried_subject(value)) if '{subject}' in said else said}"


def named_as_walked(value: object, depth: str, declared: Collection[str] = frozenset(), path: str = "",
                    walked: bool = False) -> bool:
    """Whether a named JSON/YAML file of launch_key_depth "record" or "inputs" is judged as the walk judges it (one
    FL012 note, record_note) rather than as the body it was named as: every such file but an object naming a launch key
    at its top that something besides its flow ID says is a launch (launch_evidence; `declared`: the normalized names,
    without `Flow.`, of the inputs the known flow declares; `path`: the file's). An email's or a call's body, a flow
    instance, a setting, a section, a list, a locale's labels, an inputs file: the walk's note. How many of its keys
    are the launch's is no evidence: a Genesys Cloud object holding a flowId (an email's, a secure session's, an
    inactivity timeout's) has two keys of its own or twenty."""
    if depth == "inputs" or not isinstance(value, dict) or not any(_launch_key(key) for key in value) or _labels(value):
        return True
    return not launch_evidence(value, declared, path, walked)


def launch_evidence(value: dict[object, object], declared: Collection[str] = frozenset(), path: str = "",
                    walked: bool = False) -> bool:
    """Whether something besides its flow ID says an object holding one among keys of its own is a launch, with inputs
    written beside the flow ID rather than in `inputData`: every key beside the launch's own an input the flow's
    contract declares (`orderId` for `Flow.orderId`; `declared` holds normalized names without the prefix: an email's
    body holding a `priority` the flow declares too is still an email's), a key with the `Flow.` prefix every
    workflow input has, `inputData` spelt otherwise (`input_data`, `inputDta`) or an inputs container (`inputs`), an
    object of `Flow.` keys under any name (not a run's record: `flowExecution: {id, status}`); or the file's name
    saying it is a launch's body (`launch-request.json`; _names_launch). None of these is any other object's: the
    platform's objects that hold a flowId (an email's or a message's body, a secure session's, an inactivity
    timeout's, an analytics or event record) hold `flowVersion`, `name`, `priority`, `attributes` and `userData` too,
    so those are no evidence."""
    if _other_record_kind(value):
        return False  # (its `inputData` is a bot flow session's, or a test case's beside what it expects back)
    for key, item in value.items():
        if not isinstance(key, str) or _flow_id_key(key):
            continue
        normal = normalize(key)
        if key[:5].lower() == "flow." and len(key) > 5:
            return True
        # (walked, an `inputs` object of unprefixed names may be a program's settings that builds a launch: no evidence)
        # (a near miss holds the inputs' object: an `inputDate` of text is a record's date)
        if _run_record(item):
            continue  # (`flowExecution: {id, status, dateLaunched}`: what a launch gave back, no inputs)
        if item is not None and (normal == "inputdata" or (normal in _INPUTS_NAMES and not walked)
                                 or (isinstance(item, dict) and _misspelt_input_data(normal))):
            return True
        if isinstance(item, dict) and not _OUTPUTS.search(normal) \
                and any(isinstance(inner, str) and inner[:5].lower() == "flow." for inner in item):
            return True  # (a run's `outputData` holds `Flow.` keys too: a record of what a launch gave back)
    if declared:  # each key beside the launch's own is an input the flow declares: the flow's inputs, written flat
        beside = [normalize(key) for key in value if isinstance(key, str) and not _launch_key(key) and key != "name"]
        if beside and all(normal in declared for normal in beside):
            return True
    return bool(path) and _names_launch(path)


#: Keys of a run's record (the platform's FlowRuntimeExecution, an event or log about one): an object holding one is what
#: a launch gave back, never the inputs it was given.
_RUN_RECORD_KEYS = frozenset({"id", "status", "state", "datelaunched", "datecompleted", "completionreason", "selfuri",
                              "executionid", "startdatetime", "enddatetime", "outputdata"})


def _run_record(item: object) -> bool:
    """Whether a value is an object holding a run's record keys (`{"id": "e1", "status": "COMPLETED", …}`)."""
    return isinstance(item, dict) and any(isinstance(key, str) and normalize(key) in _RUN_RECORD_KEYS for key in item)


#: A normalized name of what a run gave back (`outputData`, `results`, `response`), whose `Flow.` keys are outputs.
_OUTPUTS = re.compile(r"output|result|response|reply")


def _outputs_name(normal: str) -> bool:
    """Whether a normalized key names what a run gives back or is expected to give (`outputData`, `results`,
    `expectedOutput`, `expected`): the `Flow.` keys of an object under it are outputs, never inputs sent."""
    return normal.startswith("expect") or _OUTPUTS.search(normal) is not None


def _other_record_kind(value: object) -> Literal["bot", "outputs"] | None:
    """What a value that may hold an `inputData` object is instead of a workflow launch, if it is one of these: "bot",
    a bot flow session's body (bot_session_body); "outputs", a record that holds_outputs (a test case, a run's record)
    or a list of nothing else (a table of test cases)."""
    if isinstance(value, dict) and bot_session_body(value):
        return "bot"
    items = value if isinstance(value, list) else [value]
    if items and all(isinstance(item, dict) and holds_outputs(item) for item in items):
        return "outputs"
    return None


def _record_kind(value: object) -> Literal["bot", "outputs", "labels"] | None:
    """Which of the records _NOT_A_BODY names a value whose flow ID sits among keys of its own is: _other_record_kind's,
    or "labels", a locale's table of labels at its top or one level down (_labels)."""
    if kind := _other_record_kind(value):
        return kind
    if isinstance(value, dict) and (_labels(value) or any(isinstance(child, dict) and _labels(child)
                                                         for child in value.values())):
        return "labels"
    return None


def holds_outputs(value: dict[object, object]) -> bool:
    """Whether an object holds what a run gives back or is expected to give, as an object or a list (a workflow's test
    case: `{"inputData": {…}, "expectedOutput": {"Flow.priority": 1}}`; a run's record with its `outputData`): a
    record about a launch, never a launch's body, which holds no outputs (a `responseUrl` string is no such object)."""
    return any(isinstance(key, str) and isinstance(item, (dict, list)) and _outputs_name(normalize(key))
               for key, item in value.items())


#: The normalized names of a reply's status: `status`, `statusCode`, `httpStatus`, `code`.
_STATUS_NAMES = frozenset({"status", "statuscode", "httpstatus", "httpstatuscode", "code", "responsecode"})
#: A normalized name of a reply's error: `error`, `errors`, `errorMessage`, `fault`.
_ERROR_NAME = re.compile(r"error|fault")
#: An error status written as text: `400`, `"422"`, `"4xx"`.
_ERROR_STATUS = re.compile(r"[45](?:\d\d|xx)", re.I)


def expects_refusal(record: dict[object, object]) -> bool:
    """Whether a test case expects the platform to refuse what it sends (a negative test: `"expected": {"status": 400}`,
    `"expectedStatus": 422`, `"response": {"statusCode": "400"}`, `"expected": {"error": …}`): its body is wrong on
    purpose, and judging it would fail a test suite for testing the refusal. Read at its top and one level into what
    it expects back."""
    for key, value in record.items():
        if not isinstance(key, str):
            continue
        normal = normalize(key)
        if not _outputs_name(normal):
            continue
        if isinstance(value, dict):
            if any(isinstance(name, str) and not name.startswith("Flow.") and (_error_status(normalize(name), item) or (
                    _ERROR_NAME.search(normalize(name)) is not None and isinstance(item, (str, dict, list)) and item))
                   for name, item in value.items()):  # (a flow's own output, `Flow.hasError`, is no reply's error)
                return True
        elif _error_status(normal.removeprefix("expected").removeprefix("expect"), value):
            return True
    return False


def _error_status(normal: str, value: object) -> bool:
    """Whether a member named as a reply's status holds a 4xx or 5xx one."""
    if normal not in _STATUS_NAMES or isinstance(value, bool):
        return False
    if isinstance(value, int):
        return 400 <= value < 600
    return isinstance(value, str) and _ERROR_STATUS.fullmatch(value.strip()) is not None


#: The members a workflow's test case or a run's record holds the launch body it sends under, beside what it expects.
RECORD_BODY_KEYS = ("request", "body", "payload", "launch", "launchRequest")


def record_launches(value: object) -> list[tuple[tuple[str | int, ...], dict[object, object]]]:
    """The launch bodies a workflow's test case sends (or a table of them, or a run's record), each with its pointer: a
    record holding what a run gives back or is expected to give (holds_outputs), no flow ID of its own, and under one
    of RECORD_BODY_KEYS a launch body: an object naming a flow ID at its top, every member of it the launch's own or
    one of its known wrong shapes (`inputs` for `inputData`), no bot flow session's. [] for any other value: a record
    whose request is another endpoint's (`{"flow": {"id"}, "externalSessionId"}`, a `priority` beside the flowId) is
    not judged. A list counts only when each of its items is such a record (a table of test cases)."""
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(item, dict) and holds_outputs(item) for item in items):
        return []
    found: list[tuple[tuple[str | int, ...], dict[object, object]]] = []
    for index, item in enumerate(items):
        assert isinstance(item, dict)
        if any(_flow_id_key(key) for key in item):
            continue  # (a launch saved beside its reply, d04's shape: its top is the body and the record at once)
        if expects_refusal(item):
            continue  # (a negative test: its body is wrong on purpose, and the case says the platform refuses it)
        for key in RECORD_BODY_KEYS:
            body = item.get(key)
            if isinstance(body, dict) and any(_flow_id_key(name) for name in body) and only_launch_members(body) \
                    and not bot_session_body(body):
                found.append(((index, key) if item is not value else (key,), body))
                break
    return found


def _misspelt_input_data(normal: str) -> bool:
    """Whether a normalized key is a near miss of `inputData` (`inputdta`, `inptudata`)."""
    import difflib  # a named record: few runs meet one

    return len(normal) > 3 and bool(difflib.get_close_matches(normal, ("inputdata",), n=1, cutoff=0.85))


#: The words of a name, split at separators and case changes: `launch-request`, `flowLaunch`, `LAUNCH_BODY`.
_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")


#: The words a file name says it holds a launch's body with, besides `launch` (`launch.json`, `launch-request.json`,
#: `flow_launch_body.json`): any other word makes it something else about launches (`launch-schedule.json`,
#: `launch-config.json`, `launch-response.json`, a dated log entry), no evidence.
_BODY_WORDS = frozenset({"launch", "request", "req", "body", "payload", "flow", "workflow"})


def _names_launch(path: str) -> bool:
    """Whether a file's name (without its suffixes) says it holds a launch's body: the word `launch` and no word but
    _BODY_WORDS (`launch.json`, `launch-request.json`, `launchBody.json`); not `launches`, `launcher`, a dated name or a
    directory's (`launches/2026-03-01.json` is a log entry, `campaign/launch/settings.json` a setting)."""
    base = path.replace("\\", "/").rsplit("/", 1)[-1].split(".")[0]
    words = {word.lower() for word in _NAME_WORDS.findall(base)}
    return "launch" in words and words <= _BODY_WORDS


def record_note(value: object, depth: str) -> str:
    """Why a named JSON/YAML file whose launch keys sit among keys of its own (launch_key_depth "record": a Genesys
    Cloud email's or call's body, a flow instance, a setting, a locale's labels, a table of test cases) or that holds
    flow inputs alone ("inputs") is not checked: named, it is judged as a walk judges it, with this note instead of an
    error per key it holds."""
    kind = "inputs" if depth == "inputs" else _record_kind(value)
    if kind:
        return _NOT_A_BODY[kind]
    flow_id = value.get("flowId") if isinstance(value, dict) else None
    pull = f"flowlint pull {flow_id}" if isinstance(flow_id, str) and is_uuid(flow_id) else "flowlint pull <flowId>"
    return ("its flow ID sits among keys of its own, not shaped as a launch, and nothing else says it is one: a record, "
            "a setting or another endpoint's body (a Genesys Cloud email or call names a flowId too), no launch body; if "
            "it is a launch, the flow's inputs go in inputData, and it is checked as one once the flow's contract "
            f"declares the keys beside its flowId (`{pull}`) or its name says launch (launch-request.json)")


def fragment_kept(diagnostics: list[Diagnostic], documents: Sequence[Document]) -> list[Diagnostic]:
    """A walked file's diagnostics, but the missing flowId's (FL103) when it is a launch's fragment (launch_key_depth
    "partial"): its flowId is merged in at run time, so its lack is no finding; every other rule still speaks."""
    if not any(d.code == MISSING_FLOW_ID for d in diagnostics) or len(documents) != 1 or not documents[0].parsed \
            or launch_key_depth(documents[0].value) != "partial":
        return diagnostics
    return [d for d in diagnostics if d.code != MISSING_FLOW_ID]


def _pure_body(value: object) -> bool:
    """Whether an array's item is a launch body and nothing else: an array of them is a batch posted as one body,
    while items with keys of their own (a test case's `expect`, a task's `uri`) are some program's table."""
    return (isinstance(value, dict) and launch_key_depth(value) == "shallow"
            and all(_launch_member(key, item) for key, item in value.items()))


#: A JSON token that matters for nesting: a string (a key when a colon follows it) or a bracket; and what does not nest
#: though it holds brackets: a comment (`//`, `/* */`) and a template's tag (`{{ … }}`, `{% … %}`, `{# … #}`).
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"(?=(\s*:)?)|//[^\n]*|/\*.*?(?:\*/|\Z)|\{\{[^{}\n]*\}\}|\{%[^{}\n]*%\}|\{#[^{}\n]*#\}'
                    r'|[{}\[\]]', re.DOTALL)


def broken_json_key_depth(text: str) -> str:
    """`launch_key_depth` for JSON that does not parse, read from its tokens (comments and template tags set aside):
    "deep" only when every launch key found sits where no body's does (two or more objects down, or in an array
    below the top); else "shallow" (judged as the body it may be meant to be)."""
    stack: list[str] = []
    found = False
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in ("{", "["):
            stack.append(token)
        elif token in ("}", "]"):
            if stack:
                stack.pop()
        elif match.group(1) is not None and _launch_key(token[1:-1]):
            if _body_place(stack):
                return "shallow"
            found = True
    return "deep" if found else "shallow"


def _body_place(enclosing: list[str]) -> bool:
    """Whether a key inside these containers (outermost first: "{" an object, "[" an array or a YAML sequence) sits
    where launch_key_depth finds a body's: in the top object or one wrapper down, maybe as an item of a top array."""
    inner = enclosing[1:] if enclosing[:1] == ["["] else enclosing
    return len(inner) <= 2 and "[" not in inner


#: What a file a template fills holds beside its data: a tag (`{% if %}`, `{# note #}`, Jinja, Liquid, Nunjucks) and
#: a hole (`{{ name }}`, Jinja, Go, Handlebars, Mustache); and JSON's strings (kept as they are) and comments (dropped).
#: A tag or a hole is written on one line and holds no brace: an unclosed `{{` is tried only up to the next brace (a
#: file of `{{{{…` stays linear).
_TAGS = r"(?P<hole>\{\{[^{}\n]*\}\})|\{%[^{}\n]*%\}|\{#[^{}\n]*#\}"
# (compiled when first used: every run imports this module, few meet a broken file)
_JSON_ASIDE = OnFirstUse(r'(?P<string>"(?:[^"\\\n]|\\.)*")|//[^\n]*|/\*.*?(?:\*/|\Z)|' + _TAGS, re.DOTALL)
_YAML_ASIDE = OnFirstUse(_TAGS)


def _set_aside(match: re.Match[str]) -> str:
    """A string as it is, a template's hole as a value (null), a comment or a tag as nothing (its line breaks kept)."""
    if match.lastgroup == "string":
        return match.group()
    if match.lastgroup == "hole":
        return "null"
    return "\n" * match.group().count("\n")


def broken_key_depth(text: str, kind: str | None) -> str:
    """`launch_key_depth` for a walked JSON (`kind` "json") or YAML file that does not parse: its value's, when it
    parses with its comments and template tags set aside and each template hole a null (a snippet's `// >> START`
    marker, a Jinja `{% if %}`), so a broken file is judged as the same file readable is; else where its launch keys
    sit, by its tokens (JSON) or its indentation (YAML)."""
    aside = (_JSON_ASIDE if kind == "json" else _YAML_ASIDE).compiled.sub(_set_aside, text)
    if aside != text:
        value = _parsed(aside, kind)
        if value is not _UNPARSED:
            return launch_key_depth(value)
    return broken_json_key_depth(text) if kind == "json" else _yaml_key_depth(aside)


_UNPARSED = object()


def comments_aside(text: str) -> str:
    """JSON text with its comments (`// >> START` snippet markers, `/* … */`: a code sample's, an editor's settings)
    and template tags set aside, as broken_key_depth sets them (each line break kept)."""
    return _JSON_ASIDE.compiled.sub(_set_aside, text)


def jsonc_value(aside: str) -> object | None:
    """The value of JSON text whose comments and template tags comments_aside set aside; None for text that is no
    JSON even so."""
    value = _parsed(aside, "json")
    return None if value is _UNPARSED else value


def _parsed(text: str, kind: str | None) -> object:
    """The value of text, or _UNPARSED."""
    try:
        if kind == "json":
            return json.loads(text)
        from .yaml_source import parse  # PyYAML: imported by a broken YAML file only

        parsed = parse(text, max_nodes=DEFAULT_LIMITS.max_yaml_nodes, max_depth=DEFAULT_LIMITS.max_depth)
        return _UNPARSED if isinstance(parsed, Finding) else parsed.value
    except (ValueError, RecursionError):
        return _UNPARSED


#: A YAML line that starts a key (after any sequence dashes): its indentation, its dashes and the key.
_YAML_KEY_LINE = OnFirstUse(r"""^([ \t]*)((?:-[ \t]+)*)(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#:'"\[\]{},&*!|>%@`-][^:\n#]*?))"""
                            r"""[ \t]*:(?=[ \t\r]|$)""", re.MULTILINE)


def _yaml_key_depth(text: str) -> str:
    """broken_json_key_depth for YAML that does not parse, by each key line's indentation: "deep" only when every
    launch key found sits where no body's does; else "shallow"."""
    stack: list[tuple[int, str]] = []  # (column, "{" a mapping's key or "[" a sequence's dash), outermost first
    found = False
    for match in _YAML_KEY_LINE.finditer(text):
        column = len(match.group(1))
        nodes: list[tuple[int, str]] = []
        for dash in re.finditer(r"-[ \t]+", match.group(2)):
            nodes.append((column + dash.start(), "["))
        key = next(group for group in match.groups()[2:] if group is not None).strip()
        nodes.append((match.end(2) - match.start(), "{"))
        while stack and stack[-1][0] >= nodes[0][0]:
            stack.pop()
        if _launch_key(key):
            # each line above it that holds it opens a container, as a bracket would in JSON; its own mapping too
            if _body_place([bracket for _, bracket in stack] + [bracket for _, bracket in nodes]):
                return "shallow"
            found = True
        stack.extend(nodes)
    return "deep" if found else "shallow"


#: Why a file's launch keys are no body's, by broken_key_depth, for a named file that does not parse.
_BURIED = {
    "deep": "{subject} two or more levels deep (a config file's, an API reply's)",
    "entries": "several of its sections each name a flow ID (a config file's)",
    "sections": "{subject} in one of its sections, beside others (a config file's)",
}


def named_broken_verdict(text: str, kind: str) -> str | None:
    """Why a named JSON or YAML file that does not parse is no launch body, said (FL012) instead of its parse error: its
    launch keys all sit where no body's do (broken_key_depth "deep", "entries" or "sections": a transcript's
    participants, a config file's sections), as a walk judges it; the note says where it stops parsing, as FL001 would.
    None (judged as the body it may be meant to be: FL001) for any other."""
    depth = broken_key_depth(text, kind)
    if depth not in _BURIED:
        return None
    buried = _BURIED[depth].format(subject=buried_text_subject(text))
    if kind != "json":
        return f"it does not parse as YAML, and {buried}: no launch body, so its syntax is not checked"
    aside = comments_aside(text)
    try:
        json.loads(aside)
        where = "it holds comments (JSON has none)"
    except ValueError as err:
        at = f" (line {err.lineno}, column {err.colno})" if isinstance(err, json.JSONDecodeError) else ""
        where = f"it does not parse as JSON{' beyond its comments' if aside != text else ''}{at}"
    except RecursionError:
        where = "it does not parse as JSON"
    return f"{where}, and {buried}: no launch body, so its syntax is not checked"


def broken_verdict(document: Document, verbose: bool) -> str | None:
    """walked_verdict for a walked JSON/YAML file that does not parse: None when its launch keys sit where a body's do
    (broken_key_depth "shallow": judged as the body it may be meant to be); else "" (passed in silence), or with
    `verbose` why not. A launch's fragment (no flow ID) is no evidence of a launch here: its one finding would be the
    syntax error."""
    depth = broken_key_depth(document.text or "", document.kind)
    if depth == "shallow":
        return None
    if not verbose:
        return ""
    if depth == "deep":
        return walked_verdict(document, "broken", verbose)
    reason = "it holds part of a launch, no flow ID: no launch body" if depth == "partial" else \
        _NOT_A_BODY.get(depth, _NOT_A_BODY["record"])
    return f"found by a walk, and it does not parse, and {reason}"
