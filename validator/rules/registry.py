"""Which module makes each rule's findings: one line per rule (yamllint's registry is the model).

A rule's code, name, severity and documentation (with a bad and a good example) are its entry in
`core/codes.py`; this table says where its findings come from, so a reader goes from a code to the
check that emits it in one step. A new rule: its entry in core/codes.py, its line here, its check.
Module paths are relative to the `validator` package; the first is where the rule lives, any others
also emit it (a source that sees the mistake while reading, a guard that answers before a check).
"""

from __future__ import annotations

from ..core.codes import (
    BODY_NOT_JSON,
    BROKEN_CONTRACT,
    CONTENT_TYPE,
    DOUBTFUL_CONTRACT,
    DUPLICATE_KEY,
    ENCODING,
    FLOW_ID_IN_PATH,
    FLOW_PREFIX_CASE,
    FLOW_YAML_DIFFERS,
    HARD_CODED_TOKEN,
    INPUT_FORMAT,
    INPUT_NAME_CASE,
    INPUT_TYPE_MISMATCH,
    INTERNAL_ERROR,
    INVALID_FLOW_ID,
    LIMIT_EXCEEDED,
    MISSING_FLOW_ID,
    MISSING_FLOW_PREFIX,
    MISSING_INPUT,
    NO_CONTRACT,
    NO_JSON_NUMBER,
    NOT_AN_OBJECT,
    NOT_LAUNCHABLE,
    NOT_READ,
    NULL_MEMBER,
    PARSE_ERROR,
    PLATFORM_ANSWER,
    ROUNDED_INTEGER,
    SCHEMA_VIOLATION,
    SDK_ARGUMENTS,
    SDK_TO_DICT,
    SKIPPED_FILE,
    TOO_MANY_FINDINGS,
    UNAPPLIED_CONTRACT,
    UNDECLARED_MODEL_ATTRIBUTE,
    UNENCODABLE_VALUE,
    UNKNOWN_INPUT,
    UNKNOWN_MEMBER,
    UNREAD_LAUNCH,
    UNREADABLE_FILE,
    UNUSED_SUPPRESSION,
    VERSION_NOT_CHECKED,
    WHOLE_DECIMAL,
    WRONG_ENVELOPE,
    WRONG_HOST,
    WRONG_METHOD,
    WRONG_TYPE,
    YAML_IMPLICIT_TYPE,
)

EMITTERS: dict[str, tuple[str, ...]] = {
    PARSE_ERROR: ("sources.json_source", "sources.yaml_source"),
    DUPLICATE_KEY: ("sources.document", "sources.yaml_source", "sources.model"),  # fix: edits/duplicates.py (none in code)
    NOT_AN_OBJECT: ("rules.envelope", "sources.python"),
    ENCODING: ("sources.decode",),
    LIMIT_EXCEEDED: ("sources.document", "sources.json_source", "sources.code", "checker.engine", "api.check"),
    YAML_IMPLICIT_TYPE: ("sources.yaml_source", "sources.document"),
    UNREADABLE_FILE: ("sources.document",),
    TOO_MANY_FINDINGS: ("core.caps",),
    UNUSED_SUPPRESSION: ("checker.suppress",),
    SKIPPED_FILE: ("sources.extract", "sources.document"),
    UNREAD_LAUNCH: ("sources.extract",),
    NOT_READ: ("sources.extract",),
    UNDECLARED_MODEL_ATTRIBUTE: ("sources.python",),
    NO_JSON_NUMBER: ("rules.numbers", "sources.javascript"),
    ROUNDED_INTEGER: ("rules.numbers",),
    UNENCODABLE_VALUE: ("rules.numbers",),
    SCHEMA_VIOLATION: ("rules.envelope",),
    WRONG_ENVELOPE: ("rules.envelope",),
    UNKNOWN_MEMBER: ("rules.envelope",),
    # a launch sent with no body at all: rules.request; axios given `body` (it sends `data`): sources.javascript
    MISSING_FLOW_ID: ("rules.envelope", "rules.request", "sources.javascript"),
    INVALID_FLOW_ID: ("rules.envelope",),
    WRONG_TYPE: ("rules.envelope", "api.check"),
    FLOW_ID_IN_PATH: ("rules.request",),
    NULL_MEMBER: ("rules.nulls",),
    SDK_TO_DICT: ("genesys.sdk",),
    NO_CONTRACT: ("contracts.resolution",),
    MISSING_INPUT: ("rules.inputs",),
    UNKNOWN_INPUT: ("rules.inputs",),
    MISSING_FLOW_PREFIX: ("rules.inputs", "rules.envelope", "rules.repair"),
    INPUT_TYPE_MISMATCH: ("rules.inputs",),
    INPUT_FORMAT: ("rules.inputs",),
    NOT_LAUNCHABLE: ("rules.launchable",),
    VERSION_NOT_CHECKED: ("contracts.resolution",),
    WHOLE_DECIMAL: ("rules.inputs",),
    DOUBTFUL_CONTRACT: ("contracts.resolution",),
    FLOW_YAML_DIFFERS: ("contracts.resolution",),
    FLOW_PREFIX_CASE: ("rules.inputs", "rules.repair"),
    INPUT_NAME_CASE: ("rules.inputs",),
    UNAPPLIED_CONTRACT: ("rules.inputs",),
    WRONG_METHOD: ("rules.request",),
    WRONG_HOST: ("rules.request",),
    CONTENT_TYPE: ("rules.request",),
    BODY_NOT_JSON: ("rules.request",),
    HARD_CODED_TOKEN: ("rules.request",),
    PLATFORM_ANSWER: ("sources.har",),
    SDK_ARGUMENTS: ("sources.python", "sources.javascript"),
    INTERNAL_ERROR: ("checker.engine", "sources.document"),
    BROKEN_CONTRACT: ("contracts.resolution",),
}


def emitter(code: str) -> str:
    """The module (in `validator`) where a rule's findings are made."""
    return EMITTERS[code][0]
