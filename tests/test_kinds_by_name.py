"""A walked file's kind by its name, asked of every file of a tree (kinds.named_kind, kinds.only_searched), decides
what its general form does: the suffix of the name lowered whole, then the base name's rules (_kind_by_name)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from validator.sources import kinds

#: Pieces a path is made of: separators, dots, the suffixes and base names the rules tell apart, in any case, and
#: characters whose lower case is longer or context-dependent (İ, Σ, the Kelvin sign).
PIECES = st.sampled_from(["/", "\\", ".", "./", "..", "a", "B", "file", "FILE", "Dockerfile", "dockerfile.", ".dockerfile",
                          "Makefile", "jenkinsfile", "Containerfile", ".tf", ".TF", ".json", ".JSON", ".yaml", ".yml",
                          ".js", ".TS", ".py", ".go", ".Go", ".kt", ".i3", ".i3WorkFlow", ".http", ".md", ".tf.json", "İ",
                          "Σ", "\u212a", "é", " ", "-"])
NAMES = st.lists(PIECES, max_size=8).map("".join)
EXAMPLES = ["Dockerfile", "./a/Dockerfile", "x/Dockerfile.dev", "app.dockerfile", "a.b/makefile", "x.TF.JSON", "y.i3WorkFlow",
            "z.json", "q.yaml", "noext", "a\\b\\Makefile", "file.js", "profile.py", "./.github/x.yml", "İ.JS", ".tf.json",
            "Jenkinsfile.groovy", "dockerfile.", "x.Containerfile", "main.GO", "a.\u212at", "pkg/module1.ts", "api/launch.HTTP"]


def _named_kind(name: str) -> str | None:
    lowered = name.lower()
    suffix = kinds._kind_suffix(lowered)
    return None if suffix in kinds._DECIDED_BY_BYTES else kinds._kind_by_name(lowered, suffix)


def _only_searched(name: str) -> bool:
    lowered = name.lower()
    suffix = kinds._kind_suffix(lowered)
    return suffix in kinds.FOREIGN_CODE and kinds._kind_by_name(lowered, suffix) != "jenkinsfile"  # (Jenkinsfile.groovy: read)


def test_every_base_name_the_rules_tell_apart_holds_file() -> None:
    # named_kind asks the base name's rules only of a path holding `file`: each name they match must hold it.
    assert all("file" in name for name in kinds.SHELL_HOSTS)
    assert kinds.named_kind("Dockerfile.dev") == kinds.named_kind("a/app.Dockerfile") == "dockerfile"
    assert kinds.named_kind("src/profile.py") == "python" and kinds.named_kind("main.tf.json") == _named_kind("main.tf.json")
    assert kinds.only_searched("cmd/main.go") and not kinds.only_searched("infra/main.TF.json")  # Terraform's JSON: read
    assert kinds.named_kind("infra/main.TF.json") == "terraform"
    assert not kinds.only_searched("main.json") and not kinds.only_searched("noext")


def test_the_examples_are_judged_as_the_general_form_judges_them() -> None:
    for name in EXAMPLES:
        assert kinds.named_kind(name) == _named_kind(name), name
        assert kinds.only_searched(name) == _only_searched(name), name
    assert {kinds.named_kind(name) for name in EXAMPLES} >= {None, "unread", "python", "typescript", "http"}


@given(NAMES)
def test_any_name_is_judged_as_the_general_form_judges_it(name: str) -> None:
    assert kinds.named_kind(name) == _named_kind(name)
    assert kinds.only_searched(name) == _only_searched(name)
