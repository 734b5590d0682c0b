"""Which files hold launch requests in code or request formats: by name, then by a cheap byte test.

Kept free of parser imports: the file walk asks it about every file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..core.patterns import OnFirstUse as _OnFirstUse
from ..genesys.paths import X_WITHIN, near_miss
from .candidates import RECORD_BODY_KEYS, describes_json, names_its_flow, record_launches
from .json_source import STRICT, ParsedJson
from .jsonc import commented_json_name
from .template_pages import TEMPLATE_PAGES as TEMPLATE_PAGES

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ..core.diagnostics import Path

JAVASCRIPT = (".js", ".mjs", ".cjs", ".jsx")
TYPESCRIPT = (".ts", ".mts", ".cts")
TSX = (".tsx",)
PYTHON = (".py", ".pyw", ".pyi")  # (a windowed script, a stub: Python all the same)
HTTP = (".http", ".rest")
SHELL = (".sh", ".bash", ".zsh", ".ksh")
#: Makefiles and justfiles by suffix (most are by name: Makefile, GNUmakefile, justfile; SHELL_HOSTS).
MAKEFILE = (".mk",)
JUSTFILE = (".just",)
MARKDOWN = (".md", ".markdown", ".mdx")
#: Documentation whose code blocks are read as Markdown's are (their blocks found by blocks.markdown_blocks): the "markdown" kind.
#: Quarto and R Markdown documents are Markdown whose code chunks are fences with a braced info string (```` ```{python} ````).
DOCS = (".rst", ".adoc", ".asciidoc", ".qmd", ".rmd")
#: Their <script> blocks; also HTML pages a server's template engine renders (EJS, Handlebars, Mustache, Nunjucks,
#: Liquid), whose tags inside a script are text flowlint does not know (`'<%= flowId %>'`: part of a string).
HTML = (".html", ".htm", ".vue", ".svelte", *TEMPLATE_PAGES)
NOTEBOOK = (".ipynb",)
HAR = (".har",)
#: Requests saved by Hurl and by Bruno (its `.bru` request files): read by sources/hurl.py and sources/bruno.py.
HURL = (".hurl",)
BRUNO = (".bru",)
POSTMAN = (".postman_collection.json",)
DATA_ACTION = (".custom.json",)
TERRAFORM = (".tf",)
YAML = (".yaml", ".yml")
#: Code in languages flowlint does not read: walked only to say where a file mentions a launch (FL011), which would
#: otherwise go unchecked in silence; named, such a file that mentions none gets FL012.
FOREIGN_CODE = {".go": "Go", ".java": "Java", ".kt": "Kotlin", ".kts": "Kotlin", ".cs": "C#", ".vb": "Visual Basic",
                ".fs": "F#", ".rb": "Ruby", ".php": "PHP", ".rs": "Rust", ".swift": "Swift", ".scala": "Scala",
                ".groovy": "Groovy", ".ps1": "PowerShell", ".psm1": "PowerShell", ".bat": "batch", ".cmd": "batch",
                ".c": "C", ".h": "C", ".cpp": "C++", ".cc": "C++", ".cxx": "C++", ".hpp": "C++", ".m": "Objective-C or MATLAB",
                ".mm": "Objective-C", ".dart": "Dart", ".lua": "Lua", ".pl": "Perl", ".pm": "Perl", ".r": "R",
                ".ex": "Elixir", ".exs": "Elixir", ".erl": "Erlang", ".clj": "Clojure", ".hs": "Haskell", ".jl": "Julia",
                ".fish": "fish", ".cls": "Apex", ".trigger": "Apex", ".apex": "Apex",
                # pages a server renders, test specs and other tools' files that may send a request (a JSP's or
                # Razor page's script, a Karate scenario, a Mule flow's http:request, a JMeter plan)
                ".jsp": "JSP", ".jspx": "JSP", ".gsp": "Groovy Server Pages", ".cshtml": "Razor", ".vbhtml": "Razor",
                ".razor": "Razor", ".aspx": "ASP.NET", ".ascx": "ASP.NET", ".erb": "ERB", ".haml": "Haml",
                ".slim": "Slim", ".twig": "Twig", ".astro": "Astro", ".ftl": "FreeMarker", ".cfm": "ColdFusion",
                ".feature": "Gherkin (Karate, Cucumber)", ".robot": "Robot Framework", ".xml": "XML", ".jmx": "JMeter",
                ".gradle": "Gradle"}
FOREIGN_SUFFIXES = tuple(FOREIGN_CODE)
#: A Terraform state (JSON that `terraform apply` writes, its values secrets): never read, but walked as code in a language
#: flowlint does not read is, to say where a deployed data action in it names the launch endpoint (FL011: check the
#: .tf source instead). Its backup (`.tfstate.backup`) is left out of the walk: the same mention again.
TERRAFORM_STATE = ".tfstate"
#: Text that may hold code flowlint does not read as such (an Org file's `#+begin_src` blocks): walked only to say
#: where one mentions a launch (FL011). (A `.txt` is not walked: requirements.txt, LICENSE.txt, a directory of notes
#: that holds nothing to check is still said to hold none.)
WALKED_TEXT = {".org": "Org"}
#: What a walked file only searched for a mention of the launch endpoint is, by its suffix.
_SEARCHED = {**FOREIGN_CODE, TERRAFORM_STATE: "Terraform state", **WALKED_TEXT}
#: Terraform's JSON syntax: read as Terraform (terraform.py reads it by its name). The one suffix of two dots a file's kind
#: is read from (_kind_suffix).
_TERRAFORM_JSON = ".tf.json"
#: Every suffix a directory walk picks up for these sources (Postman collections end in .json, walked anyway).
SOURCE_SUFFIXES = JAVASCRIPT + TYPESCRIPT + TSX + PYTHON + HTTP + SHELL + MARKDOWN + HAR + TERRAFORM + HTML + NOTEBOOK \
    + FOREIGN_SUFFIXES + DOCS + MAKEFILE + JUSTFILE + HURL + BRUNO + (TERRAFORM_STATE,)
#: Files flowlint does not read for launches: named on the command line, each gets one note (FL012), never parse errors.
#: A Terraform state (`.tfstate`, JSON) is never a body, and its values are secrets: never printed.
UNREAD_SUFFIXES = {**FOREIGN_CODE, ".tfvars": "Terraform variables", ".tfstate": "Terraform state", ".hcl": "HCL",
                   ".toml": "TOML", ".ini": "INI", ".cfg": "config", ".properties": "Java properties",
                   ".env": "dotenv", ".csv": "CSV", ".tsv": "TSV", ".sql": "SQL", ".lock": "lock"}
#: What a named file of the unread kind is, by its suffix.
_UNREAD_WORDS = {**UNREAD_SUFFIXES, **FOREIGN_CODE}
#: Files that run shell commands, by their base names (lower case): their curl commands are read (embedded_shell.py; a
#: Jenkinsfile's `sh` steps: jenkinsfile.py).
SHELL_HOSTS = {"makefile": "makefile", "gnumakefile": "makefile", "dockerfile": "dockerfile", "containerfile": "dockerfile",
               "justfile": "justfile", ".justfile": "justfile", "jenkinsfile": "jenkinsfile"}
#: What each of those kinds is, and where it writes its commands, said in a note.
_SHELL_HOST_WORDS = {"makefile": "a Makefile", "justfile": "a justfile", "dockerfile": "a Dockerfile", "npm-scripts": "a package.json",
                     "deno-tasks": "a Deno configuration", "jenkinsfile": "a Jenkinsfile",
                     "vscode-tasks": "a VS Code tasks file", "cloudbuild": "a Cloud Build configuration"}
_SHELL_HOST_PARTS = {"makefile": "recipes", "justfile": "recipes", "dockerfile": "RUN, CMD or ENTRYPOINT commands",
                     "npm-scripts": "scripts", "deno-tasks": "tasks", "jenkinsfile": "sh steps",
                     "vscode-tasks": "tasks' commands", "cloudbuild": "steps"}
#: Kinds that are never a launch body and hold no launch: silent when walked, one note when named.
QUIET_KINDS = frozenset({"architect", "not-a-body", "unread"})
#: Kinds that may hold launches, and get one note when named and holding none.
NOTED_WHEN_EMPTY = frozenset({"terraform", "github-actions", "ci-config", "saved-request", "hurl", "bruno", "artillery", "aws", "openapi",
                              *_SHELL_HOST_WORDS})

_BY_SUFFIX = {**dict.fromkeys(JAVASCRIPT, "javascript"), **dict.fromkeys(TYPESCRIPT, "typescript"),
              **dict.fromkeys(TSX, "tsx"), **dict.fromkeys(PYTHON, "python"), **dict.fromkeys(HTTP, "http"),
              **dict.fromkeys(SHELL, "shell"), **dict.fromkeys(MARKDOWN + DOCS, "markdown"), **dict.fromkeys(HAR, "har"),
              **dict.fromkeys((*TERRAFORM, _TERRAFORM_JSON), "terraform"), **dict.fromkeys(HTML, "html"),
              **dict.fromkeys(NOTEBOOK, "notebook"), **dict.fromkeys(HURL, "hurl"), **dict.fromkeys(BRUNO, "bruno"),
              **dict.fromkeys(MAKEFILE, "makefile"), **dict.fromkeys(JUSTFILE, "justfile"),
              **dict.fromkeys(_UNREAD_WORDS, "unread")}
@dataclass(frozen=True)
class CommentSyntax:
    """How a kind's comments are written, which the one suppression reader (comments.py) finds `flowlint: ignore` in.

    `grammar`: the tokenizer that tells the kind's comments from its strings and data (comments.py reads each);
    `markers`: what opens one of the file's own comments, the first being how an editor writes one alone on a line
    (empty: the file has none of its own); `scripts`: the shell scripts the file runs (a Dockerfile's RUN, a
    Jenkinsfile's sh steps, a workflow's run:) are read as a shell reads them, so a shell comment in one is a comment;
    `blocks`: its code blocks are read in their own languages (an HTML page's scripts)."""

    grammar: str | None
    markers: tuple[str, ...]
    scripts: bool = False
    blocks: bool = False


_C_LIKE = ("//", "/*")
_YAML_COMMENTS = CommentSyntax("yaml", ("#",))
_NO_COMMENTS = CommentSyntax(None, ())
#: Every kind a file is read as (sniff's kinds, and the document kinds json, jsonc and yaml) and its comments: the
#: registry tests/test_suppression_every_kind.py walks. A kind missing here has no comment read (comment_syntax).
COMMENTS: dict[str, CommentSyntax] = {
    "javascript": CommentSyntax("tree-sitter", _C_LIKE), "typescript": CommentSyntax("tree-sitter", _C_LIKE),
    "tsx": CommentSyntax("tree-sitter", _C_LIKE), "python": CommentSyntax("tree-sitter", ("#",)),
    "shell": CommentSyntax("shell", ("#",)),
    "http": CommentSyntax("http", ("#", "//")),  # a line of its own, outside the requests' bodies
    "hurl": CommentSyntax("hurl", ("#",)),  # to the line's end, outside quotes, bodies and multiline strings
    # Bruno's own blocks take no comment (its parser refuses one: usebruno/bruno#1371); a JSON body block is sent with
    # its comments stripped, so a comment there is one
    "bruno": CommentSyntax("bruno", _C_LIKE),
    "terraform": CommentSyntax("hcl", ("#", "//", "/*")),
    "markdown": CommentSyntax("markdown", ("<!--",), blocks=True),  # and each code block's, in its language
    "html": CommentSyntax(None, (), blocks=True),  # its scripts' comments, in their languages
    "notebook": CommentSyntax(None, (), blocks=True),  # its code cells' comments (each line a JSON string of the file)
    "jsonc": CommentSyntax("jsonc", _C_LIKE),
    "deno-tasks": CommentSyntax("jsonc", _C_LIKE, scripts=True),  # deno.json(c): Deno reads either with comments
    "vscode-tasks": CommentSyntax("jsonc", _C_LIKE, scripts=True),  # VS Code reads tasks.json with comments
    "npm-scripts": CommentSyntax(None, (), scripts=True),
    "dockerfile": CommentSyntax("dockerfile", ("#",), scripts=True),
    "makefile": CommentSyntax("make", ("#",), scripts=True),
    "justfile": CommentSyntax("just", ("#",), scripts=True),
    "jenkinsfile": CommentSyntax("groovy", _C_LIKE, scripts=True),
    "github-actions": CommentSyntax("yaml", ("#",), scripts=True), "ci-config": CommentSyntax("yaml", ("#",), scripts=True),
    "cloudbuild": CommentSyntax("yaml", ("#",), scripts=True),  # (in its JSON form, the YAML scanner finds none)
    **dict.fromkeys(("yaml", "artillery", "openapi", "saved-request", "aws", "architect", "not-a-body"), _YAML_COMMENTS),
    **dict.fromkeys(("json", "har", "postman", "data-action", "unread"), _NO_COMMENTS),
}


def comment_syntax(kind: str) -> CommentSyntax:
    """How a kind's comments are written (COMMENTS); none for a kind not declared."""
    return COMMENTS.get(kind, _NO_COMMENTS)



#: A file that can launch a flow names the endpoint or an SDK launch method somewhere in its bytes (the one
#: pattern the prefilter, the code readers and the unread-launch note share). The endpoint's lookbehind (no word
#: before `flows/`) is written after its literal: a pattern that starts with a lookbehind is tried at every
#: position of the file, one that starts with literals only where their first characters are (4x faster). A flow ID
#: put before /executions (`/api/v2/flows/${flowId}/executions`, `"…/flows/" + id + "/executions"`) names it too.
#: The SDKs' launch methods as each spells them: JavaScript's and Java's postFlowsExecutions, Python's, Ruby's and
#: PHP's post_flows_executions, .NET's and Go's PostFlowsExecutions (and their …WithHttpInfo/…Async forms). Every
#: mention holds `xecutions`: the quiet files' one byte test (may_launch) is unchanged by their number.
LAUNCH_MENTION = re.compile(rb"flows/executions(?<![A-Za-z0-9_-]flows/executions)|[pP]ostFlowsExecutions|post_flows_executions"
                            rb"|api/v2/flows/[^/\n]{1,80}?/executions(?![A-Za-z0-9_-])")
#: The same, over decoded text.
LAUNCH_MENTION_TEXT = re.compile(LAUNCH_MENTION.pattern.decode())
#: How far before the first `xecutions` it holds a mention may start: `api/v2/flows/`, a flow ID of at most 80
#: characters and `/e` (the SDKs' method names and `flows/executions` start closer).
_MENTION_REACH = 13 + 80 + 2


def launch_mention(data: bytes, pos: int = 0, endpos: int | None = None) -> re.Match[bytes] | None:
    """LAUNCH_MENTION.search(data, pos, endpos): the same match, searched for from near the first `xecutions` of the
    range. The pattern's alternatives start with letters code is full of (f, p, P, a), so the engine tries it at most
    positions of a file; every mention holds `xecutions`, whose rare first byte is scanned for fast, at most
    _MENTION_REACH bytes after the mention's start. The leftmost match from `pos` holds an `xecutions` at or after the
    first one, so it starts at or after the first one's place less the reach: searching from there finds it (its
    lookbehind and lookahead read the same bytes: the range's end is kept)."""
    end = len(data) if endpos is None else endpos
    first = _XECUTIONS(data, pos, end)
    if first is None:
        return None
    return LAUNCH_MENTION.search(data, max(pos, first.start() - _MENTION_REACH), end)


def launch_mentions(data: bytes) -> Iterator[re.Match[bytes]]:
    """LAUNCH_MENTION.finditer(data): each mention, in order (launch_mention; no mention is empty)."""
    at = 0
    while (found := launch_mention(data, at)) is not None:
        yield found
        at = found.end()
#: The Genesys Cloud CLI's names, and the words of its launch after `gc` and its global flags (mentions.py finds the
#: command by them, gc_cli.py reads its launch).
CLI_NAMES = ("gc", "gc.exe")
CLI_LAUNCH_WORDS = ("flows", "executions", "create")


def prints_body_shape_flag(word: str) -> bool:
    """Whether a word of the CLI's launch is its flag that prints the body's shape and sends nothing (`-b`,
    `--printrequestbody`)."""
    return word in ("-b", "--printrequestbody") or word.startswith("--printrequestbody=true")


#: Genesys Cloud's own CLI launches with `gc flows executions create` (its body from --file, --directory or stdin;
#: MyPureCloud/platform-client-sdk-cli), global flags maybe before `flows` (gc_cli.py reads it where a shell runs it),
#: looked for in the files that run commands (COMMAND_KINDS) only. Its lookbehind is written after its literal (see
#: LAUNCH_MENTION): in front, it made every launch file's mention search try each position (+8% CPU on a code tree).
CLI_LAUNCH_PATTERN = r"gc(?<![\w.-]gc)(?:\.exe)?[ \t]+(?:[^\n|;&#]*?[ \t])??flows[ \t]+executions[ \t]+create(?![\w-])"
_CLI_LAUNCH = _OnFirstUse(CLI_LAUNCH_PATTERN.encode())
#: LAUNCH_MENTION_TEXT or the CLI's launch, in the files that run commands (mentions.py), on first use.
COMMAND_MENTION_TEXT = _OnFirstUse(f"{LAUNCH_MENTION_TEXT.pattern}|{CLI_LAUNCH_PATTERN}")
#: A launch in a language flowlint does not read: the endpoint not followed by more path (`executions/{id}` is a
#: status read), or an SDK's launch method as any SDK spells it (Java postFlowsExecutions, .NET and Go
#: PostFlowsExecutions, Ruby and PHP post_flows_executions).
FOREIGN_MENTION = _OnFirstUse(r"(?<![A-Za-z0-9_-])flows/executions(?![A-Za-z0-9_/-])|(?i:postflowsexecutions|post_flows_executions)"
                              r"|api/v2/flows/[^/\n]{1,80}?/executions(?![A-Za-z0-9_/-])")
#: FOREIGN_MENTION, and the endpoint's path with a flow ID put after it (`…/flows/executions/%s`, FL106's mistake): a
#: launch where the file sends a POST (_FOREIGN_POST), a run's status read (GET) where it does not.
_FOREIGN_MENTION_POSTED = _OnFirstUse(FOREIGN_MENTION.pattern + r"|(?<![A-Za-z0-9_-])flows/executions/(?=[^\s/])")
#: A POST in code of a language flowlint does not read: the method's word (`"POST"`, `-Method Post`, `http.Post(`,
#: `Net::HTTP.post`, CURLOPT_POST) or a client's posting call (PostAsync, postForObject, MethodPost).
_FOREIGN_POST = _OnFirstUse(r"(?i:(?<![A-Za-z])post(?![A-Za-z]))|\bPost(?:Async|AsJsonAsync|Form)\b|MethodPost\b"
                            r"|HttpMethod\.Post\b|\bpostFor(?:Object|Entity|Location)\b")
#: A server's route for the launch path in a language flowlint does not read, written before the path on its line:
#: the path is received there, not sent (Spring's @PostMapping, JAX-RS @Path, ASP.NET's [HttpPost] and MapPost, Go's
#: HandleFunc, gin/echo/chi/fiber `.POST(path, handler)`, Laravel's Route::post, axum's `.route`, actix's #[post],
#: Sinatra's and Rails' `post '/path' do` / `, to:`). A client's call (RestTemplate, http.Post, Guzzle) is none of these.
FOREIGN_ROUTE = _OnFirstUse(r"""
    @(?:Post|Get|Put|Patch|Delete|Request)Mapping\s*\(
  | @(?:(?:javax|jakarta)\.ws\.rs\.)?Path\s*\(
  | \[\s*(?:Http(?:Post|Get|Put|Patch|Delete)|Route)\s*\(
  | \#\[\s*(?:post|get|put|patch|delete|route)\s*\(
  | \.Map(?:Post|Get|Put|Patch|Delete|Methods)?\s*\(\s*@?"
  | \b(?:HandleFunc|http\.Handle|mux\.Handle)\s*\(
  | \bRoute::(?:post|get|put|patch|delete|any|match)\s*\(
  | \.route\s*\(\s*"
  | \.(?:POST|Post)\s*\(\s*"/[^"\n]*"\s*,\s*(?:func\b|[A-Za-z_][\w.]*\s*\))
  | ^\s*(?:post|get|put|patch|delete)\s+['"][^'"\n]*['"]\s*(?:,\s*to:|do\b)
""", re.X | re.M)
#: A declarative HTTP client (OpenFeign, MicroProfile Rest Client, Spring's HTTP interfaces): its @PostMapping or @Path
#: names the request it sends, not a route it serves.
_DECLARATIVE_CLIENT = _OnFirstUse(r"@(?:FeignClient|RegisterRestClient|HttpExchange|PostExchange)\b")
#: Names minifiers and bundlers give their output (JavaScript only).
_MINIFIED_NAMES = (".min.js", ".min.mjs", ".min.cjs", "-min.js", ".bundle.js")
_SCRIPT_KINDS = ("javascript", "typescript", "tsx")
_PARENTHESIS = _OnFirstUse(r"[(),]")


def source_kind(name: str | None, data: bytes) -> str | None:
    """The source kind of a file (javascript, python, http, postman…), or None for a payload file."""
    return sniff(name, data)[0]


def sniff(name: str | None, data: bytes) -> tuple[str | None, ParsedJson | None]:
    """source_kind, and the file's value when its kind tests parsed it as a payload's loader does (the strict parser:
    UTF-8, no repeated key, no NaN), so that the loader need not parse it again; else None (nearly every file: their
    tests read bytes, and parse only a file holding some of the words they look for)."""
    lowered = (name or "").lower()
    suffix = _kind_suffix(lowered)  # `.tf.json`: unread, never a payload (its data actions are read in .tf files only)
    if suffix == "" and data[:2] == b"#!" and name:  # a script without a suffix (bin/launch): by its interpreter
        by_interpreter = shebang_kind(data)
        if by_interpreter is not None:
            return by_interpreter[0], None
    if suffix == ".json" or (suffix == "" and _json_like(data)):  # no suffix (stdin without --stdin-filename): by its bytes
        if not _mentions_rare_json(data) and data[:2] not in _UTF16 and not lowered.endswith(_NAMED_JSON) \
                and not is_package_json(lowered) and not is_deno_config(lowered) and not (aws_launch_config(lowered, data)):
            return None, None  # a body (nearly every .json file): nothing _json_kind tests for is in it, found in one scan
        read = _Read(data)
        return _json_kind(lowered, read), read.parsed()
    if suffix in YAML:
        if cloudbuild_file(lowered):
            return "cloudbuild", None  # Cloud Build's steps: their scripts and curl args are read as they run
        if ci_service(lowered) is not None:
            return "ci-config", None  # another CI service's pipeline: its steps' scripts are shell, as a workflow's
        if compose_file(lowered):
            return "not-a-body", None  # a Compose file: its services' commands run in their containers, never a body
        if aws_launch_config(lowered, data):
            return "aws", None  # a Step Functions definition or an AWS template calling the endpoint (sources/aws.py)
        kind = yaml_kind(data)
        if kind is None and lowered.replace("\\", "/").rsplit("/", 1)[-1] in ("action.yml", "action.yaml") \
                and b"runs" in top_level_keys(data):
            return "github-actions", None  # a composite action: its steps' run: are shell, as a workflow's
        return kind, None
    kind = _kind_by_name(lowered, suffix)
    if kind is None and suffix not in _DECIDED_BY_BYTES and not _payload_inside(data):
        return "unread", None  # named, of a suffix flowlint has no reader for, and no payload inside (`Launcher.conf`)
    return kind, None


def _payload_inside(data: bytes) -> bool:
    """Whether a named file of a suffix flowlint knows nothing of is, by its bytes, certainly a payload to judge: a JSON
    object (`{` first: no other text starts so; one broken is a body's slip, FL001), a JSON array that parses (`[`
    first is an INI's section too), or YAML whose first line is a key at column 0 (`flowId: …`; comments and `---`
    before it aside) that names no launch endpoint (a saved request in a `.txt`, its endpoint named, is said as
    unread, not judged). Anything else (an INI, prose) is a file flowlint does not read, as an `.ini` or `.xml` is: one
    note (FL012), never FL001."""
    first = data.removeprefix(b"\xef\xbb\xbf").lstrip()[:4096]
    if first[:1] == b"{" or data[:2] in _UTF16:
        return True
    if first[:1] == b"[":
        try:
            json.loads(data)
        except ValueError:
            return False
        return True
    return _TOP_KEY.compiled.match(_YAML_PREAMBLE.sub(b"", first)) is not None and launch_mention(data) is None


#: What a YAML document may start with before its first key: comment lines, a directive, the `---` marker.
_YAML_PREAMBLE = _OnFirstUse(rb"\A(?:(?:#|%|---)[^\n]*\n[ \t\r\n]*)*")


#: Other CI services' pipelines, by their file names (lower case): their steps' scripts are shell, read as a GitHub
#: workflow's `run:` steps are (github_actions.CI_SCRIPT_KEYS), never judged as a launch body.
CI_CONFIGS = {".gitlab-ci.yml": "a GitLab CI configuration", ".gitlab-ci.yaml": "a GitLab CI configuration",
              "azure-pipelines.yml": "an Azure Pipelines definition", "azure-pipelines.yaml": "an Azure Pipelines definition",
              "bitbucket-pipelines.yml": "a Bitbucket Pipelines definition", ".travis.yml": "a Travis CI configuration",
              ".travis.yaml": "a Travis CI configuration", "taskfile.yml": "a Taskfile", "taskfile.yaml": "a Taskfile",
              "taskfile.dist.yml": "a Taskfile", "taskfile.dist.yaml": "a Taskfile",
              "buildspec.yml": "an AWS CodeBuild buildspec", "buildspec.yaml": "an AWS CodeBuild buildspec",
              ".drone.yml": "a Drone pipeline", ".drone.yaml": "a Drone pipeline",
              ".woodpecker.yml": "a Woodpecker pipeline", ".woodpecker.yaml": "a Woodpecker pipeline"}
_CIRCLECI = "a CircleCI configuration"
_BUILDKITE = "a Buildkite pipeline"
#: The services whose pipelines are YAML files in a directory of their own, by the directory's name (any YAML file in
#: it, or below it where the service reads those too): GitLab's split configuration (`.gitlab/ci/*.yml`, what
#: `.gitlab-ci.yml` names in `include: local:`: the files of `.gitlab` that are no pipeline hold no step's script),
#: Buildkite's (`buildkite-agent pipeline upload` takes `.buildkite/pipeline.yml` by default, and a step uploads any
#: other of the directory), Woodpecker's workflows (`.woodpecker/*.yml`, its subdirectories not read) and Azure
#: Pipelines' (`.azure-pipelines/`, their templates below it). Gitea's and Forgejo's workflows are GitHub's format:
#: their `on` and `jobs` say so (yaml_kind).
_CI_DIRECTORIES = {".gitlab": (CI_CONFIGS[".gitlab-ci.yml"], True), ".buildkite": (_BUILDKITE, True),
                   ".woodpecker": (CI_CONFIGS[".woodpecker.yml"], False),
                   ".azure-pipelines": (CI_CONFIGS["azure-pipelines.yml"], True)}
#: Buildkite's pipeline files outside `.buildkite` (where the agent looks when it is given none).
_BUILDKITE_FILES = frozenset({"buildkite.yml", "buildkite.yaml", "buildkite/pipeline.yml", "buildkite/pipeline.yaml"})


def ci_service(lowered: str) -> str | None:
    """What another CI service's pipeline file is, by its name (lower case): `.gitlab-ci.yml` (and `*.gitlab-ci.yml`),
    `.circleci/config.yml`, `azure-pipelines.yml`, `bitbucket-pipelines.yml`, `.travis.yml`, Buildkite's
    `buildkite.yml`, or a YAML file in a service's own directory (_CI_DIRECTORIES); None for any other."""
    path = lowered.replace("\\", "/")
    base = path.rsplit("/", 1)[-1]
    if base in CI_CONFIGS:
        return CI_CONFIGS[base]
    if base.endswith((".gitlab-ci.yml", ".gitlab-ci.yaml")):
        return CI_CONFIGS[".gitlab-ci.yml"]
    if base in ("config.yml", "config.yaml") and (path.endswith(".circleci/" + base)):
        return _CIRCLECI
    if not base.endswith((".yml", ".yaml")):
        return None
    if path in _BUILDKITE_FILES or path.endswith(tuple("/" + name for name in _BUILDKITE_FILES)):
        return _BUILDKITE
    parts = path.split("/")
    for depth, part in enumerate(parts[:-1]):
        if part in _CI_DIRECTORIES:
            service, deeper = _CI_DIRECTORIES[part]
            return service if deeper or depth == len(parts) - 2 else None
    return None


#: Docker Compose's file names (lower case, the base name): docker-compose.yml, compose.yaml, docker-compose.prod.yml.
_COMPOSE = _OnFirstUse(r"(?:docker-)?compose(?:\.[^/]*)?\.ya?ml")
_COMPOSE_FILE = "a Docker Compose file (its services' commands run in their containers)"


def compose_file(lowered: str) -> bool:
    """Whether a file is a Docker Compose file by its name (lower case)."""
    return "compose" in lowered and _COMPOSE.compiled.fullmatch(lowered.replace("\\", "/").rsplit("/", 1)[-1]) is not None


def named_kind(name: str) -> str | None:
    """The source kind a file's name alone decides, as `sniff` gives it whatever the bytes (code, request and unread
    files); None for a name whose bytes decide (JSON, YAML, no suffix) and for one of no source kind."""
    # _kind_by_name written out (asked of every walked file), the base name found only for a path that holds `file`, as
    # each base name _kind_by_name tells apart does (SHELL_HOSTS, *.dockerfile).
    lowered = name.lower()
    suffix = _kind_suffix(lowered)
    if suffix in _DECIDED_BY_BYTES:
        return None
    if "file" in lowered or suffix.startswith(".i3") or (suffix == ".groovy" and _library_step(lowered)):
        return _kind_by_name(lowered, suffix)
    return _BY_SUFFIX.get(suffix)


#: A script's interpreter line: `#!/bin/sh`, `#!/usr/bin/env python3`, `#!/usr/bin/env -S node --flag`.
_SHEBANG = _OnFirstUse(rb"#![ \t]*(\S+)(?:[ \t]+(.*))?")
#: The interpreters whose scripts flowlint reads, by name (a version's digits and dots dropped: python3.12, bash5).
_INTERPRETERS = {"sh": "shell", "bash": "shell", "zsh": "shell", "ksh": "shell", "mksh": "shell", "dash": "shell",
                 "ash": "shell", "python": "python", "pypy": "python", "node": "javascript", "nodejs": "javascript",
                 "bun": "javascript", "deno": "typescript", "ts-node": "typescript", "tsx": "typescript"}
#: What the interpreters of languages flowlint does not read are called in a note.
_FOREIGN_INTERPRETERS = {"ruby": "Ruby", "perl": "Perl", "php": "PHP", "pwsh": "PowerShell", "powershell": "PowerShell",
                         "fish": "fish", "lua": "Lua", "rscript": "R", "groovy": "Groovy", "kotlin": "Kotlin",
                         "elixir": "Elixir", "julia": "Julia", "swift": "Swift", "dotnet": "C#", "go": "Go"}
_PLAIN_NAME = _OnFirstUse(r"[A-Za-z][\w+-]{0,29}")


def shebang_kind(data: bytes) -> tuple[str, str] | None:
    """The source kind of a script by its `#!` line (`bin/launch`, no suffix), and its language's name: a shell, Python
    or JavaScript/TypeScript interpreter's is read as a `.sh`, `.py` or `.js`/`.ts` file is; another's ("unread", "Ruby")
    is only searched for a mention of a launch (FL011). None when the first line names no interpreter."""
    line = data[:256].split(b"\n", 1)[0].rstrip(b"\r")
    match = _SHEBANG.compiled.fullmatch(line)
    if match is None:
        return None
    program = match.group(1).rsplit(b"/", 1)[-1]
    if program == b"env":  # `/usr/bin/env [-S] [NAME=value…] python3 …`
        words = [word for word in (match.group(2) or b"").split() if not word.startswith(b"-") and b"=" not in word]
        program = words[0].rsplit(b"/", 1)[-1] if words else b""
    name = program.decode("ascii", "replace").lower().rstrip("0123456789.")
    if name in _INTERPRETERS:
        return _INTERPRETERS[name], name
    if name in _FOREIGN_INTERPRETERS:
        return "unread", _FOREIGN_INTERPRETERS[name]
    return ("unread", f"`{name}`") if _PLAIN_NAME.compiled.fullmatch(name) else None


#: The suffixes whose files' kind their bytes decide (sniff reads them).
_DECIDED_BY_BYTES = frozenset({".json", "", *YAML})


#: The kinds of the files that run shell commands (SHELL_HOSTS, package.json, deno.json).
SHELL_HOST_KINDS = frozenset(_SHELL_HOST_WORDS)


def walked_by_name(name: str) -> bool:
    """Whether a directory walk takes a file by its base name rather than its suffix (Makefile, Dockerfile.dev,
    Containerfile): files whose commands are read (embedded_shell.py)."""
    lowered = name.lower()
    return "file" in lowered and _kind_by_name(lowered, _suffix(lowered)) in SHELL_HOST_KINDS


def _kind_by_name(lowered: str, suffix: str) -> str | None:
    """The kind of a file neither JSON nor YAML by its name (lower case; `suffix`: its own), or None."""
    base = lowered.replace("\\", "/").rsplit("/", 1)[-1]
    if base in SHELL_HOSTS:
        return SHELL_HOSTS[base]
    if base.startswith(("dockerfile.", "containerfile.")) or base.endswith((".dockerfile", ".containerfile")):
        return "dockerfile"  # Dockerfile.dev, app.dockerfile
    if _named_jenkinsfile(base) or _library_step(lowered):
        return "jenkinsfile"  # Jenkinsfile.release, deploy.jenkinsfile, Jenkinsfile.groovy, a shared library's vars/x.groovy
    if suffix.startswith(".i3"):
        return "unread"  # .i3WorkFlow, .i3InboundFlow…: Architect's own flow exports
    return _BY_SUFFIX.get(suffix)


def _library_step(lowered: str) -> bool:
    """Whether a file is a Jenkins shared library's step (`vars/launchFlow.groovy`, lower case): pipeline Groovy whose
    `sh` steps run as a Jenkinsfile's do."""
    return lowered.endswith(".groovy") and lowered.replace("\\", "/").rsplit("/", 2)[-2:-1] == ["vars"]


def _named_jenkinsfile(base: str) -> bool:
    """Whether a file is a Jenkinsfile by a variant of its name (lower case, its base name): `jenkinsfile.*`,
    `*.jenkinsfile` (`Jenkinsfile` itself is a SHELL_HOSTS name)."""
    return base.startswith("jenkinsfile.") or base.endswith(".jenkinsfile")


def is_package_json(name: str) -> bool:
    """Whether a file is npm's package.json by its name (lower case)."""
    return name.endswith("package.json") and (len(name) == 12 or name[-13] in "/\\")


def is_deno_config(name: str) -> bool:
    """Whether a file is Deno's configuration by its name (lower case): deno.json, deno.jsonc."""
    return name.endswith(("deno.json", "deno.jsonc")) and name.replace("\\", "/").rsplit("/", 1)[-1] in (
        "deno.json", "deno.jsonc")


#: A Cloud Build configuration's file name (lower case, its base name): cloudbuild.yaml, cloudbuild-prod.yml,
#: app.cloudbuild.json (sources/cloudbuild.py).
_CLOUDBUILD = _OnFirstUse(r"(?:[\w.-]*[.-])?cloudbuild\.(?:ya?ml|json)")


def cloudbuild_file(lowered: str) -> bool:
    """Whether a file is a Google Cloud Build configuration by its name (lower case)."""
    return "cloudbuild" in lowered and _CLOUDBUILD.compiled.fullmatch(lowered.replace("\\", "/").rsplit("/", 1)[-1]) is not None


def vscode_tasks_file(lowered: str, data: bytes) -> bool:
    """Whether a file is a VS Code tasks file (`lowered`: its name in lower case): named `tasks.json`, its bytes holding
    tasks with a command (vscode_tasks.py)."""
    return lowered.replace("\\", "/").rsplit("/", 1)[-1] == _TASKS_JSON and b'"tasks"' in data and b'"command"' in data


def _json_kind(lowered: str, read: _Read) -> str | None:
    """The source kind of a JSON file (`lowered`: its name in lower case), or None for a payload file; its tests share
    `read`'s value (parsed once, if one needs it)."""
    data = read.data
    if is_package_json(lowered):
        return "npm-scripts"  # never a launch body: its scripts are shell commands (embedded_shell.py)
    if is_deno_config(lowered):
        return "deno-tasks"  # never a launch body: its tasks are shell commands, as a package.json's scripts
    if cloudbuild_file(lowered):
        return "cloudbuild"  # its steps' scripts and curl args are read as they run (cloudbuild.py)
    if lowered.endswith(_TASKS_JSON) and vscode_tasks_file(lowered, data):
        return "vscode-tasks"  # VS Code's tasks: their commands are read as a shell runs them (vscode_tasks.py)
    if aws_launch_config(lowered, data):
        return "aws"  # a Step Functions definition or an AWS template calling the endpoint (sources/aws.py)
    if lowered.endswith(POSTMAN) or b"schema.getpostman.com" in data:
        return "postman"
    if lowered.endswith(DATA_ACTION) or is_data_action(data):
        return "data-action"
    if (b"openapi" in data or b"swagger" in data) and _OPENAPI_JSON.search(data) is not None \
            and (launch_mention(data) is not None or names_near_miss(data)):
        return "openapi"  # its launch path's request examples are launch bodies (sources/openapi.py), a near miss's too
    if _not_a_body(lowered, read):
        return "not-a-body"
    return "saved-request" if _saved_request(read) else None


#: An OpenAPI or Swagger document's version member, written in JSON: `"openapi": "3.0.3"`, `"swagger": "2.0"`.
_OPENAPI_JSON = _OnFirstUse(rb"""(?:^|[{,])\s*"(?:openapi|swagger)"\s*:\s*"[0-9]""", re.MULTILINE)


#: What each test of a JSON file's kind in _json_kind needs in its bytes (one at least; a saved request's and a recorded
#: response's `"url"`/`"uri"` in UTF-8: UTF-16 text is converted first): a file with none of them is a payload file,
#: unless its name says otherwise (_NAMED_JSON). tests/test_kinds_prefilter.py holds the tests to it.
_RARE_JSON_WORDS = (b"getpostman", b"requestUrlTemplate", b"_postman_variable_scope", b"$schema", b"openapi", b"swagger",
                    b"AWS", b"Statement", b"requestContext", b'"selfUri"', b'"apiVersion"', b'"status', b'"detail-type"',
                    b'"url"', b'"uri"', b'"topicName"', b'"endpoint"', b'"supercommand"',
                    *(b'"%s"' % key.encode() for key in RECORD_BODY_KEYS))
#: The quoted words, for a small file: one scan, tried from each quote only (a literal first: the engine scans for it
#: fast; an alternation of every word, whose branches start with letters, was tried at most places of a body: ~30K
#: instructions a 300-byte body, ~15% of a clean one's check). They share their quote (each branch written whole cost a
#: 300-byte body ~1 us more: 7 branches tried at every quote). The other words are searched for by `find`, those sharing
#: a stem behind one search for it (_mentions_rare_json): ~21K instructions a body in all.
_RARE_QUOTED = re.compile(rb'"(?:selfUri"|apiVersion"|status|detail-type"|url"|uri"|topicName"|endpoint"|supercommand"'
                          rb'|request"|body"|payload"|launch"|launchRequest")')
#: Above this many bytes a file is searched word by word, after a byte test (_mentions_rare_json).
RARE_JSON_SCAN_LIMIT = 4096
#: Each word with the bytes it is made of; and every byte of them.
_RARE_JSON_BYTES = tuple((word, frozenset(word)) for word in _RARE_JSON_WORDS)
_RARE_BYTES = frozenset(byte for word in _RARE_JSON_WORDS for byte in word)


def _mentions_rare_json(data: bytes) -> bool:
    """Whether `data` holds one of _RARE_JSON_WORDS. A big file (a 23 MB body: the regex took ~200 ms, trying its branches
    at every quote) is first tested for each byte of the words (a memchr each, ~1 ms at most), and only the words
    whose every byte is in it are searched, each by one substring search."""
    if len(data) < RARE_JSON_SCAN_LIMIT:  # (find, not `in`: a bytes operand of `in` is first tried as an integer)
        return (data.find(b"postman") >= 0 and (data.find(b"getpostman") >= 0 or data.find(b"_postman_variable_scope") >= 0)) \
            or (data.find(b"request") >= 0 and (data.find(b"requestUrlTemplate") >= 0 or data.find(b"requestContext") >= 0)) \
            or data.find(b"$schema") >= 0 or data.find(b"openapi") >= 0 or data.find(b"swagger") >= 0 \
            or data.find(b"AWS") >= 0 or data.find(b"Statement") >= 0 or _RARE_QUOTED.search(data) is not None
    absent = frozenset(byte for byte in _RARE_BYTES if byte not in data)
    return any(word in data for word, word_bytes in _RARE_JSON_BYTES if absent.isdisjoint(word_bytes))


_UTF16 = (b"\xff\xfe", b"\xfe\xff")


def _json_like(data: bytes) -> bool:
    """Bytes that begin as a JSON object or array would, or UTF-16 text (a PowerShell `>` writes saved requests so)."""
    return data[:2] in (b"\xff\xfe", b"\xfe\xff") or data.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] in (b"{", b"[")


#: A key at the start of a line (column 0): a YAML file's top-level keys.
_TOP_KEY = _OnFirstUse(rb"""^(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([A-Za-z_$][^:\r\n#'"]*?))[ \t]*:(?=[ \t\r\n]|$)""", re.M)
#: Architect flow types, as a flow's YAML names it in its one top-level key (contracts/architect.py maps them).
ARCHITECT_TYPES = frozenset({b"workflow", b"inboundCall", b"inboundEmail", b"inboundShortMessage", b"inboundChat", b"inqueueCall",
                             b"outboundCall", b"commonModule", b"botFlow", b"digitalBot", b"secureCall", b"surveyInvite",
                             b"voicemail", b"inqueueEmail", b"inqueueShortMessage", b"voiceSurvey", b"workitem", b"digitalInput"})


def top_level_keys(data: bytes, limit: int = 64) -> list[bytes]:
    """The keys a YAML file writes at column 0 (its top-level mapping's), in order, up to `limit`."""
    keys = []
    for match in _TOP_KEY.finditer(data):
        keys.append(next(group for group in match.groups() if group is not None).strip())
        if len(keys) >= limit:
            break
    return keys


#: A key written indented (in a block mapping, or a list item's first key): its indentation and its name.
_INDENTED_KEY = _OnFirstUse(rb"""^([ \t]+)(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([A-Za-z_$][^:\r\n#'"]*?))[ \t]*:(?=[ \t\r\n]|$)""", re.M)
#: A key written in a flow mapping (`workflow: {flowId: …}`).
_FLOW_STYLE_KEY = _OnFirstUse(rb"""[{,][ \t\r\n]*["']?([A-Za-z_$][\w$]*)["']?[ \t]*:""")
#: What an Architect flow's YAML writes under its flow type key (Archy: name, division, startUpRef, variables, ...).
FLOW_MEMBERS = frozenset({b"name", b"division", b"description", b"startUpRef", b"defaultLanguage", b"supportedLanguages",
                          b"variables", b"settingsErrorHandling", b"settingsActionDefaults", b"states", b"tasks", b"actions",
                          b"initialGreeting", b"menus", b"settingsInboundCallFlow", b"settingsPrompts", b"settingsSpeechRec"})
_LAUNCH_MEMBERS = frozenset({b"flowId", b"flowVersion", b"inputData", b"flow_id", b"flowID", b"FlowId"})


def _member_keys(data: bytes, limit: int = 64) -> set[bytes]:
    """The keys under a YAML file's first top-level key: the first indented block's (at its indentation), and a flow
    mapping's keys (`workflow: {flowId: …}`); up to `limit` of each."""
    keys: set[bytes] = set()
    indent: bytes | None = None
    for count, match in enumerate(_INDENTED_KEY.finditer(data)):
        if count >= limit:
            break
        indent = match.group(1) if indent is None else indent
        if match.group(1) == indent:
            keys.add(next(group for group in match.groups()[1:] if group is not None).strip())
    for count, match in enumerate(_FLOW_STYLE_KEY.finditer(data)):
        if count >= limit:
            break
        keys.add(match.group(1))
    return keys


def architect_flow(keys: list[bytes], data: bytes) -> bool:
    """One top-level key naming a flow type whose content is a flow's: it writes a flow's members (name, startUpRef,
    variables...), or at least no launch request's (`workflow: {flowId, inputData}` wraps a launch: FL101 judges it)."""
    if len(keys) != 1 or keys[0] not in ARCHITECT_TYPES:
        return False
    members = _member_keys(data)
    return bool(members & FLOW_MEMBERS) or not members & _LAUNCH_MEMBERS


def yaml_kind(data: bytes) -> str | None:
    """An Architect flow (one top-level key naming the flow type, a flow's members under it), a GitHub Actions workflow
    (`on` and `jobs`), an OpenAPI document, an Artillery test script (`config` and `scenarios`), or None for a payload
    file."""
    keys = top_level_keys(data)
    if architect_flow(keys, data):
        return "architect"
    if b"jobs" in keys and (b"on" in keys or b"true" in keys):
        return "github-actions"
    if keys and keys[0] in (b"openapi", b"swagger") and (launch_mention(data) is not None or names_near_miss(data)):
        return "openapi"  # its launch path's request examples are launch bodies (sources/openapi.py), a near miss's too
    if keys and keys[0] in (b"openapi", b"swagger", b"asyncapi"):
        return "not-a-body"
    if (b"AWSTemplateFormatVersion" in keys or b"Resources" in keys) and aws_document(data):
        return "not-a-body"
    if b"apiVersion" in keys and b"kind" in keys:
        return "not-a-body"  # a Kubernetes manifest: a ConfigMap's `data: {flowId: …}` is the app's setting, no body
    if not keys and ansible_playbook(data):
        return "not-a-body"  # an Ansible playbook: its tasks' modules (uri, shell) send requests, it is no body
    if _yaml_run(keys, data):
        return "not-a-body"
    if b"scenarios" in keys and b"config" in keys and _ARTILLERY_STEPS.compiled.search(data) is not None:
        return "artillery"  # an Artillery load test: its flows' requests (sources/artillery.py), never a body
    if b"collection" in keys and b"type" in keys and b"collection.insomnia.rest/" in data:
        return "saved-request"  # Insomnia's v5 export (YAML): its requests read as saved requests (client_export)
    if b"method" in keys and (b"url" in keys or b"uri" in keys) and not any(key.encode() in keys for key in LAUNCH_KEYS):
        return "saved-request"  # a request saved as YAML: read as a JSON one is (its body checked), never judged as a body
    if may_be_launch_record(data) and _yaml_launch_record(data):
        return "saved-request"  # a workflow's test case sending a launch body: its body read where it is, as a fixture's
    return None


def _yaml_launch_record(data: bytes) -> bool:
    """Whether YAML text is a workflow's test case, a table of them or a run's record sending a launch body
    (candidates.record_launches): parsed, as only a file holding their words is."""
    from . import yaml_source  # PyYAML: imported by such a file only
    from .document import DEFAULT_LIMITS

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    parsed = yaml_source.parse(text, max_nodes=DEFAULT_LIMITS.max_yaml_nodes, max_depth=DEFAULT_LIMITS.max_depth)
    return isinstance(parsed, yaml_source.ParsedYaml) and bool(record_launches(parsed.value))


#: What every Artillery scenario holds, its steps (`- flow:`, or `flow:` under a scenario's name): a script of another
#: tool with Artillery's two top-level keys (a Genesys web-messaging tester's `scenarios` of `say` lines) has none.
_ARTILLERY_STEPS = _OnFirstUse(rb"^[ \t]*(?:-[ \t]+)?flow[ \t]*:", re.MULTILINE)
#: An Ansible play: a top-level list item naming its hosts (or importing a playbook), at the line's start or as a key
#: of a play whose first key is another (`- name: Deploy` then `  hosts: all`).
_ANSIBLE_PLAY = _OnFirstUse(rb"^(?:-|[ \t]+)[ \t]*(?:hosts|(?:ansible\.builtin\.)?import_playbook)[ \t]*:", re.M)
_ANSIBLE = "an Ansible playbook (its tasks' modules send its requests)"


def ansible_playbook(data: bytes) -> bool:
    """Whether a YAML file with no top-level key is an Ansible playbook: a list of plays (`- hosts: …`)."""
    return (b"hosts" in data or b"import_playbook" in data) and data.lstrip().startswith((b"-", b"#")) \
        and _ANSIBLE_PLAY.search(data) is not None


_LAUNCH_RESPONSE = _OnFirstUse(rb'"selfUri"\s*:\s*"/api/v2/flows/executions/')
_VERSION_OBJECT = _OnFirstUse(rb'"flowVersion"\s*:\s*\{')
_ENV_FILES = ("http-client.env.json", "http-client.private.env.json")
#: The names that decide a JSON file's kind whatever its bytes.
#: VS Code's tasks file (sources/vscode_tasks.py).
_TASKS_JSON = "tasks.json"
_NAMED_JSON = (*POSTMAN, *DATA_ACTION, *_ENV_FILES, ".postman_environment.json", _TASKS_JSON, "cloudbuild.json")


class _Read:
    """A file's bytes as the kind tests of one question read them: its JSON value parsed at most once, when a test
    first needs it, and whether it is an EventBridge event found once. Made per question, so nothing outlives it
    (a memo of the last file would keep its bytes, maybe megabytes, alive until the next)."""

    __slots__ = ("_event", "_strict", "_value", "data")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._value: Any = _UNREAD
        self._strict = False
        self._event: bool | None = None

    def value(self) -> Any:
        """The file's JSON value (its byte order mark dropped), or _NOT_JSON; callers only read it (it is shared).

        Parsed as a payload's loader parses it (so it can be handed on: parsed()); what that parser refuses but
        json.loads takes (another encoding, a repeated key kept last, NaN) as json.loads reads it."""
        if self._value is _UNREAD:
            data = self.data.removeprefix(b"\xef\xbb\xbf")
            try:
                self._value, self._strict = STRICT.decode(data.decode("utf-8")), True
            except RecursionError:  # too deep for json.loads too
                self._value = _NOT_JSON
            except ValueError:  # not UTF-8 (json.loads reads UTF-16 and UTF-32 too), a repeated key, NaN, no JSON
                try:
                    self._value = json.loads(data)
                except (ValueError, RecursionError):
                    self._value = _NOT_JSON
        return self._value

    def parsed(self) -> ParsedJson | None:
        """The value as the payload parser gives it, when a test parsed it so (else None: the loader parses it)."""
        return ParsedJson(self._value, False) if self._strict else None

    def event(self) -> bool:
        """Whether it is an EventBridge event (_event_members), read once."""
        if self._event is None:
            self._event = _event_members(self.data)
        return self._event


def _not_a_body(lowered_name: str, read: _Read) -> str | None:
    """Why a JSON file is certainly no launch body (an environment file, a schema, a recorded response), or None."""
    data = read.data
    if lowered_name.endswith(_ENV_FILES):
        return "an HTTP client environment file"
    if b"_postman_variable_scope" in data or lowered_name.endswith(".postman_environment.json"):
        return "a Postman environment"
    # Substring scans first: the patterns have no literal prefix for `re` to skip to, and nearly every body fails them all.
    if describes_json(data) and not names_its_flow(read.value()):
        return "a JSON Schema or OpenAPI document: it describes bodies"
    if b'"selfUri"' in data and _LAUNCH_RESPONSE.search(data) is not None and _VERSION_OBJECT.search(data) is not None:
        return "a recorded launch response (flowVersion is an object there)"
    if b'"apiVersion"' in data and b'"kind"' in data and _kubernetes_json(read.value()):
        return _KUBERNETES
    if b'"status' in data and may_be_saved_request(data) and _recorded_response(read.value()):
        return "a recorded response (a URL and a status, no method)"
    if b'"status"' in data and any(member in data for member in _RUN_MEMBERS) and _execution_record(read.value()):
        return _RUN_RECORD
    if b'"topicName"' in data and _notification(read.value()):
        return "a Genesys Cloud notification event (topicName and eventBody, what the platform sends)"
    if b'"supercommand"' in data and _cli_definition(value := read.value()):
        return ("Genesys Cloud CLI command definitions (each a supercommand and its resources' API paths)"
                if isinstance(value, list) else
                "a Genesys Cloud CLI command definition (a supercommand and its resources' API paths)")
    return _aws(read)


def _notification(value: Any) -> bool:
    """A notification the platform sends (a topic's event, as a test keeps it): `topicName` a string, `eventBody` an
    object, and no member of a launch request beside them (one of a list, as a recording keeps several)."""
    items = value if isinstance(value, list) and value else [value]
    return all(isinstance(item, dict) and isinstance(item.get("topicName"), str) and isinstance(item.get("eventBody"), dict)
               and not any(key in item for key in LAUNCH_KEYS) for item in items)


def _cli_definition(value: Any) -> bool:
    """The Genesys Cloud CLI's definition of a command (its cli-<name>.json: a `supercommand`, and `resources` each
    naming an API path), as its source keeps them: no member of a launch request at its top. Or the list of every
    command's the CLI's source keeps (its APIData.json): each a `supercommand`, with such `resources` if any (no launch
    body is a list of objects named so)."""
    if isinstance(value, list):
        return bool(value) and all(isinstance(item, dict) and _cli_command(item, item.get("resources", [])) for item in value)
    return isinstance(value, dict) and _cli_command(value, value.get("resources")) and bool(value["resources"])


def _cli_command(value: dict[str, Any], resources: Any) -> bool:
    return isinstance(value.get("supercommand"), str) and isinstance(resources, list) \
        and all(isinstance(item, dict) and isinstance(item.get("path"), str) and item["path"].startswith("/api/")
                for item in resources) and not any(key in value for key in LAUNCH_KEYS)


_RUN_RECORD = "a record of a flow execution (a run's status and dates, what GET /api/v2/flows/executions/{id} answers)"
#: The status of a run, as the platform's FlowRuntimeExecution gives it (GET /api/v2/flows/executions/{id}).
_RUN_STATUSES = frozenset({"UNKNOWN", "RUNNING", "ERROR", "TERMINATED", "COMPLETED", "FAILED"})
_YAML_RUN_STATUS = _OnFirstUse(rb"""^status[ \t]*:[ \t]*(["']?)(?i:UNKNOWN|RUNNING|ERROR|TERMINATED|COMPLETED|FAILED)\1[ \t]*(?:#.*)?$""",
                              re.M)
#: The members only a run's record has (FlowRuntimeExecution's), never a launch request's.
_RUN_MEMBERS = (b'"dateLaunched"', b'"dateCompleted"', b'"completionReason"', b'"flowErrorInfo"', b'"outputData"')
_RUN_MEMBER_NAMES = tuple(member[1:-1].decode() for member in _RUN_MEMBERS)


def _execution_record(value: Any) -> bool:
    """A run's record, kept as a fixture: a run status and a member only a run has, and no `inputData` (a request
    with a stray `status` sends inputs, or has no run's member: it is judged)."""
    if isinstance(value, list) and value:  # a list of runs (what a test keeps of several)
        return all(_run(item) for item in value)
    return _run(value)


def _yaml_run(keys: list[bytes], data: bytes) -> bool:
    """A run's record written as YAML, by its top-level keys and its `status` line (as _execution_record)."""
    return b"status" in keys and b"inputData" not in keys and any(member[1:-1] in keys for member in _RUN_MEMBERS) \
        and _YAML_RUN_STATUS.search(data) is not None


def _run(value: Any) -> bool:
    if not isinstance(value, dict) or "inputData" in value:
        return False
    status = value.get("status")
    return isinstance(status, str) and status.upper() in _RUN_STATUSES \
        and any(name in value for name in _RUN_MEMBER_NAMES)


_KUBERNETES = "a Kubernetes manifest (apiVersion and kind): its settings are the app's"


#: What _Read.value answers for bytes that are no JSON text, and before it parsed them.
_NOT_JSON: Any = object()
_UNREAD: Any = object()


def _kubernetes_json(value: Any) -> bool:
    """Whether a JSON file's value is a Kubernetes manifest: `apiVersion` and `kind` strings among its own top-level keys."""
    return isinstance(value, dict) and isinstance(value.get("apiVersion"), str) and isinstance(value.get("kind"), str)


_CLOUDFORMATION = _OnFirstUse(rb"""["']?AWSTemplateFormatVersion["']?\s*:|["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::""")
_LAMBDA_EVENT = _OnFirstUse(rb'"requestContext"\s*:\s*\{')
_EVENTBRIDGE_EVENT = _OnFirstUse(rb'"detail"\s*:\s*\{')
_IAM_POLICY = _OnFirstUse(rb"""["']?Version["']?\s*:\s*["']?20(?:12-10-17|08-10-17)["']?""")


def aws_document(data: bytes) -> str | None:
    """Why a JSON/YAML file is an AWS document beside a Genesys integration (blueprints ship them): a CloudFormation
    or SAM template, an IAM policy, an API Gateway or EventBridge test event; None otherwise."""
    return _aws(_Read(data))


#: The Serverless Framework's configuration, by its base name: its `resources` are CloudFormation's.
_SERVERLESS = ("serverless.yml", "serverless.yaml", "serverless.json")
#: A Step Functions definition's own members, as JSON or YAML writes them.
_STATE_MACHINE = _OnFirstUse(rb"""^[ \t]*["']?States["']?[ \t]*:|["']States["']\s*:""", re.M)


def aws_launch_config(lowered: str, data: bytes) -> bool:
    """Whether a JSON/YAML file (`lowered`: its name in lower case) configures AWS to call the launch endpoint: a Step
    Functions definition (an HTTP task, or `States`), a CloudFormation or SAM template, a Serverless Framework
    configuration, any naming the endpoint as a launch does. Read by sources/aws.py (an HTTP task's body is checked),
    each other mention noted (FL011), never judged as a launch body."""
    # (the literal first: most files lack it; by find, as `in` first tries a bytes operand as an integer, a TypeError
    # made and dropped for every body)
    if data.find(b"flows/executions") < 0 or _LAUNCH_ENDPOINT.search(data) is None:
        return False
    return (b":::http:invoke" in data or lowered.replace("\\", "/").rsplit("/", 1)[-1] in _SERVERLESS
            or (b"AWS" in data and _CLOUDFORMATION.search(data) is not None)
            or (b"StartAt" in data and _STATE_MACHINE.search(data) is not None))


def _aws(read: _Read) -> str | None:
    data = read.data
    if b"AWS" in data and _CLOUDFORMATION.search(data) is not None:
        return "an AWS CloudFormation or SAM template"
    if b"Statement" in data and b"-10-17" in data and _IAM_POLICY.search(data) is not None:
        return "an AWS IAM policy document"
    if b"requestContext" in data and _LAMBDA_EVENT.search(data) is not None and b'"httpMethod"' in data:
        return "an AWS Lambda test event (API Gateway)"
    if b'"detail-type"' in data and _EVENTBRIDGE_EVENT.search(data) is not None and b'"source"' in data and read.event():
        return "an Amazon EventBridge event (a test event of the Lambda it triggers)"
    return None


#: A JSON token that matters for nesting: a string (with, when a colon follows it, a key's, the first byte of its value),
#: a bracket, or a quote that starts no string (never closed, or holding a control character: no JSON).
_JSON_TOKEN = _OnFirstUse(rb'"(?:[^"\\\x00-\x1f]|\\["\\/bfnrtu])*"(?=(\s*:\s*.?)?)|[{}\[\]"]', re.DOTALL)


#: What a value nested in a top-level member holds up to its next bracket (or a quote that starts no string): text and
#: whole strings, skipped in one match (the members of a nested value are never looked at, however many).
#: (Possessive: a greedy repeat of a group keeps a way back per iteration, gigabytes on a 26 MB array of strings.
#: Python 3.10 has none: there every token is read, as at the top level.)
try:
    _NESTED: re.Pattern[bytes] | None = re.compile(rb'(?:[^"{}\[\]]++|"(?:[^"\\\x00-\x1f]|\\["\\/bfnrtu])*+")*+')
except re.error:
    _NESTED = None


def _event_members(data: bytes) -> bool:
    """Whether a JSON file is an EventBridge event by its own top-level members (`detail` an object, `detail-type` and
    `source` strings), not a body's input holding one: read from its tokens, without parsing its values (an
    object whose scalars are broken is judged by the members it writes; one cut short, or with more after it, is none)."""
    data = data.removeprefix(b"\xef\xbb\xbf").strip()
    if data[:1] != b"{":
        return False
    token_pattern = _JSON_TOKEN.compiled
    open_: list[bytes] = []  # the brackets open, each as the one that closes it
    starts: dict[bytes, bytes] = {}  # a top-level key -> the first byte of its value
    at, size = 0, len(data)
    while True:
        if len(open_) > 1 and _NESTED is not None:  # inside a member's value: only its brackets matter
            at = _NESTED.match(data, at).end()  # type: ignore[union-attr]  # (it matches the empty string)
            if at == size:
                return False
            token, at = data[at:at + 1], at + 1
            start = None
        else:
            match = token_pattern.search(data, at)
            if match is None:
                return False
            token, at, start = match.group(), match.end(), match.group(1)
        if token in (b"{", b"["):
            open_.append(b"}" if token == b"{" else b"]")
        elif token in (b"}", b"]"):
            if open_.pop() != token:
                return False
            if not open_:  # the object ends: nothing but it may be in the file
                return at == size and starts.get(b"detail") == b"{" \
                    and starts.get(b"detail-type") == starts.get(b"source") == b'"'
        elif token == b'"':
            return False
        elif len(open_) == 1 and start is not None:
            starts[token[1:-1]] = start[-1:]


#: The launch endpoint as a launch names it (not a run's status URL, `…/executions/{id}`), in bytes.
_LAUNCH_ENDPOINT = _OnFirstUse(rb"(?<![A-Za-z0-9_-])flows/executions(?![A-Za-z0-9_/-])")


#: A command or code that sends a request: curl, wget, PowerShell's cmdlets, httpie, a client's post call.
_SENDS = _OnFirstUse(rb"(?i)\b(?:curl|wget|invoke-restmethod|invoke-webrequest|https? post)\b|\bfetch\(|\.post\("
                     rb"|^[ \t]*(?:ansible\.builtin\.)?uri[ \t]*:", re.M)  # (Ansible's uri module sends a request)


def quiet_launch_mention(name: str | None, data: bytes) -> tuple[int, str] | None:
    """Where a config file read for no launch that can hold a command or code (a Kubernetes manifest, an AWS
    template) names the launch endpoint and sends a request (curl, a client's post), and what the file is: that
    command may launch a flow. Files of values only (a
    schema, an OpenAPI document, a recorded response, an environment file, a test event) send nothing."""
    match = _QUIET_MENTION.search(data)
    if match is not None and match.group(1) is not None and _POST.search(data) is None:
        match = _LAUNCH_ENDPOINT.search(data)  # `…/executions/{id}` with no POST in the file: a run's status read
    if match is None or _SENDS.search(data) is None:  # a setting's value (a ConfigMap's launchUrl) sends nothing
        return None
    what = _quiet_what((name or "").lower(), data)
    return (match.start(), what) if what.startswith(_COMMAND_FILES) else None


def value_launch_mention(data: bytes) -> int | None:
    """Where a JSON/YAML file read as no launch body (another tool's file: a Taskfile, a build spec, a VS Code task, an
    n8n or Logic App workflow) names the launch endpoint in a value, not a key (an OpenAPI document's path), nor a
    comment, and sends a request somewhere (a command, a `POST`): a launch flowlint reads nothing of. None for any
    other (a setting's launch URL in a file that sends nothing, a run's status read `…/executions/{id}` with no POST)."""
    if b"xecutions" not in data:
        return None
    posts = _POST.search(data) is not None
    if not posts and _SENDS.search(data) is None:
        return None
    for match in _QUIET_MENTION.finditer(data):
        if match.group(1) is not None and not posts:
            continue  # `…/executions/{id}` and no POST in the file: a run's status read
        # (its line's start looked for at most _LINE_REACH bytes back: linear time on a one-line file of many mentions)
        reach = max(0, match.start() - _LINE_REACH)
        line_start = data.rfind(b"\n", reach, match.start())
        if data[line_start + 1 if line_start >= 0 else reach:match.start()].lstrip().startswith((b"#", b"//")):
            continue  # a comment's
        if _KEY_AFTER.compiled.match(data, match.end()) is not None:
            continue  # a key (an OpenAPI document's path): no request
        return match.start()
    return None


#: How far back from a mention its line's start is looked for (a comment's mark).
_LINE_REACH = 4096
#: What follows a mention that is a JSON or YAML key: its closing quote (maybe) and the key's colon.
_KEY_AFTER = _OnFirstUse(rb"[^\s\"':]{0,80}[\"']?[ \t]*:(?:[ \t\r\n]|$)")


#: The launch endpoint where a command file writes it: the path, maybe with what follows it (`(/)…`: a flow ID put in
#: the URL, a launch only where the file writes POST), or the flow ID's path under /api/v2 (`flows/{id}/executions`).
_QUIET_MENTION = _OnFirstUse(rb"(?<![A-Za-z0-9_-])flows/executions(?![A-Za-z0-9_-])(/)?|api/v2/flows/[^/\n]{1,80}?/executions"
                             rb"(?![A-Za-z0-9_/-])")
_POST = _OnFirstUse(rb"\bPOST\b")
#: What the files whose commands may send a launch are (_quiet_what's answers): said where one names the endpoint.
_COMMAND_FILES = (_KUBERNETES, "an AWS CloudFormation", _COMPOSE_FILE, _ANSIBLE)


def _quiet_what(lowered: str, data: bytes) -> str:
    """What a file of the not-a-body kind is."""
    if compose_file(lowered):
        return _COMPOSE_FILE
    keys = top_level_keys(data)
    if not keys and ansible_playbook(data):
        return _ANSIBLE
    manifest = _KUBERNETES if b"apiVersion" in keys and b"kind" in keys else _RUN_RECORD if _yaml_run(keys, data) else None
    read = _Read(data)
    return _not_a_body(lowered, read) or _aws(read) or manifest or "an OpenAPI document"


def kind_note(kind: str, name: str | None, data: bytes) -> str:
    """Why a named file of a quiet kind (or one holding no launch) is not checked as a launch request ("": it was)."""
    lowered = (name or "").lower()
    if kind == "architect":
        keys = top_level_keys(data, 1)
        return (f"an Architect flow ({keys[0].decode('utf-8', 'replace') if keys else 'flow'}) is no launch body; a workflow's "
                "inputs are the contract of its launches when [tool.flowlint.flows] maps its flow ID to this file")
    if kind == "not-a-body":
        return f"{_quiet_what(lowered, data)}: no launch body"
    if kind == "github-actions":
        return "a GitHub Actions workflow or action is no launch body, and no run: step of this one launches a flow"
    if kind == "ci-config":
        return f"{ci_service(lowered) or 'a CI configuration'} is no launch body, and none of its steps' scripts launches a flow"
    if kind == "saved-request":
        return "a saved request (method, URL, body) that launches no flow"
    if kind == "artillery":
        return "an Artillery test script: none of its scenarios' requests launches a flow"
    if kind == "openapi":
        return ("an OpenAPI document: no JSON request example of a launch path's POST was read as a launch (a YAML one is "
                "read up to the YAML limit, 1/32 of max-file-size)")
    if kind == "aws":
        return "an AWS template or Step Functions definition: none of its HTTP tasks launches a flow"
    if kind in ("hurl", "bruno"):
        return f"{'a Hurl file' if kind == 'hurl' else 'a Bruno request file'}: none of its requests launches a flow"
    if kind in _SHELL_HOST_WORDS:
        return f"{_SHELL_HOST_WORDS[kind]} is no launch body, and none of its {_SHELL_HOST_PARTS[kind]} launches a flow"
    if kind == "terraform":  # one with data actions that launch nothing (a status read) is read, and passes
        return "" if b"genesyscloud_integration_action" in data or _HTTP_DATA.search(data) else (
            "flowlint reads launches in Terraform only in genesyscloud_integration_action(_draft) resources and "
            "data \"http\" blocks, and this file has none")
    suffix = _kind_suffix(lowered)
    base = lowered.replace("\\", "/").rsplit("/", 1)[-1]
    if suffix.startswith(".i3"):
        return "an Architect flow export (what Architect's Export writes) is no launch body"
    what = _UNREAD_WORDS.get(suffix) or (
        foreign_language(name, data) if data[:2] == b"#!" else "dotenv" if base.startswith(".env.")
        else f"`{suffix}`" if suffix else "such")  # (a suffix of no reader's: `.conf`, `.txt`)
    return f"flowlint does not read {what} files for launch requests"


#: A saved request (sources/saved_request.py): the keys its URL and its body go under.
URL_KEYS = ("url", "uri")
BODY_KEYS = ("body", "json", "data", "payload", "postData")
#: The keys its headers go under (a Postman item's `header`).
HEADER_KEYS = ("headers", "header")
_HTTP_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
#: A body's own members: an object that writes one is a body (maybe with stray members), never a request description.
LAUNCH_KEYS = frozenset({"flowId", "flowVersion", "inputData", "flow_id", "flowID", "FlowId"})


def may_be_saved_request(data: bytes) -> bool:
    """The byte test before any parse (every .json file is asked): a `url` or `uri` key and a method or a body key."""
    return ((b'"url"' in data or b'"uri"' in data) and (b'"method"' in data or b'"body"' in data or b'"headers"' in data)) \
        or (b'"endpoint"' in data and (b'"requests"' in data or b'"method"' in data))  # Hoppscotch's collection, request


def _recorded_response(value: Any) -> bool:
    """A response capture (a file's value): a URL, a status code and no method, maybe under a fixture's `response`."""
    for spec in (value, value.get("response") if isinstance(value, dict) else None):
        if isinstance(spec, dict) and "method" not in spec and LAUNCH_KEYS.isdisjoint(spec) \
                and any(isinstance(spec.get(key), int) for key in ("status", "statusCode")) \
                and any(isinstance(spec.get(key), str) for key in URL_KEYS):
            return True
    return False


def _saved_request(read: _Read) -> bool:
    """Whether a JSON file is a saved request (maybe under a fixture's `request`), as `extract` reads one; a broken one
    by the top-level members it writes (its header values are then masked, and it is never judged as a body)."""
    data = _as_utf8(read.data)
    if not may_be_saved_request(data):
        return may_be_launch_record(data) and bool(record_launches((read if data is read.data else _Read(data)).value()))
    value = (read if data is read.data else _Read(data)).value()  # UTF-16 text is read as its UTF-8 conversion
    if value is _NOT_JSON:
        members = _top_members(data.removeprefix(b"\xef\xbb\xbf"))
        method = members.get(b"method", b"")[1:-1].decode("utf-8", "replace").upper()
        return method in _HTTP_METHODS and any(members.get(key, b"")[:1] == b'"' for key in (b"url", b"uri")) \
            and not any(key.encode() in members for key in (*LAUNCH_KEYS, "status", "statusCode"))
    return saved_request_object(value) is not None or bool(saved_request_list(value)) or bool(client_export(value)) \
        or bool(record_launches(value))


def may_be_launch_record(data: bytes) -> bool:
    """The byte test before a parse for a workflow's test case or a run's record sending a launch body
    (candidates.record_launches): a member of RECORD_BODY_KEYS and a word of what a run gives back or is expected to."""
    return any(word in data for word in _RECORD_BODY_WORDS) and any(word in data for word in _OUTPUT_WORDS)


#: RECORD_BODY_KEYS as a JSON file writes them, and YAML (`request:`); the stems of candidates.holds_outputs's names
#: (`expectedOutput`, `Expected`, `outputData`, `results`, `response`, `reply`), in either case.
_RECORD_BODY_WORDS = tuple(b'"%s"' % key.encode() for key in RECORD_BODY_KEYS) + tuple(b"%s:" % key.encode() for key in RECORD_BODY_KEYS)
_OUTPUT_WORDS = (b"xpect", b"utput", b"esult", b"esponse", b"eply", b"XPECT", b"UTPUT", b"ESULT", b"ESPONSE", b"EPLY")


def saved_request_list(value: Any) -> list[tuple[Path, dict[str, Any]]]:
    """A list of saved requests (each item one), each with its pointer; [] when any item is something else."""
    if not isinstance(value, list):
        return []
    found = []
    for index, item in enumerate(value):
        one = saved_request_object(item)
        if one is None:
            return []
        found.append(((index, *one[0]), one[1]))
    return found


def _as_utf8(data: bytes) -> bytes:
    """A file's bytes as UTF-8 when they are UTF-16 with a byte order mark (a PowerShell `>` writes that)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16").encode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            return data
    return data


#: The tokens of JSON text that matter for its top level: a string (never across a line), a bracket, a colon, a comma,
#: or a quote that starts no string (the text is broken from there).
_MEMBER_TOKEN = _OnFirstUse(rb'"(?:[^"\\\r\n]|\\.)*"|[{}\[\]:,"]')


def _top_members(data: bytes) -> dict[bytes, bytes]:
    """The top-level members of a broken JSON object as far as they read: each key and its value's first token."""
    members: dict[bytes, bytes] = {}
    if data.lstrip()[:1] != b"{":
        return members
    depth, key, expecting = 0, b"", False
    for match in _MEMBER_TOKEN.compiled.finditer(data):
        token = match.group()
        if token == b'"':
            break
        if token in (b"{", b"["):
            if expecting:
                members[key] = token
            depth, expecting = depth + 1, False
        elif token in (b"}", b"]"):
            depth -= 1
            if depth <= 0:
                break
        elif token == b":":
            expecting = depth == 1
        elif token == b",":
            expecting = False
        elif expecting:
            members[key], expecting = token, False
        elif depth == 1:
            key = token[1:-1]
    return members


#: How deep an export's folders are followed (Hoppscotch's `folders`, Bruno's folder `items`).
_EXPORT_DEPTH = 32


def client_export(value: Any) -> list[tuple[Path, dict[str, Any]]]:
    """The requests an HTTP client's export holds, each with its pointer: Insomnia's v4 export (`resources` of
    `_type: request`) and v5 (YAML: `collection`, folders' `children`), Bruno's collection (`items` of
    `type: http-request`, folders' `items`), Thunder Client's collection (`requests`) and Hoppscotch's (`requests` and
    `folders`, or a list of collections); [] for any other value. A request is one as a saved request is
    (_describes_request), Hoppscotch's URL its `endpoint`."""
    found: list[tuple[Path, dict[str, Any]]] = []
    if isinstance(value, dict) and isinstance(value.get("resources"), list) \
            and (value.get("_type") == "export" or "__export_format" in value):  # Insomnia
        for index, item in enumerate(value["resources"]):
            if isinstance(item, dict) and item.get("_type") == "request" and _describes_request(item, nested=False):
                found.append((("resources", index), item))
        return found
    if isinstance(value, dict) and str(value.get("type", "")).startswith("collection.insomnia.rest/"):  # Insomnia v5
        _insomnia_tree(value.get("collection"), ("collection",), found, 0)
        return found
    collections = value if isinstance(value, list) else [value]
    for index, collection in enumerate(collections):
        if isinstance(collection, dict) and _is_collection(collection):
            _collect(collection, (index,) if collection is not value else (), found, 0)
    return found


def _is_collection(value: dict[str, Any]) -> bool:
    """Bruno's collection (`items` and its `version`), Thunder Client's (`requests`, with its client's name or its
    collection's), Hoppscotch's (`requests` and `folders`, and its format version `v`)."""
    if isinstance(value.get("items"), list):
        return "version" in value and "name" in value and all(isinstance(item, dict) and "type" in item for item in value["items"])
    return isinstance(value.get("requests"), list) and (
        "clientName" in value or "collectionName" in value or "colName" in value
        or (isinstance(value.get("folders"), list) and "v" in value))


def _collect(collection: dict[str, Any], path: Path, found: list[tuple[Path, dict[str, Any]]], depth: int) -> None:
    """The requests of one collection or folder, into `found`."""
    if depth > _EXPORT_DEPTH:
        return
    for index, item in enumerate(collection["items"] if isinstance(collection.get("items"), list) else ()):
        if not isinstance(item, dict):
            continue
        if item.get("type") in ("http-request", "http") and isinstance(item.get("request"), dict) \
                and _describes_request(item["request"], nested=True):  # Bruno's request
            found.append(((*path, "items", index, "request"), item["request"]))
        elif item.get("type") == "folder" and isinstance(item.get("items"), list):
            _collect(item, (*path, "items", index), found, depth + 1)
    for index, item in enumerate(collection["requests"] if isinstance(collection.get("requests"), list) else ()):
        if isinstance(item, dict) and (_describes_request(item, nested=False) or _hoppscotch_request(item)):
            found.append(((*path, "requests", index), item))
    for index, folder in enumerate(collection["folders"] if isinstance(collection.get("folders"), list) else ()):
        if isinstance(folder, dict) and isinstance(folder.get("requests"), list):  # Hoppscotch's (Thunder's hold none)
            _collect(folder, (*path, "folders", index), found, depth + 1)


def _insomnia_tree(items: Any, path: Path, found: list[tuple[Path, dict[str, Any]]], depth: int) -> None:
    """The requests of an Insomnia v5 `collection` (folders' `children` followed), into `found`."""
    if not isinstance(items, list) or depth > _EXPORT_DEPTH:
        return
    for index, item in enumerate(items):
        if isinstance(item, dict) and isinstance(item.get("children"), list):
            _insomnia_tree(item["children"], (*path, index, "children"), found, depth + 1)
        elif isinstance(item, dict) and _describes_request(item, nested=False):
            found.append(((*path, index), item))


def _hoppscotch_request(item: dict[str, Any]) -> bool:
    """A Hoppscotch request: its URL is its `endpoint`."""
    method = item.get("method")
    return isinstance(item.get("endpoint"), str) and isinstance(method, str) and method.upper() in _HTTP_METHODS \
        and LAUNCH_KEYS.isdisjoint(item)


def saved_request_object(value: Any) -> tuple[Path, dict[str, Any]] | None:
    """The request object of a saved request (the top level, or a fixture's `request`) and its pointer, or None."""
    candidates: tuple[tuple[Path, Any], ...] = (((), value), (("request",), value.get("request") if isinstance(value, dict) else None))
    for path, spec in candidates:
        if isinstance(spec, dict) and (_describes_request(spec, nested=bool(path)) or (not path and _hoppscotch_request(spec))):
            return path, spec
    return None


def _describes_request(spec: dict[str, Any], *, nested: bool) -> bool:
    """A request's own members; a recorded response (url, status, headers, body) is none, nor, at the top level, an
    object that writes no method (a fixture's `request` may leave it to its default)."""
    if not LAUNCH_KEYS.isdisjoint(spec) or "status" in spec or "statusCode" in spec:
        return False
    if not any(isinstance(spec.get(key), str) for key in URL_KEYS):
        return False
    method = spec.get("method")
    if isinstance(method, str):
        return method.upper() in _HTTP_METHODS
    return nested and method is None and (any(key in spec for key in BODY_KEYS)
                                          or any(isinstance(spec.get(key), (dict, list)) for key in HEADER_KEYS))


_REQUEST_URL = _OnFirstUse(rb'"requestUrlTemplate"\s*:')
_EXPORT_KEYS = _OnFirstUse(rb'"(?:integrationType|actionType|integrationId|category)"\s*:')


def is_data_action(data: bytes) -> bool:
    """A Genesys Cloud data action export (JSON): the export's keys and a request URL template."""
    return b"requestUrlTemplate" in data and _REQUEST_URL.search(data) is not None and _EXPORT_KEYS.search(data) is not None


#: The substring every launch mention holds, searched by the regular-expression engine: its scan for the needle's first
#: byte, rare in code, takes ~0.65x the time of `bytes.__contains__` on code files (whose fast search skips little: the
#: needle's letters and their hash twins `.`, `/`, `)` fill most of a code file).
_XECUTIONS = re.compile(rb"xecutions").search
#: A Terraform `data "http"` block (the hashicorp/http provider's request: terraform.py reads it).
_HTTP_DATA = re.compile(rb'\bdata[ \t]+"http"')


def may_launch(kind: str, name: str | None, data: bytes) -> bool:
    """The prefilter: False when the file certainly holds no launch (no parser runs then)."""
    # One fast scan first (common to every needle); the patterns only run on the rare hit. LAUNCH_OR_NEAR_MISS (not
    # `xecutions`: the same scan, on the same rare first byte) also finds a near miss of the path (`/flows/execution`,
    # `/flow/executions`, `/flows/exucutions`: genesys/paths.py).
    # (a data action's URL may be a local another .tf file of its module declares: terraform.py resolves it)
    local_url = kind == "terraform" and b"request_url_template" in data and b"local." in data
    if LAUNCH_OR_NEAR_MISS(data) is None and not (kind == "saved-request" and data[:2] in (b"\xff\xfe", b"\xfe\xff")):
        # (a test case names no endpoint: the launch body it sends is one all the same)
        return signs_in(data) or local_url or (kind == "saved-request" and may_be_launch_record(data))
    if kind == "postman":
        return True  # a collection may write its URL as parts: "path": ["api", "v2", "flows", "executions"]
    if kind in _JSON_KINDS and launch_mention(data) is None:
        data = _as_utf8(data).replace(b"\\/", b"/")  # JSON may escape its slashes (PHP's json_encode does)
    return launch_mention(data) is not None or signs_in(data) or (kind in _READ_CODE and (_based_id_path(data) or pieced_path(data))) \
        or (kind in COMMAND_KINDS and _CLI_LAUNCH.search(data) is not None) or local_url or may_name_near_miss(data)


#: The one byte scan of a quiet file: an `x` (rare in code: the scan runs on it as on a literal) that starts `xec`, held
#: by every launch mention (`xecutions`), or that stands within X_WITHIN letters after a `/` (or JSON's `\/`), as the
#: `x` of every near miss of the path does (genesys/paths.near_miss: `/flows/exucutions`, `/flows/ecxecutions`). The
#: four bytes before such an `x` are the path's (letters, `/`, `\`), tested first: most `x`s of code (`export`, `index`)
#: fail there, in one look behind.
LAUNCH_OR_NEAR_MISS = re.compile(
    rb"x(?:ec|(?<=[/\\A-Za-z]{%d}x)(?:%s))" % (X_WITHIN, b"|".join(rb"(?<=/%sx)" % (b"." * letters)
                                                                     for letters in range(X_WITHIN)))).search
#: A path that may be a near miss of the launch path (genesys/paths.near_miss decides): up to two short segments
#: (`/api/v2`, `/v1`), then a resource's word and an action's, each of the lengths a near miss's may have.
_NEAR_MISS_CANDIDATE = _OnFirstUse(rb"(?:/[A-Za-z0-9]{1,5}){0,2}/[A-Za-z]{3,6}/[A-Za-z]{8,12}"
                                   rb"(?![A-Za-z0-9_-])")


def names_near_miss(data: bytes) -> bool:
    """Whether bytes may write a near miss of the launch path (may_name_near_miss), found by its byte scan first: the
    test of a part of a file (a block, a step's script) that holds no `xecutions`."""
    return LAUNCH_OR_NEAR_MISS(data) is not None and may_name_near_miss(data)


def may_name_near_miss(data: bytes) -> bool:
    """Whether bytes may write a near miss of the launch path (`/api/v2/flows/execution`): a candidate path that
    genesys/paths.near_miss takes for one; or the launch path in another case (`/api/v2/Flows/Executions`), which the
    platform routes as the launch's (api/routes.py) and LAUNCH_MENTION, in one case, does not find. Only the files
    whose bytes LAUNCH_OR_NEAR_MISS finds get here."""
    return any(near_miss(path := match.group().decode("ascii")) or path.lower() == "/api/v2/flows/executions"
               for match in _NEAR_MISS_CANDIDATE.compiled.finditer(data))


#: The kinds written in JSON, whose readers decode it (and so read `\/` as `/`): a JSON string may escape its slashes.
_JSON_KINDS = frozenset({"saved-request", "har", "data-action", "notebook", "terraform"})
#: The kinds of the files that run commands (or show them, Markdown's blocks): a Genesys Cloud CLI launch is looked for there.
COMMAND_KINDS = frozenset({"shell", "markdown", "github-actions", "ci-config", *_SHELL_HOST_WORDS})
#: The code a reader evaluates bindings in: a URL built on a base written elsewhere in the file is read.
_READ_CODE = frozenset({"javascript", "typescript", "tsx", "python"})
#: The flow ID's path after a base (`${BASE}/flows/${id}/executions`, `f"{BASE}/flows/{flow_id}/executions"`).
_ID_PATH = _OnFirstUse(rb"/flows/[^/\n]{1,80}?/executions(?![A-Za-z0-9_-])")
_GENESYS = _OnFirstUse(rb"genesys|purecloud|pure\.cloud", re.I)


#: The endpoint's path in pieces, each in a string of its own (`${API}/flows` then `${FLOWS}/executions`, `urljoin(FLOWS,
#: "executions")`, `path.join(API, 'flows', 'executions')`): a string ending in `flows` (or `flows/`), and one holding
#: only `executions` or ending in `/executions` (`${FLOWS}/executions`).
_FLOWS_PIECE = _OnFirstUse(rb"[/\x22'`]flows/?(?=[\x22'`])")
_EXECUTIONS_PIECE = _OnFirstUse(rb"[\x22'`/}]executions(?=/?[\x22'`])")
#: `/api/v2` in pieces of its own (`"/".join([base, "api", "v2", "flows", "executions"])`): a string `v2` (or ending in
#: `/v2`) beside the others.
_V2_PIECE = _OnFirstUse(rb"[\x22'`/]v2/?[\x22'`]")


def executions_pieces(data: bytes) -> Iterator[re.Match[bytes]]:
    """Each string piece of the endpoint's path `executions` (pieced_path), in order: its first byte the quote or `/`."""
    return _EXECUTIONS_PIECE.compiled.finditer(data)


def pieced_path(data: bytes) -> bool:
    """Whether code may build the launch's path from pieces in strings of their own (the reader resolves the URL it
    builds, or says its FL011 note where it cannot): only with /api/v2 and Genesys Cloud named in the file, as
    _based_id_path, since many apps have /flows and /executions of their own."""
    return (b"api/v2" in data or _V2_PIECE.search(data) is not None) and _EXECUTIONS_PIECE.search(data) is not None \
        and _FLOWS_PIECE.search(data) is not None and _GENESYS.search(data) is not None


def _based_id_path(data: bytes) -> bool:
    """Whether code may send the flow ID's path on a base its file writes (BASE holding `…/api/v2`, read by the reader
    as the launch URL, FL106): only with /api/v2 and Genesys Cloud named in the file, since many apps have a
    /flows/{id}/executions of their own."""
    return b"api/v2" in data and _ID_PATH.search(data) is not None and _GENESYS.search(data) is not None


def nothing_to_say(kind: str, name: str | None, data: bytes) -> bool:
    """Whether a walked file of a source kind certainly gets no finding (as load_launches decides, without reading it):
    most files of a code tree. Code in a language flowlint does not read is searched for a mention of a launch."""
    if kind == "unread" and may_mention_foreign_launch(name, data):
        return False
    if kind == "not-a-body" and quiet_launch_mention(name, data) is not None:
        return False
    return kind in QUIET_KINDS or not may_launch(kind, name, data)


def may_mention_foreign_launch(name: str | None, data: bytes) -> bool:
    """Whether a file may be code in a language flowlint does not read that mentions a launch, or a near miss of its
    path (LAUNCH_OR_NEAR_MISS: its bytes, or text in UTF-16/32, which a byte test cannot see). Vendored code is left out by the walk
    (files._VENDOR), not here."""
    return (only_searched(name or "") or _foreign_script(name, data)) and (
        LAUNCH_OR_NEAR_MISS(data) is not None or b"XECUTIONS" in data or data[:2] in (b"\xff\xfe", b"\xfe\xff")
        or data[:4] == b"\x00\x00\xfe\xff")


def _foreign_script(name: str | None, data: bytes) -> bool:
    """Whether a file without a suffix is a script in a language flowlint does not read, by its `#!` line."""
    return data[:2] == b"#!" and _kind_suffix((name or "").lower()) == "" and (shebang_kind(data) or ("", ""))[0] == "unread"


def only_searched(name: str) -> bool:
    """Whether a walked file is only searched for a mention of a launch, never read as a source: code in a language
    flowlint does not read (a generated .pb.go past the size limit is then no error: read_path's `searched`), and a
    Terraform state."""
    if name.isascii():  # (asked of every walked file) ASCII lowers character by character: only the suffix is lowered
        dot = name.rfind(".")
        return (name[dot:].lower() if dot >= 0 else "") in _SEARCHED and not _named_jenkinsfile(_base(name)) \
            and not _library_step(name.lower())
    # a look-up of the last suffix (as above: a state's backup is none)
    return _suffix(name.lower()) in _SEARCHED and not _named_jenkinsfile(_base(name)) and not _library_step(name.lower())


def _base(name: str) -> str:
    """A path's base name, lower case."""
    return name.replace("\\", "/").rsplit("/", 1)[-1].lower()


def foreign_launch_mention(text: str) -> re.Match[str] | None:
    """The first mention of a launch in code of a language flowlint does not read that is not a server's route for the
    launch path (a route receives it: it sends nothing): one inside the parentheses of a route written before it on
    its line, in its path (a call's first argument: its handler after it may forward the launch) or anywhere in an
    annotation's (or anywhere after Sinatra's `post '/path'`). In a declarative client's file every mention is one.
    The endpoint's path with a flow ID after it is a mention only in a file that sends a POST."""
    mentions = _FOREIGN_MENTION_POSTED if _FOREIGN_POST.search(text) else FOREIGN_MENTION
    if _DECLARATIVE_CLIENT.search(text):
        return mentions.search(text)
    parenthesis = _PARENTHESIS.compiled
    at = 0
    while (first := mentions.search(text, at)) is not None:
        start = text.rfind("\n", 0, first.start()) + 1
        end = text.find("\n", first.end())
        end = len(text) if end < 0 else end
        routes = FOREIGN_ROUTE.finditer(text, start, end)
        upcoming = next(routes, None)
        # Each line is read once, however many mentions and routes it holds: the parentheses are counted from the
        # last route's opening one up to each mention, never twice (linear time on any line).
        scanned, depth = start, 0  # depth: parentheses open since the last route's own (0: no route open)
        handler = False  # the route is a call whose arguments after its path are the handler (gin's r.POST(path, func…))
        for mention in mentions.finditer(text, first.start(), end):
            while upcoming is not None and upcoming.start() <= mention.start():
                opening = text.find("(", upcoming.start(), upcoming.end())
                scanned, depth = (end if opening < 0 else opening + 1), 1
                handler = opening >= 0 and text[upcoming.start()] not in "@[#"  # an annotation's arguments are all the route's
                upcoming = next(routes, None)
            past_path = False
            for token in parenthesis.finditer(text, scanned, mention.start()) if depth > 0 else ():
                if token.group() == ",":
                    past_path = handler and depth == 1  # the route's path is its first argument: after it, its handler
                    if past_path:
                        break
                    continue
                depth += 1 if token.group() == "(" else -1
                if depth == 0:
                    break
            scanned = max(scanned, mention.start())
            if depth == 0 or past_path:
                return mention
        at = end
    return None


def is_terraform_state(name: str | None) -> bool:
    """Whether a file is a Terraform state by its name (`terraform.tfstate`; its backup too)."""
    return _kind_suffix((name or "").lower()) == TERRAFORM_STATE


def foreign_language(name: str | None, data: bytes = b"") -> str:
    """The language of a file in one flowlint does not read, by its suffix ("Go"), or a script's by its `#!` line."""
    suffix = _kind_suffix((name or "").lower())
    if suffix == "" and data[:2] == b"#!" and (by_interpreter := shebang_kind(data)) is not None:
        return by_interpreter[1]
    return FOREIGN_CODE.get(suffix) or WALKED_TEXT.get(suffix) or "code"


def _suffix(lowered: str) -> str:
    return lowered[lowered.rfind("."):] if "." in lowered else ""


def _kind_suffix(lowered: str) -> str:
    """A file's suffix as its kind is read from it: its last (`.js`), but `.tf.json` for Terraform's JSON syntax,
    `.tfstate` for the state's backup (`terraform.tfstate.backup`: JSON, never a body, its values secrets), and the
    body's own for a JSON or YAML body kept as a template page (`launch.json.hbs`, `launch.yaml.njk`)."""
    if lowered.endswith(_TFSTATE_BACKUP):
        return ".tfstate"
    if lowered.endswith(_TERRAFORM_JSON):
        return _TERRAFORM_JSON
    if commented_json_name(lowered):  # `.jsonc`, `launch.json.example`: JSON with comments (sources/jsonc.py)
        return ".json"
    suffix = _suffix(lowered)
    if suffix in TEMPLATE_PAGES:  # `body.json.hbs`: a JSON or YAML body kept as a template, not an HTML page
        inner = _suffix(lowered[:-len(suffix)])
        if inner in (".json", *YAML):
            return inner
    return suffix


_TFSTATE_BACKUP = ".tfstate.backup"


def signs_in(data: bytes) -> bool:
    """Whether a file may sign in to Genesys Cloud (an OAuth token request, the SDKs' client-credentials grant):
    it is read for credentials written in it (FL305), launch or not. Substring scans only: most files fail all (by
    `find`, not `in`: a bytes operand of `in` is first tried as an integer, a TypeError made and dropped per test)."""
    return data.find(b"oauth/token") >= 0 or (data.find(b"redentials") >= 0 and (
        data.find(b"lientCredentials") >= 0 or data.find(b"lient_credentials") >= 0))


def minified_by_name(kind: str, name: str | None) -> bool:
    """A JavaScript file named as minifiers and bundlers name their output (`app.min.js`, `vendor.bundle.js`)."""
    return kind in _SCRIPT_KINDS and (name or "").lower().endswith(_MINIFIED_NAMES)


def has_minifier_signature(kind: str, text: str) -> bool:
    """Minified JavaScript/TypeScript: nearly all of a large file on a few very long lines, dense with code.

    Never Python (nobody minifies it). The density test (statements and calls: `;` and `(`) tells a
    minified bundle from a file holding one long literal (a base64 image, a data table), whose
    short lines of real code are still searched.
    """
    if kind not in _SCRIPT_KINDS or len(text) < 5000:
        return False
    long_lines = [line for line in text.splitlines() if len(line) > 1000]
    if not long_lines or len(long_lines) > 10:
        return False
    size = sum(len(line) for line in long_lines)
    if size < 0.9 * len(text):
        return False
    return sum(line.count(";") + line.count("(") for line in long_lines) >= size / 100
