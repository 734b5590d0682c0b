"""jenkinsfile.py's bracket scanners (a block's end, a step's arguments' end, a bracket's match, a named argument's
value's end) read Groovy through one scanner (_Scan), so they agree on what a string and a comment hide: a bracket in
`'a)'`, `"${x}"`, `// see (` or `/* } */` is none to any of them. Random fragments of brackets, strings, comments and
separators, wrapped as each scanner reads them: where the fragment is balanced for one, each other ends where it does
(reach item 6, a refactor: the scanners' own tests, tests/test_jenkinsfile*.py, hold as before)."""

from __future__ import annotations

import random

from validator.sources import jenkinsfile

PIECES = ["(", ")", "[", "]", "{", "}", "'a)'", '"b(${x})"', '"""c]\n"""', "'''d{'''", "// e (\n", "/* f } */", "/* g",
          "\n", ";", ",", "+", " ", "x", "'", '"', "/", "$", "\\", "${", "// h", '"${ "}" }"']


def test_the_scanners_agree_on_what_strings_and_comments_hide() -> None:
    chance = random.Random(19)
    balanced = 0
    for _ in range(6_000):
        fragment = "".join(chance.choice(PIECES) for _ in range(chance.randrange(0, 12)))
        block = "{" + fragment + "}"
        if jenkinsfile._balanced_end(block, 0, len(block)) != len(block):
            continue
        balanced += 1
        assert jenkinsfile._block_ends(block, [1]) == {1: len(block)}, fragment
        value = "(" + fragment + "),next"
        assert jenkinsfile._balanced_end(value, 0, len(value)) == len(fragment) + 2, fragment
        assert jenkinsfile._value_end(value, 0, len(value)) == len(fragment) + 2, fragment
        step = "sh 'x' + (" + fragment + ")\necho"
        assert jenkinsfile._arguments_end(step, 2) == step.index(")\necho") + 1, fragment
    assert balanced > 500  # reached: fragments with strings and comments in them, balanced
