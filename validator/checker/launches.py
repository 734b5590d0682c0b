"""Launches in code and request files as checked documents: the request rules' findings (FL106, FL3xx)
beside what the source found, and each launch's own editor for its fixes.

Extraction is the sources' (sources/extract.py); this module adds what needs the rules and editors.
"""

from __future__ import annotations

import os
from contextvars import ContextVar

from ..contracts.architect import load_flow_yaml, reading_key
from ..contracts.resolution import NOT_CHECKED
from ..contracts.store import BrokenContract, Contract
from ..core.codes import NO_CONTRACT
from ..core.diagnostics import Finding
from ..core.filestamp import Stamp, stamp_of
from ..core.paths import within
from ..core.printable import printable
from ..core.stop import checkpoint
from ..rules.numbers import number_findings
from ..rules.request import check_request
from ..sources import module_texts
from ..sources.boundary import flow_tree
from ..sources.document import DEFAULT_LIMITS, Document, Limits
from ..sources.extract import SOURCE_SUFFIXES, LaunchDocument, extract, load_launches, source_kind
from ..sources.module_texts import edited_text

__all__ = ["SOURCE_SUFFIXES", "LaunchDocument", "extract", "load_source", "source_kind"]

#: Files whose bodies are parsed from JSON text: no number in them is one a code reader marks (NoJsonNumber,
#: RoundedInteger), so the walk over every value (seconds on a large body) finds nothing.
_JSON_TEXT_KINDS = frozenset({"saved-request", "har", "postman"})


#: The clients that encode a `json=` body with json.dumps and nothing else (aiohttp's session may be given its own).
_JSON_DUMPS_CLIENTS = frozenset({"requests", "httpx"})


def load_source(kind: str, data: bytes, name: str | None, limits: Limits = DEFAULT_LIMITS, *, named: bool = True) -> list[Document]:
    """The documents of a code or request file: one per launch; none when it holds no launch."""
    documents = load_launches(kind, data, name, limits, named=named)
    launches = [d for d in documents if isinstance(d, LaunchDocument) and d.launch is not None]
    if not launches:
        return documents  # most code files: no launch, no editor to load
    from ..edits.code_editor import Extractions, LaunchEditor  # the editors load with the first launch only

    # Every launch's fixes are rendered against the launches extracted here, not extracted again per fix.
    extractions = Extractions(kind, name, limits, launches[0].text, [d.request for d in launches])
    for document in launches:
        checkpoint()  # (an editor's overtaken check stops between launches)
        document.findings[:0] = check_request(document.request, document.line_index)
        if document.parsed and kind not in _JSON_TEXT_KINDS:
            request = document.request
            client = request.kind if request.kind in _JSON_DUMPS_CLIENTS and request.sends == "json" else None
            unjudged = request.client_unknown if limits.verbose and request.sends == "json" else None
            document.findings.extend(number_findings(document.value, client, unjudged))
        document.editor = LaunchEditor(kind, name, document.launch or 0, limits, extractions)
    for linked in documents:  # a launch, or a body read from another file (a templatefile() template), naming its flow
        if isinstance(linked, LaunchDocument) and linked.request.flow_file is not None:
            _link_contract(linked, linked.request.flow_file, limits, linked.request.flow_fills)
    return documents


def _link_contract(document: LaunchDocument, path: str, limits: Limits, fills: tuple[tuple[str, str], ...] = ()) -> None:
    """The linked flow's contract on the document; a YAML outside the checked tree and the project (by `..` or a link)
    is not read, and a note says so: its inputs stay unknown, never checked against a file the run was not asked to
    read."""
    if not within(path, flow_tree(limits)):
        document.findings.append(Finding(
            NO_CONTRACT, ("flowId",), f"the inputs of this flow are unknown: its Architect YAML ({printable(path)}) is "
            f"outside the checked tree, and flowlint reads nothing outside it; {NOT_CHECKED}",
            "check a directory that holds the flow's YAML too (the paths named are the checked tree)", subject=f"outside {path}"))
        return
    if fills and not _fill_allowed(path, fills):
        fills = ()  # (its placeholders are read as unknown: no finding rests on a name a fill would have given)
        document.findings.append(Finding(
            NO_CONTRACT, ("flowId",), f"the inputs this flow's {{{{placeholders}}}} name are unknown: its Architect YAML "
            f"({printable(path)}) is deployed with more than {MAX_FILLS_PER_FLOW} different `substitutions`, and flowlint "
            f"fills it for the first {MAX_FILLS_PER_FLOW} only (each filling reads the whole YAML); the other inputs "
            "are checked", "deploy the flow with fewer distinct substitutions, or check this module on its own",
            subject=f"fills {path}"))
    document.contract = linked_contract(path, limits, fills)


#: The most distinct `substitutions` one flow YAML is filled with in a run: each filling parses the whole YAML again,
#: so R resources sharing a YAML of S inputs, each filled differently, would cost R x S.
MAX_FILLS_PER_FLOW = 16
#: The fillings asked of each flow YAML in the run under way (module_texts.this_run), the calling check's own: the editor
#: server checks documents in several threads, each its own run, and one count for all of them (cleared by whichever
#: started last) counted one document's fillings against another's (a note that it fills the YAML for the first
#: MAX_FILLS_PER_FLOW only, said of a document that asked fewer) or cleared a document's count under it.
_FILLS: ContextVar[tuple[int, dict[str, set[tuple[tuple[str, str], ...]]]] | None] = ContextVar("flowlint_fills",
                                                                                              default=None)


def _fill_allowed(path: str, fills: tuple[tuple[str, str], ...]) -> bool:
    """Whether a launch's YAML may be filled with `fills` this run: one of the first MAX_FILLS_PER_FLOW distinct ones
    asked of it (counted whether or not a reading is cached, so a run's result never depends on an earlier run)."""
    run = module_texts.this_run()
    counted = _FILLS.get()
    if counted is None or counted[0] != run:
        counted = (run, {})
        _FILLS.set(counted)
    asked = counted[1].setdefault(os.path.realpath(path), set())
    if fills in asked:
        return True
    if len(asked) >= MAX_FILLS_PER_FLOW:
        return False
    asked.add(fills)
    return True


_LINKED: dict[tuple[str, Stamp | str, tuple[str, ...], tuple[tuple[str, str], ...]], Contract | BrokenContract] = {}


def linked_contract(path: str, limits: Limits, fills: tuple[tuple[str, str], ...] = ()) -> Contract | BrokenContract:
    """The contract of the flow a launch names in its source (Terraform's genesyscloud_flow.<name>.id), its YAML's
    placeholders filled with the resource's literal `fills`, read once while the file stays as it was. A file modified
    too recently for its stamp to tell (core/filestamp.py) is keyed on its bytes' digest instead: its bytes are read
    for each launch naming it, and parsed once per content, so a fresh file costs what an aged one does, and a rewrite
    its stamp cannot see (within one run or between runs of `flowlint lsp`/`serve`) is still read anew."""
    # The tree _link_contract kept it to (the named paths and the project, boundary.flow_tree), not the working
    # directory's: a project named from outside it reads its flow YAML. No roots (a library call naming its file): any
    # path.
    tree = limits.body_roots or limits.roots
    roots = (*tree, *limits.flow_roots) if tree else None
    try:  # what it may read depends on the roots
        stamp = stamp_of(os.stat(path))
    except OSError as err:
        return BrokenContract(f"cannot read {path}: {err.strerror or err}", source=path, origin="flow-yaml")
    if edited_text(path) is not None:  # an editor's unsaved text of the YAML (flowlint lsp): read anew, never kept
        return _load_linked(path, roots, fills)
    try:
        version, data = reading_key(path, stamp, roots, path)
    except BrokenContract as err:
        return err.located(path, "flow-yaml")
    key = (os.path.realpath(path), version, roots or (), fills)
    found = _LINKED.get(key)
    if found is None:
        found = _load_linked(path, roots, fills, data)
        if len(_LINKED) > 256:
            _LINKED.clear()
        _LINKED[key] = found
    return found


def _load_linked(path: str, roots: tuple[str, ...] | None, fills: tuple[tuple[str, str], ...],
                 data: bytes | None = None) -> Contract | BrokenContract:
    try:
        return load_flow_yaml(path, roots=roots, fills=dict(fills), data=data)
    except BrokenContract as err:
        return err.located(path, "flow-yaml")

