"""Near misses of the launch path: a path written a few letters or a segment away from /api/v2/flows/executions
(`/api/v2/flows/execution`, `/api/v2/flow/executions`, `/api/v1/flows/executions`, `/v2/flows/executions`) that no
endpoint of the platform answers, so a launch sent there gets a 404 and says nothing of why.

Never a guess: the distance is small and per segment, compared case-insensitively, and no path of the platform's own
API is one (tests/test_wrong_path.py checks every path of the official Python SDK, purecloudplatformclientv2). A flow's
own path, `/api/v2/flows/{flowId}`, takes a UUID: a word such as `execution` in its place is no flow ID. A path the
platform routes to the launch endpoint once normalised (another case, a final `/`: api/routes.py) is the launch path
itself, not a near miss.
"""

from __future__ import annotations

import re

#: What the launch path's segments are: the API's prefix, its version, the resource and the action.
_API, _VERSION, _FLOWS, _EXECUTIONS = "api", "v2", "flows", "executions"
#: A version segment: `v2` is the launch's; another (`v1`, `v3`) is a version the platform has no such path in.
_VERSION_SEGMENT = re.compile(r"v[0-9]{1,2}")
#: The most segments a path written as a near miss has: api, a version, flows and executions.
_MOST_SEGMENTS = 4
#: The most edits (a letter added, dropped, changed or two swapped) a resource's or an action's word may be from the
#: launch's: one in `flows` (`flow`, `flws`), two in `executions` (`execution`, `exections`, `exectuions`, `executons`).
_WORD_EDITS = {_FLOWS: 1, _EXECUTIONS: 2}
#: The most differences in all (each edit, a missing or other segment counting one): `/api/v1/flow/execution` is
#: three away and still nothing else; more is a path of something else.
_MOST_DIFFERENCES = 3
#: How far into the action's word its `x` may stand, as written: at most two letters added before it (`ecxecutions`).
#: The prefilter's byte scan finds an `x` at most this far after a `/` (kinds.LAUNCH_OR_NEAR_MISS): keep them together.
X_WITHIN = 4


def edits(word: str, target: str, most: int) -> int:
    """The optimal string alignment distance between two words (Damerau-Levenshtein, each letter edited once), or
    `most + 1` when it is more than `most`: bounded work (the words are segments of at most 20 letters)."""
    if abs(len(word) - len(target)) > most or len(word) > 20:
        return most + 1
    previous2: list[int] = []
    previous = list(range(len(target) + 1))
    for i, letter in enumerate(word, 1):
        current = [i] + [0] * len(target)
        for j, wanted in enumerate(target, 1):
            cost = 0 if letter == wanted else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and letter == target[j - 2] and word[i - 2] == wanted:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return min(previous[-1], most + 1)


def near_miss(path: str) -> bool:
    """Whether a literal URL path (no query, no fragment) is a near miss of the launch path: each of its segments the
    launch's or a few letters from it, compared case-insensitively, at least one of them different, and no more than
    _MOST_DIFFERENCES in all. `/api` and the version may be missing (`/v2/flows/executions`, `/flows/executions` on an
    API host) or another version (`/api/v1/…`); flows and executions are always there, the action's word holding
    an `x` as written in its first four letters (`execution`, `exucutions`, `ecxecutions`, `Executions`), which the
    prefilter's one byte scan finds (kinds.LAUNCH_OR_NEAR_MISS): a word that lost its `x` (`eecutions`) or is all in
    capitals is not read. A path the platform routes as the launch's (`/api/v2/Flows/Executions`, `…/executions/`) is
    no near miss: it is the launch path."""
    if not path.startswith("/") or "//" in path:
        return False
    written = path[1:].removesuffix("/").split("/")
    if not 2 <= len(written) <= _MOST_SEGMENTS or any(segment in ("", ".", "..") for segment in written):
        return False
    if "x" not in written[-1][:X_WITHIN]:
        return False  # (what the byte scan that lets a file be read looks for: kinds.LAUNCH_OR_NEAR_MISS)
    *prefix, resource, action = (segment.lower() for segment in written)
    differences = 0
    for word, target in ((resource, _FLOWS), (action, _EXECUTIONS)):
        most = _WORD_EDITS[target]
        differences += (distance := edits(word, target, most))
        if distance > most:
            return False
    if prefix == [_API, _VERSION]:
        pass
    elif len(prefix) == 2 and prefix[0] == _API and _VERSION_SEGMENT.fullmatch(prefix[1]):
        differences += 1  # another version: /api/v1/flows/executions
    elif len(prefix) == 1 and (prefix[0] == _API or _VERSION_SEGMENT.fullmatch(prefix[0])):
        differences += 1 + (prefix[0] not in (_API, _VERSION))  # /v2/…, /api/…: a segment missing (and /v1/…)
    elif not prefix:
        differences += 2  # /flows/executions on an API host: /api/v2 missing
    else:
        return False
    return 0 < differences <= _MOST_DIFFERENCES
