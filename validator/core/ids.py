"""Flow IDs are UUIDs: one definition for every place that recognises one."""

from __future__ import annotations

import re
from typing import Any

from .patterns import OnFirstUse
from .placeholders import MASK_TEXT, TEMPLATE_VALUE_TEXT

UUID_TEXT = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_UUID = re.compile(UUID_TEXT)


def is_uuid(value: Any) -> bool:
    """Whether a value is a UUID string (either case), as flow IDs are."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def find_uuid(text: str) -> str | None:
    """The first UUID inside a text (`{…}`, `urn:uuid:…`, padded with spaces)."""
    match = _UUID.search(text)
    return match.group() if match else None


#: What a document's author writes for the reader to fill in, by the shapes samples use: a word in capitals among
#: them that says so (YOUR_FLOW_ID, FLOW_ID_HERE, REPLACE_WITH_FLOW_ID, FLOW_ID), a name that starts with "your"
#: (your-flow-id, yourFlowId), one in lower case that says so (flow-id-here, flow_id, my-workflow-id), or an x-masked
#: UUID (xxxxxxxx-xxxx-…). A name written otherwise (my-flow, IVR_MAIN, Customer Callback) is no placeholder. Each
#: repetition consumes one piece that only one way of reading matches (a value that almost is one fails in linear time).
_WRITTEN_WORDS = (
    r"(?:[A-Z0-9]+[_-])*(?:ID|YOUR|HERE|PLACEHOLDER|REPLACE|INSERT|CHANGEME|TODO|TBD)(?:[_-][A-Z0-9]+)*"
    r"|[Yy][Oo][Uu][Rr](?:[_-]?[A-Za-z0-9])*"
    r"|(?:[a-z0-9]+[_-])*(?:here|placeholder|changeme|(?:work)?flow[_-]?id)(?:[_-][a-z0-9]+)*"
    r"|(?=[^xX]*[xX])[0-9a-fA-FxX]{8}-[0-9a-fA-FxX]{4}-[0-9a-fA-FxX]{4}-[0-9a-fA-FxX]{4}-[0-9a-fA-FxX]{12}"
    r"|[xX]{3,}(?:-[xX]+)*")
#: Words in brackets that tell the reader to fill in a flow ID ("your flow id", "Flow ID", "insert flow id here"):
#: filler words, then one that says so, then either (each a word of its own: one reading of them).
_SAYS_FILL_IN = r"(?:(?:work)?flowid|id|identifier|uuid|guid|your|here|insert|enter|replace|placeholder)"
_FILLER = r"(?:my|the|a|an|put|paste|with|flow|workflow|architect|value|of|this|for)"
_SAID = rf"(?i:(?:{_FILLER}[ _-]+)*{_SAYS_FILL_IN}(?:[ _-]+(?:{_SAYS_FILL_IN}|{_FILLER}))*)"
#: A written placeholder in square brackets, `<<…>>` or parentheses, as READMEs and vendor docs write them
#: (`[FLOW_ID]`, `[your flow id]`, `<<FLOW_ID>>`, `(flow id)`); `[Prod] Callback`, `[Billing]` are names. The inside
#: of a capitals' or "your" form is looked at as a whole word first (no backtracking into it).
_BRACKETED = "|".join(rf"{opening}(?:(?=[\w-]{{1,80}}{closing}\Z)(?:{_WRITTEN_WORDS})|{_SAID}){closing}"
                      for opening, closing in ((r"\[", r"\]"), ("<<", ">>"), (r"\(", r"\)")))
_WRITTEN_PLACEHOLDER = rf"(?=[\w-]{{1,80}}\Z)(?:{_WRITTEN_WORDS})|(?=[^\n]{{3,84}}\Z)(?:{_BRACKETED})"
#: A template's placeholder filled in before a body is sent: {{flowId}}, ${FLOW_ID}, $FLOW_ID, <flow-id>, %FLOW_ID%,
#: #{FlowId}#, $(FLOW_ID), {flowId}, :flowId, %(flow_id)s... (core.placeholders: every syntax's one recogniser).
TEMPLATE_PLACEHOLDER = OnFirstUse(TEMPLATE_VALUE_TEXT)
#: A template's placeholder, or one written for a document's reader (YOUR_FLOW_ID, your-flow-id, xxxxxxxx-xxxx-…,
#: `...`, `***`).
PLACEHOLDER = OnFirstUse(f"{TEMPLATE_VALUE_TEXT}|{_WRITTEN_PLACEHOLDER}|(?:{MASK_TEXT})")
#: An ID a document shortens, the rest of it left out (`8f3c2a1e-...`, `8f3c…7c90`): the reader's own goes there.
ELIDED_ID = OnFirstUse(r"(?=[^\n]{4,80}\Z)[0-9a-fA-F-]*(?:\.{3,}|…)[0-9a-fA-F-]*")
