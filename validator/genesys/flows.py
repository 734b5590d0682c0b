"""The flow endpoints: a flow by ID, a workflow by exact name, and the input schema of a version of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from .client import GenesysClient, GenesysError

MAX_PAGES = 1000


@dataclass(frozen=True)
class FlowInputs:
    """What a pull learns about one flow."""

    flow_id: str
    name: str
    type: str
    version_id: str
    input_schema: dict[str, Any]


class InputsUnknown(GenesysError):
    """The platform answered, but its reply holds no inputSchema: the flow's inputs are unknown (not "none")."""


def fetch_inputs(client: GenesysClient, flow_id: str, version: str | None = None) -> FlowInputs:
    """The input schema of a flow's published version, or of `version` when given.

    InputsUnknown when the version's reply holds no inputSchema: that says nothing about the inputs.
    """
    what = f"flow {flow_id}"
    flow = client.get(f"/api/v2/flows/{quote(flow_id, safe='')}", what=what)
    if not isinstance(flow, dict):
        raise GenesysError(f"Genesys Cloud's reply for {what} is not a flow object")
    answered = flow.get("id")
    if isinstance(answered, str) and answered.lower() != flow_id.lower():  # a proxy's or a stand-in's answer for another
        raise GenesysError(f"Genesys Cloud answered for flow {answered!r} when asked for {what}; nothing of it is used")
    name, kind = str(flow.get("name") or flow_id), str(flow.get("type") or "UNKNOWN")
    published = flow.get("publishedVersion")
    if version is None:
        if not isinstance(published, dict) or not published.get("id"):
            raise GenesysError(f"flow {name!r} ({flow_id}) has no published version: publish it in Architect first")
        version_id = str(published["id"])
    else:
        version_id = version
    reply = client.get(f"/api/v2/flows/{quote(flow_id, safe='')}/versions/{quote(version_id, safe='')}",
                       what=f"version {version_id} of flow {flow_id}")
    schema = reply.get("inputSchema") if isinstance(reply, dict) else None
    if schema is None:
        raise InputsUnknown(f"Genesys Cloud's reply for version {version_id} of flow {name!r} ({flow_id}) holds no "
                            "inputSchema, so its inputs are unknown")
    if not isinstance(schema, dict):
        raise GenesysError(f"the inputSchema of flow {name!r} ({flow_id}) is not an object")
    return FlowInputs(flow_id, name, kind, version_id, schema)


def find_workflow(client: GenesysClient, name: str) -> dict[str, Any]:
    """The one workflow named exactly `name`, walking every page (the server's filter is not exact)."""
    matches: list[dict[str, Any]] = []
    seen_names: list[str] = []
    page = 1
    while page <= MAX_PAGES:
        reply = client.get("/api/v2/flows", {"type": "workflow", "name": name, "pageSize": 100, "pageNumber": page},
                           what=f"the search for workflows named {name!r}")
        entities = reply.get("entities") if isinstance(reply, dict) else None
        if not isinstance(entities, list):
            raise GenesysError("Genesys Cloud's reply to the flow search holds no entities")
        for flow in entities:
            if isinstance(flow, dict):
                seen_names.append(str(flow.get("name")))
                if flow.get("name") == name:
                    matches.append(flow)
        page_count = reply.get("pageCount")
        if not entities or not isinstance(page_count, int) or page >= page_count:
            break
        page += 1
    if len(matches) == 1:
        return matches[0]
    if matches:
        ids = ", ".join(str(m.get("id")) for m in matches)
        raise GenesysError(f"{len(matches)} workflows are named {name!r} ({ids}): pull by ID instead")
    close = [n for n in seen_names if n.lower() == name.lower()] or seen_names[:5]
    hint = f"; similar names: {', '.join(repr(n) for n in close)}" if close else ""
    raise GenesysError(f"no workflow is named exactly {name!r}{hint}")
