"""The services a repository's Docker Compose files run as stand-ins for the platform: a request a test sends to
`http://platform:8080/api/v2/flows/executions` goes to a mock server when a compose file beside it (in its directory or
one above it, inside the checked tree: boundary.py) runs the service `platform` from a mock server's image (WireMock,
MockServer, Prism, Mockoon, Mountebank, Imposter, Smocker) or runs `flowlint serve`. A mock server named after a
service of the project's own (`scheduler: {image: wiremock/wiremock}`) stands in for that service, not the platform
(urls.stand_in_name decides, as it does for a host named `orders-mock`); a service of another image is no stand-in.

Each compose file is read once while unchanged (module_texts), and only when a request's host asks.
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING

from .boundary import in_checked_tree
from .kinds import compose_file

if TYPE_CHECKING:
    from .document import Limits

#: The mock servers' images, by a part of their repository's path (`wiremock/wiremock:3.3.1`, `stoplight/prism:5`,
#: `mockoon/cli`, `bbyars/mountebank`, `outofcoffee/imposter`, `thiht/smocker`).
_MOCK_IMAGES = frozenset({"wiremock", "mockserver", "prism", "mockoon", "mountebank", "imposter", "smocker"})
#: `flowlint serve` in a service's command or entrypoint, or flowlint's own image.
_FLOWLINT_SERVE = re.compile(r"flowlint[\s\"',\[\]]+serve\b")
#: Directories searched above a file (a bound: no tree is deeper), and compose files read in one.
_MOST_LEVELS = 64
_MOST_FILES = 16
_DERIVED = "compose_stand_ins"


def stand_in_services(name: str | None, limits: Limits) -> dict[str, bool]:
    """Each service name (and `container_name`, `hostname`) the compose files around the file at `name` declare, and
    whether it runs a mock server's image or `flowlint serve` (True: `flowlint serve`, a stand-in whatever its name;
    False: a mock server, as its name says what it doubles). A name two files declare differently is left out."""
    if name is None:
        return {}
    from .module_texts import directory_files, module_text

    found: dict[str, bool | None] = {}
    directory = os.path.dirname(os.path.abspath(name))
    for _ in range(_MOST_LEVELS):
        if not in_checked_tree(directory, limits):
            break
        for base in [base for base in directory_files(directory, (".yml", ".yaml"), 256) if compose_file(base.lower())][
                :_MOST_FILES]:
            path = os.path.join(directory, base)
            read = module_text(path, limits) if in_checked_tree(path, limits) else None
            if read is None:
                continue
            if _DERIVED not in read.derived:
                read.derived[_DERIVED] = _services(read.text)
            for service, (mock, serve) in read.derived[_DERIVED].items():
                kept = serve if mock else None
                found[service] = kept if found.get(service, kept) == kept else None
        parent = os.path.dirname(directory)
        if parent == directory:
            break
        directory = parent
    return {service: serve for service, serve in found.items() if serve is not None}


def _services(text: str) -> dict[str, tuple[bool, bool]]:
    """Each service name a compose file declares (its key, `container_name`, `hostname`), and whether it runs a mock
    server's image, and whether `flowlint serve`."""
    import yaml

    from .github_actions import node_at, yaml_root

    services = node_at(yaml_root(text), "services")
    found: dict[str, tuple[bool, bool]] = {}
    for key, service in services.value if isinstance(services, yaml.MappingNode) else []:
        if not isinstance(key, yaml.ScalarNode) or not isinstance(service, yaml.MappingNode):
            continue
        image = node_at(service, "image")
        repository = re.split(r"[:@]", str(image.value).lower(), maxsplit=1)[0] if isinstance(image, yaml.ScalarNode) \
            else ""
        run = " ".join(text[node.start_mark.index:node.end_mark.index] for node in (
            node_at(service, "command"), node_at(service, "entrypoint")) if node is not None)
        serve = _FLOWLINT_SERVE.search(run) is not None or "flowlint" in repository.split("/")[-1]
        mock = serve or any(part in _MOCK_IMAGES or part.startswith(("wiremock", "mockserver"))
                            for part in repository.split("/"))
        for named in (key, node_at(service, "container_name"), node_at(service, "hostname")):
            if isinstance(named, yaml.ScalarNode) and isinstance(named.value, str) and named.value:
                found[named.value.lower()] = (mock, serve)
    return found
