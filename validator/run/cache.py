"""The result cache: a run remembers each file's result and reuses it while nothing it was made from changed.

An entry is keyed on the file's path and content (a BLAKE2b digest of its bytes), on how the run
found it (named or walked), and on the contract of every flow its launches looked up (a snapshot or
a flow's Architect YAML changed: exactly the files that launch that flow are checked again). The
whole cache file is keyed on flowlint's version and files, the versions of the libraries a check uses,
and the run's effective settings (config, severities, limits, output kind, working directory):
another run key is another file.

The cache lives in `.flowlint_cache/` at the project root (with a `.gitignore` of `*`, as ruff's).
It is untrusted input: every cache file carries a MAC made with a key kept outside the project
(`~/.cache/flowlint/cache-key`), so a cache file planted in the repository, copied from another
machine or corrupted is ignored, never trusted: its payload (marshal: a tenth of JSON's cost to write,
half to read) is decoded only once its MAC holds, as marshal asks; an entry is used only once its key matches again
and its content decodes to well-formed diagnostics about that very file. Files are read and written
without following links, and replaced atomically (a temporary file, then a rename): runs in parallel
(pre-commit) lose at most each other's new entries, never read half a file. A result holding
lines of other files (a body a request file reads) is not stored; lines are stored as the report
shows them (tokens masked), so the cache holds no secret the report would not print.
"""

from __future__ import annotations

import contextlib
import functools
import json
import marshal
import os
import stat
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..contracts.store import BrokenContract, Contract, Unavailable
from ..core.about import __version__
from ..core.codes import RULES
from ..core.diagnostics import Applicability, Diagnostic, Edit, Fix, Severity, Span
from ..core.paths import within

try:  # hashlib's own BLAKE2b and hmac's compare_digest, without loading OpenSSL (~3 ms of every run's start)
    from _blake2 import blake2b
    from _operator import _compare_digest as compare_digest
except ImportError:  # another Python than CPython
    from hashlib import blake2b
    from hmac import compare_digest  # type: ignore[no-redef]

DIRECTORY = ".flowlint_cache"
#: 3: an entry is "digest flags lookups" (a clean file) or that and its result; the contract lookups stored once
#: under their own digest ("lookups"); diagnostics keep their subject. 4: the MAC is keyed BLAKE2b, not HMAC.
#: 5: the payload is marshal's, not JSON (`<key>.cache`). 6: a result may hold a fourth part, its file's Mark.
FORMAT = 6
#: A cache file's name ends so; `.json`, that of formats 1 to 4, is pruned like one.
_SUFFIX = ".cache"
#: Seconds after which a run's temporary cache file is taken as left by a run that was killed.
_ABANDONED_AFTER = 3600
#: A cache file bigger than this is not read (and is replaced by this run's entries).
MAX_CACHE_BYTES = 128 << 20
#: Entries kept in one cache file: past this, the file keeps only the files of the last run.
MAX_ENTRIES = 250_000
#: Cache files (one per run key) kept in the directory; the least recently written go first.
MAX_CACHE_FILES = 8
_GITIGNORE = b"# Automatically created by flowlint.\n*\n"
_CACHEDIR_TAG = b"Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by flowlint.\n"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

#: What a lookup of a flow's contract gave, as (flow ID, version) -> fingerprint.
Used = dict[tuple[str, "str | None"], str]
_FLAGS = ("0", "1", "2", "3")
#: A cache entry as a check makes it: its key ("digest flags lookups-id"), the lookups by that id, its result
#: (None when clean).
Entry = tuple[str, str, list[Any], "list[Any] | None"]
#: What ResultCache.get gives for a file stored clean.
CLEAN_RECORD: list[Any] = []
#: A code file's launch URL bound to a module-level name other modules may import (run/imported.py's Binding, less
#: what it keeps of the file's URLs: the cache stores no URL a file writes): where the file's note is (line, column),
#: the exported names its binding stands for, and whether the note names it as exported.
Mark = tuple["tuple[int, int] | None", tuple[str, ...], bool]


def digest(data: bytes) -> str:
    """The content key of a file's bytes."""
    return blake2b(data, digest_size=16).hexdigest()


def mac(secret: bytes, payload: bytes | memoryview) -> bytes:
    """A cache file's MAC: BLAKE2b keyed with this user's secret (a MAC by design, RFC 7693), as hex."""
    return blake2b(payload, key=secret).hexdigest().encode("ascii")


def fingerprint(found: Contract | BrokenContract | Unavailable | None) -> str:
    """What a contract lookup gave, reduced to what a check can depend on."""
    if found is None:
        return "none"
    if isinstance(found, Unavailable):
        return "unavailable:" + found.reason
    if isinstance(found, BrokenContract):
        return f"broken:{found}:{getattr(found, 'source', None)}:{getattr(found, 'origin', None)}"
    parts = [found.input_schema, found.source, found.flow_id, found.flow_name, found.version, found.fetched_at,
             found.flow_type, found.disagreement, str(found.problem) if found.problem else None]
    return "contract:" + digest(json.dumps(parts, sort_keys=True, default=repr).encode("utf-8", "surrogatepass"))


class RecordingContracts:
    """A contract source that notes what each lookup gave (its fingerprint), for the files being checked."""

    def __init__(self, source: Any) -> None:
        self.source = source
        self.used: Used = {}
        self._prints: dict[tuple[str, str | None], str] = {}
        #: The source's note on a stale snapshot (a live source has one), found once: the engine asks for it per file,
        #: and a look-up through __getattr__ of a name the source lacks raises twice before it answers None.
        self.stale_note: Callable[[str], str | None] | None = getattr(source, "stale_note", None)

    def get(self, flow_id: str, version: str | None = None) -> Any:
        found = self.source.get(flow_id, version)
        key = (flow_id, version)
        prints = self._prints
        found_print = prints.get(key)
        if found_print is None:
            found_print = prints[key] = fingerprint(found)
        self.used[key] = found_print
        return found

    def current(self, flow_id: str, version: str | None) -> str:
        """The fingerprint a lookup gives now (once per run and flow)."""
        key = (flow_id, version)
        if key not in self._prints:
            self._prints[key] = fingerprint(self.source.get(flow_id, version))
        return self._prints[key]

    def __getattr__(self, name: str) -> Any:  # forkable, stale_note...: the source's own
        return getattr(self.source, name)


def run_key(parts: Mapping[str, Any]) -> str:
    """The key of a run's settings: another version, config or output kind is another cache file."""
    text = json.dumps({"format": FORMAT, "version": __version__, "code": code_stamp(), "python": sys.version,
                       "libraries": library_stamp(), "marshal": marshal.version, **parts}, sort_keys=True,
                      default=_stable)
    return digest(text.encode("utf-8", "surrogatepass"))


#: The name of flowlint's `*.dist-info` directory starts so, where pip installed it (not editable).
DIST_INFO = "genesys_flowlint-"


@functools.cache
def code_stamp() -> str:
    """flowlint's own files as they are here: an upgrade from git or an edited checkout keeps the version string, and
    must still never get this code's results."""
    return files_stamp(Path(__file__).resolve().parents[1])


def files_stamp(package: Path) -> str:
    """The stamp of the package's files: where pip installed it, the RECORD pip wrote of every file's hash (its path,
    size and modification time: one stat, as a reinstall writes it anew); else, in a checkout or an editable install,
    each file's path, size and modification time (no content read)."""
    with contextlib.suppress(OSError):
        for name in _names_in(str(package.parent)):
            if name.startswith(DIST_INFO) and name.endswith(".dist-info"):
                record = package.parent / name / "RECORD"
                info = os.stat(record)
                return digest(f"{record} {info.st_size} {info.st_mtime_ns}".encode("utf-8", "surrogatepass"))
    found = []
    stack = [str(package), str(package.parent / "schemas")]  # a checkout keeps the bundled schema beside the package
    while stack:
        directory = stack.pop()
        with contextlib.suppress(OSError), os.scandir(directory) as entries:
            for entry in entries:
                if entry.name.endswith((".py", ".json")) and entry.is_file(follow_symlinks=False):
                    info = entry.stat(follow_symlinks=False)
                    found.append(f"{entry.path} {info.st_size} {info.st_mtime_ns}")
                elif entry.name != "__pycache__" and entry.is_dir(follow_symlinks=False):
                    stack.append(entry.path)
    return digest("\n".join(sorted(found)).encode("utf-8", "surrogatepass"))


#: The distributions a check imports (normalized names): their behaviour shapes its results (a grammar's node types,
#: YAML's scalars, a JSON Schema validator's errors), so another version of one must never get the old results.
LIBRARIES = frozenset({
    "tree_sitter", "tree_sitter_javascript", "tree_sitter_typescript", "tree_sitter_python", "tree_sitter_hcl", "pyyaml",
    "jsonschema", "jsonschema_specifications", "referencing", "rpds_py", "attrs", "fastjsonschema", "regress",
    "google_re2", "pathspec", "markdown_it_py", "mdurl", "idna", "typing_extensions",
    *(("tomli",) if sys.version_info < (3, 11) else ()),
})


@functools.cache
def library_stamp() -> tuple[str, ...]:
    """The installed metadata directory of each of LIBRARIES that is found first on sys.path (`pyyaml-6.0.2.dist-info`:
    its name holds the version), by one listing of each directory, none of them imported (a warm run imports none)."""
    found: dict[str, str] = {}
    for directory in sys.path:
        for name in _names_in(directory or "."):
            if name.endswith(".dist-info"):
                key = name.partition("-")[0].lower().replace(".", "_")
                if key in LIBRARIES:
                    found.setdefault(key, name)
        if len(found) == len(LIBRARIES):
            break
    return tuple(sorted(found.values()))


@functools.cache
def _names_in(directory: str) -> tuple[str, ...]:
    """A directory's listing, read once a run: flowlint's own stamp and the libraries' both look in site-packages."""
    try:
        return tuple(os.listdir(directory))
    except OSError:
        return ()


def _stable(value: Any) -> Any:
    """A set sorted (its repr's order changes with each process's hash seed), anything else as its repr."""
    return sorted(value, key=repr) if isinstance(value, (set, frozenset)) else repr(value)


def user_cache_dir() -> Path:
    """This user's flowlint cache: the MAC key here, and --fetch's contracts (run/live.py)."""
    base = os.environ.get("FLOWLINT_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "flowlint")
    return Path(base)


def secret_key(directory: Path) -> bytes | None:
    """This user's key for cache MACs, made on first use (None when it cannot be had: then no cache)."""
    path = directory / "cache-key"
    for _ in range(2):
        try:
            fd = os.open(path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))  # a FIFO planted there: no wait
        except FileNotFoundError:
            _create_key(directory, path)
            continue
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size != 32 or info.st_uid != os.getuid():
                return None
            key = os.read(fd, 33)
        finally:
            os.close(fd)
        return key if len(key) == 32 else None
    return None


def _exclusive(directory: Path, prefix: str, suffix: str = "") -> tuple[int, str]:
    """A new file that only this call created (mode 0600), as tempfile.mkstemp makes one, without tempfile's imports
    (shutil, random and the compressors: a few milliseconds of every run's start)."""
    for _ in range(100):
        path = os.path.join(directory, f"{prefix}{os.urandom(8).hex()}{suffix}")
        try:
            return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0), 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name in {directory}")


def _create_key(directory: Path, path: Path) -> None:
    with contextlib.suppress(OSError):
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temporary = _exclusive(directory, ".cache-key.")
        try:
            os.write(fd, os.urandom(32))
            os.close(fd)
            with contextlib.suppress(FileExistsError):
                os.link(temporary, path)  # created whole or not at all; a run racing us keeps its own
        finally:
            os.unlink(temporary)


class ResultCache:
    """The entries of one run key: read once at the start of a run, written once at its end."""

    def __init__(self, directory: Path, key: str, secret: bytes) -> None:
        self.directory = directory
        self.key = key
        self.secret = secret
        self.path = directory / f"{key}{_SUFFIX}"
        self.new: dict[str, Any] = {}
        self.new_lookups: dict[str, list[Any]] = {}
        #: A lookups id -> whether every contract lookup it names gives the same contract now (once per run).
        self._fresh: dict[str, bool] = {}

    @functools.cached_property
    def _stored(self) -> tuple[dict[str, Any], dict[str, Any]]:
        return self._read()

    @property
    def entries(self) -> dict[str, Any]:
        """The stored entries, read (and their MAC checked) on first use."""
        return self._stored[0]

    @classmethod
    def open(cls, directory: Path, key: str, secret: bytes | None, *, root: Path) -> ResultCache | None:
        """The cache in `directory` (made if missing), or None where it cannot be used safely (a link, not ours, or
        out of the project `root` through a link on its way: judged on its real path before anything is made, and
        again once it is, so no directory or file is ever made out of the project)."""
        if secret is None or not within(str(directory), (str(root),)):
            return None
        try:
            info = os.lstat(directory)
        except FileNotFoundError:
            try:
                directory.parent.mkdir(parents=True, exist_ok=True)
                directory.mkdir(mode=0o755)
            except FileExistsError:
                pass  # a run in parallel made it meanwhile: judged below like any
            except OSError:
                return None
            else:
                if not within(str(directory), (str(root),)):  # a link swapped in on the way meanwhile
                    return None
                _write_new(directory / ".gitignore", _GITIGNORE)
                _write_new(directory / "CACHEDIR.TAG", _CACHEDIR_TAG)
            try:
                info = os.lstat(directory)
            except OSError:
                return None
        except OSError:
            return None
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            return None  # a link (planted, or leading out) or someone else's directory: not used
        return cls(directory, key, secret)

    def share(self, paths: list[str]) -> float:
        """The share of these files that have an entry (a warm run needs no workers)."""
        entries = self.entries
        return sum(1 for path in paths if path in entries) / len(paths) if paths else 0.0

    def get(self, path: str, content: str, flags: int, current: Callable[[str, str | None], str]) -> Any:
        """The stored result of a file (CLEAN_RECORD for a clean one, else to decode()) when its key matches now
        (content, flags, every contract it used); else None."""
        found = _entry(self._stored[0].get(path))
        if found is None:
            return None
        head, record = found
        key = f"{content} {_FLAGS[flags]} "
        lookups_id = head[len(key):]
        if not head.startswith(key) or " " in lookups_id:
            return None
        fresh = self._fresh.get(lookups_id)
        if fresh is None:
            fresh = self._fresh[lookups_id] = _unchanged(self._stored[1].get(lookups_id), current)
        return record if fresh else None

    def put(self, path: str, entry: Entry, imports: bytes | None = None) -> None:
        """Store a file's entry; `imports`: what its imports name modules by (import_index.py), kept beside it."""
        head, lookups_id, lookups, record = entry
        if imports:
            self.new[path] = [head, record or [], imports]
        else:
            self.new[path] = head if record is None else [head, record]
        self.new_lookups[lookups_id] = lookups

    def imports_of(self, path: str) -> bytes | None:
        """What the imports of a file whose stored result get() gave name modules by, when stored (put's `imports`)."""
        stored = self._stored[0].get(path)
        return stored[2] if type(stored) is list and len(stored) == 3 and type(stored[2]) is bytes else None

    def save(self) -> None:
        """Write this run's entries over what the file holds now (another run may have written since)."""
        if not self.new:
            return
        entries, lookups = self._read()
        if len(entries) + len(self.new) > MAX_ENTRIES:
            entries = {}
        # The lookups named by an entry kept: this run's, and those of the stored entries it did not replace.
        named = set(self.new_lookups)
        named.update(lookups_id for path, stored in entries.items() if path not in self.new
                     and (found := _entry(stored)) is not None and (lookups_id := _lookups_id(found[0])) is not None)
        entries.update(self.new)
        lookups.update(self.new_lookups)
        lookups = {key: value for key, value in lookups.items() if key in named}  # those of entries gone go too
        try:
            payload = marshal.dumps({"format": FORMAT, "key": self.key, "lookups": lookups, "entries": entries})
        except ValueError:
            return
        if len(payload) > MAX_CACHE_BYTES:
            return
        try:
            fd, temporary = _exclusive(self.directory, ".tmp-", _SUFFIX)
        except OSError:
            return
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(mac(self.secret, payload) + b"\n")
                handle.write(payload)
            os.replace(temporary, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            return
        self._prune()

    def _read(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The entries and lookups of the cache file, when it is a regular file whose MAC and key are right; else none
        (each entry is checked when used: get(), _unchanged() and decode())."""
        try:
            fd = os.open(self.path, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return {}, {}
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_CACHE_BYTES:
                return {}, {}
            with os.fdopen(os.dup(fd), "rb") as handle:
                data = handle.read(MAX_CACHE_BYTES + 1)
        except OSError:
            return {}, {}
        finally:
            os.close(fd)
        # The MAC line, then the payload; read in place (a 2 MB copy costs more than its length suggests: fresh pages).
        start = data.find(b"\n") + 1
        if not start or not compare_digest(data[:start - 1], mac(self.secret, payload := memoryview(data)[start:])):
            return {}, {}  # corrupt, or not made by this user's flowlint: never given to marshal
        try:
            content = marshal.loads(payload)
        except (ValueError, EOFError, TypeError):
            return {}, {}
        if not (isinstance(content, dict) and content.get("format") == FORMAT and content.get("key") == self.key
                and isinstance(content.get("entries"), dict) and isinstance(content.get("lookups"), dict)):
            return {}, {}
        return content["entries"], content["lookups"]

    def _prune(self) -> None:
        with contextlib.suppress(OSError):
            entries = [entry for entry in os.scandir(self.directory) if entry.is_file(follow_symlinks=False)]
            files = [entry for entry in entries if _cache_file(entry.name)]
            files.sort(key=lambda entry: entry.stat(follow_symlinks=False).st_mtime, reverse=True)
            for old in files[MAX_CACHE_FILES:]:
                os.unlink(old.path)
            # A run killed while writing leaves its temporary file: gone after an hour (a running one is seconds old).
            stale = time.time() - _ABANDONED_AFTER
            for entry in entries:
                if _temporary_file(entry.name) and entry.stat(follow_symlinks=False).st_mtime < stale:
                    os.unlink(entry.path)


def _temporary_file(name: str) -> bool:
    """Whether a name is a run's temporary cache file (`.tmp-<16 hex digits>.cache`, made by _exclusive)."""
    return name.startswith(".tmp-") and name.endswith(_SUFFIX) and _hex(name[5:-len(_SUFFIX)], 16)


def _hex(text: str, digits: int) -> bool:
    return len(text) == digits and text.strip("0123456789abcdef") == ""


def _cache_file(name: str) -> bool:
    """Whether a name is one of a cache's files (a run key's digest; up to format 4 it ended in .json), never a run's
    temporary file: only those are pruned, as `cache-dir` may name a directory that holds the user's own files."""
    stem, dot, suffix = name.partition(".")
    return dot == "." and suffix in ("cache", "json") and _hex(stem, 32)


def _entry(stored: Any) -> tuple[str, list[Any]] | None:
    """A stored entry's key ("content flags lookups-id") and result (CLEAN_RECORD for a clean file, stored as its key
    alone), or None when it is not one: the one reading of an entry, for get() and save()."""
    if type(stored) is str:
        return stored, CLEAN_RECORD
    if type(stored) is list and len(stored) in (2, 3) and type(stored[0]) is str and type(stored[1]) is list:
        return stored[0], stored[1] or CLEAN_RECORD  # ([head, [], imports]: a clean file with its imports kept)
    return None


def _lookups_id(head: str) -> str | None:
    """The lookups id of an entry's key, or None when the key is not one."""
    parts = head.split(" ")
    return parts[2] if len(parts) == 3 else None


def _write_new(path: Path, content: bytes) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)


def _unchanged(lookups: Any, current: Callable[[str, str | None], str]) -> bool:
    """Whether every contract lookup an entry names ([[flow, version, fingerprint], ...]) gives the same now."""
    if not isinstance(lookups, list):
        return False
    for item in lookups:
        if not (isinstance(item, list) and len(item) == 3 and isinstance(item[0], str)
                and (item[1] is None or isinstance(item[1], str)) and isinstance(item[2], str)):
            return False
        if current(item[0], item[1]) != item[2]:
            return False  # a contract it was checked against changed
    return True


# Results as JSON: what a report needs of a file, and nothing it could not check again.

def entry(content: str, flags: int, used: Used, diagnostics: list[Diagnostic], lines: dict[int, str],
          suppressed: tuple[str, ...], mark: Mark | None = None) -> Entry:
    """What the cache stores for a file: its key (content digest, flags, the id of the contract lookups it made), the
    lookups, and its result (None when clean: a warm run gives back CLEAN without decoding anything)."""
    lookups_id, lookups = _lookups(tuple(used.items()))
    record = encode(diagnostics, lines, suppressed, mark) if diagnostics or suppressed or mark is not None else None
    return f"{content} {_FLAGS[flags]} {lookups_id}", lookups_id, lookups, record


def clean_entry(content: str, flags: int, used: Used) -> Entry:
    """entry() of a clean file (most files of a cold run), with nothing else to build."""
    lookups_id, lookups = _lookups(tuple(used.items()))
    return f"{content} {_FLAGS[flags]} {lookups_id}", lookups_id, lookups, None


@functools.lru_cache(maxsize=256)  # a run's files share a few flows: their lookups are written and digested once
def _lookups(used: tuple[tuple[tuple[str, str | None], str], ...]) -> tuple[str, list[list[Any]]]:
    lookups = sorted(([flow, version, found] for (flow, version), found in used), key=lambda item: (item[0], item[1] or ""))
    return digest(json.dumps(lookups, separators=(",", ":")).encode("utf-8", "surrogatepass")), lookups


def encode(diagnostics: list[Diagnostic], lines: dict[int, str], suppressed: tuple[str, ...], mark: Mark | None = None
           ) -> list[Any]:
    record = [[_diagnostic(d) for d in diagnostics], [[number, text] for number, text in lines.items()], list(suppressed)]
    if mark is not None:
        note, names, exact = mark
        record.append([None if note is None else list(note), list(names), exact])
    return record


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.line, span.column, span.end_line, span.end_column]


def _diagnostic(d: Diagnostic) -> list[Any]:
    fix = None
    if d.fix is not None:
        # A masked secret stays masked (only a report reads these), and says it is (5 items): no output publishes it.
        edits = None if d.fix.edits is None else [[e.start, e.end, e.shown_content, _span(e.span), *((True,) if e.masked else ())]
                                                  for e in d.fix.edits]
        fix = [d.fix.applicability.value, d.fix.message, edits, d.fix.pending, d.fix.partial]
    return [d.code, d.severity.value, d.message, d.help, d.pointer, _span(d.span), fix, d.subject, d.partly_unread]


class Malformed(Exception):
    """A cache entry that does not decode to well-formed diagnostics of the file it is stored for."""


def decode(record: Any, path: str) -> tuple[list[Diagnostic], dict[int, str], tuple[str, ...], Mark | None]:
    """A stored result, checked part by part (Malformed otherwise): every diagnostic is about `path` itself.

    Exact types only (`type(...) is`), as marshal and pickle give them back: a warm run decodes every stored
    finding, and a parallel run every finding a worker found."""
    if not (type(record) is list and len(record) in (3, 4) and all(type(part) is list for part in record)):
        raise Malformed
    found, lines, suppressed = record[:3]
    mark = _decoded_mark(record[3]) if len(record) == 4 else None
    diagnostics = [_decoded(item, path) for item in found]
    text: dict[int, str] = {}
    for item in lines:
        if not (type(item) is list and len(item) == 2 and _int(item[0]) and type(item[1]) is str):
            raise Malformed
        text[item[0]] = item[1]
    for code in suppressed:
        if not (type(code) is str and code in RULES):
            raise Malformed
    return diagnostics, text, tuple(suppressed), mark


def _decoded_mark(value: list[Any]) -> Mark:
    if len(value) != 3:
        raise Malformed
    note, names, exact = value
    if not (note is None or (type(note) is list and len(note) == 2 and _int(note[0]) and _int(note[1]))) \
            or type(names) is not list or not all(type(name) is str and name for name in names) or type(exact) is not bool:
        raise Malformed
    return (None if note is None else (note[0], note[1])), tuple(names), exact


_SEVERITIES = {severity.value: severity for severity in Severity}
_APPLICABILITIES = {applicability.value: applicability for applicability in Applicability}


def _int(value: Any) -> bool:
    return type(value) is int and value >= 0  # not a bool (a subclass of int)


def _decoded_span(value: Any) -> Span | None:
    if value is None:
        return None
    if not (type(value) is list and len(value) == 4):
        raise Malformed
    line, column, end_line, end_column = value
    if not (type(line) is int and type(column) is int and type(end_line) is int and type(end_column) is int
            and min(line, column, end_line, end_column) >= 0):
        raise Malformed
    return Span(line, column, end_line, end_column)


def _decoded(item: Any, path: str) -> Diagnostic:
    if not (type(item) is list and len(item) == 9):
        raise Malformed
    code, severity, message, help_text, pointer, span, fix, subject, partly_unread = item
    rule = RULES.get(code) if type(code) is str else None
    level = _SEVERITIES.get(severity) if type(severity) is str else None
    if rule is None or level is None or not (type(message) is str and type(help_text) is str
                                             and (pointer is None or type(pointer) is str) and type(subject) is str
                                             and type(partly_unread) is bool):
        raise Malformed
    return Diagnostic(code, rule.name, level, message, help_text, pointer, path, _decoded_span(span),
                      None if fix is None else _decoded_fix(fix), subject, partly_unread)


def _decoded_fix(value: Any) -> Fix | None:
    if value is None:
        return None
    if not (type(value) is list and len(value) == 5 and type(value[0]) is str and value[0] in _APPLICABILITIES
            and type(value[1]) is str and type(value[3]) is bool and type(value[4]) is bool):
        raise Malformed
    edits = None
    if value[2] is not None:
        if type(value[2]) is not list:
            raise Malformed
        edits = []
        for edit in value[2]:
            if not (type(edit) is list and (len(edit) == 4 or (len(edit) == 5 and edit[4] is True)) and _int(edit[0])
                    and _int(edit[1]) and edit[0] <= edit[1] and type(edit[2]) is str):
                raise Malformed
            edits.append(Edit(edit[0], edit[1], edit[2], _decoded_span(edit[3]), edit[2] if len(edit) == 5 else None))
    return Fix(_APPLICABILITIES[value[0]], value[1], (), tuple(edits) if edits is not None else None, value[3], value[4])
