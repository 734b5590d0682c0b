"""The fixes of launches that send one body (bound to one name) are proven in their round: such a fix edits where
another launch writes its body (LaunchProofs._reaching), so the round vouches for it only where every launch it reaches
makes the very same edit (_covered), which the round then makes once. A file of N such pairs took 4N+1 extractions of
the whole file, then N (each pair proven alone); now one, with the same diagnostics as each fix proven alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import validator.sources.extract as extract
from validator.checker.engine import CheckOptions, LaunchProofs, check_documents
from validator.run.runner import documents_of

from conftest import UUID

API = "https://api.mypurecloud.com/api/v2/flows/executions"


def _pairs(pairs: int, inline: int = 0) -> str:
    return "".join(f"const body{n} = {{flowId: '{UUID}', inputs: {{customerName: 'x'}}}};\n"
                   f"fetch('{API}', {{method: 'POST', body: JSON.stringify(body{n})}});\n"
                   f"fetch('{API}', {{method: 'POST', body: JSON.stringify(body{n})}});\n" for n in range(pairs)) + "".join(
        f"fetch('{API}', {{method: 'POST', body: JSON.stringify({{flowId: '{UUID}', inputs: {{customerName: 'n{n}'}}}})}});\n"
        for n in range(inline))


def _checked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str) -> tuple[list[Any], int]:
    path = tmp_path / "launch.js"
    path.write_text(text)
    documents = documents_of(str(path))
    extractions = [0]
    real = extract.launches_in

    def counted(*args: Any, **kwargs: Any) -> Any:
        extractions[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(extract, "launches_in", counted)
    diagnostics = check_documents(documents, CheckOptions(render_fixes=True))
    monkeypatch.setattr(extract, "launches_in", real)
    return [d for d in diagnostics if d.fix is not None and d.fix.edits], extractions[0]


@pytest.mark.parametrize("pairs", [3, 6])
def test_the_fixes_of_a_shared_body_cost_one_extraction(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, pairs: int) -> None:
    fixed, extractions = _checked(monkeypatch, tmp_path, _pairs(pairs))
    # every launch's fix proven, with the edit of the body it sends (both launches of a pair: the same edit)
    assert [d.code for d in fixed] == ["FL101"] * (2 * pairs)
    assert all(d.fix.edits[0].content == "Data: {'Flow.customerName'" for d in fixed)  # (carried: 'x' as written)
    assert extractions == 1  # before: one a pair (each proven alone), and before that 4 a pair and 1


def test_fixes_of_bodies_written_at_their_calls_are_still_proven_together(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path: Path) -> None:
    reached: list[set[int]] = []
    real = LaunchProofs._reaching

    def recorded(items: Any) -> dict[int, set[int]]:
        found = real(items)
        reached.append(set(found))
        return found

    monkeypatch.setattr(LaunchProofs, "_reaching", staticmethod(recorded))
    fixed, extractions = _checked(monkeypatch, tmp_path, _pairs(1, inline=5))
    assert len(fixed) == 7
    assert reached == [{0, 1}]  # only the two launches sending `body0`
    assert extractions == 1  # the five written at their calls and the shared body's two fixes proven together once


def _alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every fix reaching another launch's body proven alone, as before _covered."""
    monkeypatch.setattr(LaunchProofs, "_covered", staticmethod(lambda items, reaching: set()))


def _shown(diagnostics: list[Any]) -> list[Any]:
    return [(d.code, d.line, d.column, d.help, d.fix.message, d.fix.applicability, [(e.start, e.end, e.content)
                                                                                    for e in d.fix.edits or ()])
            for d in diagnostics]


def test_a_round_proves_shared_bodies_as_each_fix_alone_does(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # pairs, bodies written at their calls, a body three launches send, one that only one launch sends beside a
    # launch sending another body: the same fixes, offered alike, whether proven in the round or each alone
    text = _pairs(3, inline=2) + (
        f"const shared = {{flowId: '{UUID}', inputs: {{a: 1}}, name: 'n'}};\n"
        + f"fetch('{API}', {{method: 'POST', body: JSON.stringify(shared)}});\n" * 3
        + f"const lone = {{flowId: '{UUID}', inputs: {{b: 2}}}};\n"
        + f"fetch('{API}', {{method: 'POST', body: JSON.stringify(lone)}});\n")
    together, extractions = _checked(monkeypatch, tmp_path, text)
    _alone(monkeypatch)
    alone, extractions_alone = _checked(monkeypatch, tmp_path, text)
    assert len(together) == 12 and _shown(together) == _shown(alone)
    assert extractions < extractions_alone


def test_a_shared_body_s_fix_that_fails_its_proof_is_not_offered(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import validator.edits as edits

    proofs = [0]

    def never(a: Any, b: Any) -> bool:  # every proof's comparison fails
        proofs[0] += 1
        return False

    monkeypatch.setattr(edits, "same", never)
    fixed, _ = _checked(monkeypatch, tmp_path, _pairs(2))
    assert proofs[0] >= 4  # the round's, then each fix's alone
    assert fixed == []
