"""The record classes of a finding (Span, Fix, Finding, Diagnostic...) behave as the frozen dataclasses they were, and
their methods are compiled with their module: none is made by exec when the module is imported (every start-up)."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import sys
from typing import Any

import pytest

from validator.core import diagnostics
from validator.core.records import Record
from validator.run.runner import FileResult

RECORDS = [cls for cls in vars(diagnostics).values() if isinstance(cls, type) and issubclass(cls, Record) and cls is not Record]
SPAN = diagnostics.Span(1, 2, 1, 5)
FIX = diagnostics.Fix(diagnostics.Applicability.SAFE, "remove it", (diagnostics.RemoveMember(("a",)),))


def test_every_record_class_of_a_finding_is_one() -> None:
    assert {cls.__name__ for cls in RECORDS} >= {"Span", "RenameKey", "ReplaceValue", "RemoveMember", "InsertMember",
                                                  "SetUrl", "Edit", "Fix", "Finding", "Diagnostic"}


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_no_method_of_a_record_is_made_at_import(cls: type) -> None:
    made = [name for name, value in vars(cls).items()
            if callable(value) and getattr(getattr(value, "__code__", None), "co_filename", diagnostics.__file__) == "<string>"]
    assert made == []
    assert cls.__init__.__code__.co_filename == diagnostics.__file__  # type: ignore[misc]
    assert dataclasses.is_dataclass(cls) and not hasattr(cls(**_sample(cls, 1)), "__dict__")  # slots, as they were


def _sample(cls: type, variant: int) -> dict[str, Any]:
    """Values for each field of a record (`variant` changes every one)."""
    values: dict[str, Any] = {}
    for field in dataclasses.fields(cls):
        kind = str(field.type)
        if "Span" in kind:
            values[field.name] = diagnostics.Span(variant, 1, variant, 2)
        elif "Fix" in kind:
            values[field.name] = dataclasses.replace(FIX, message=f"fix {variant}")
        elif "Edit" in kind:
            values[field.name] = (diagnostics.Edit(variant, variant + 1, "x"),)
        elif "Operation" in kind:
            values[field.name] = (diagnostics.RemoveMember((f"k{variant}",)),)
        elif "Applicability" in kind:
            values[field.name] = list(diagnostics.Applicability)[variant % 3]
        elif "Severity" in kind:
            values[field.name] = list(diagnostics.Severity)[variant % 3]
        elif "Target" in kind:
            values[field.name] = list(diagnostics.Target)[variant % 2]
        elif kind.startswith("int"):
            values[field.name] = variant
        elif kind.startswith("bool"):
            values[field.name] = bool(variant % 2)
        elif "Path" in kind:
            values[field.name] = ("inputData", variant)
        else:
            values[field.name] = f"text {variant}"
    return values


@pytest.mark.parametrize("cls", RECORDS, ids=lambda cls: cls.__name__)
def test_a_record_behaves_as_the_frozen_dataclass_it_was(cls: type) -> None:
    fields = dataclasses.fields(cls)
    reference = dataclasses.make_dataclass(
        cls.__name__, [(f.name, f.type, dataclasses.field(compare=f.compare)) for f in fields], frozen=True, slots=True)
    first, second = _sample(cls, 1), _sample(cls, 2)
    for values in (first, second):
        record, expected = cls(**values), reference(**values)
        assert repr(record) == repr(expected)
        assert record == cls(**values) and hash(record) == hash(cls(**values))
        assert record != expected and record != object()  # another class: never equal
        for loaded in (pickle.loads(pickle.dumps(record, pickle.HIGHEST_PROTOCOL)), copy.copy(record), copy.deepcopy(record)):
            assert loaded == record and repr(loaded) == repr(record)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(record, fields[0].name, values[fields[0].name])
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(record, fields[0].name)
    for field in fields:  # each field changed alone: unequal exactly when it is compared, as the dataclass says
        changed = {**first, field.name: second[field.name]}
        assert (cls(**first) == cls(**changed)) is (reference(**first) == reference(**changed)) is (not field.compare)
        if not field.compare:
            assert hash(cls(**first)) == hash(cls(**changed))
        assert dataclasses.replace(cls(**first), **{field.name: second[field.name]}) == cls(**changed)
    positional = cls(*first.values())
    assert positional == cls(**first) and repr(positional) == repr(cls(**first))


def test_the_run_s_classes_make_no_method_at_import() -> None:
    """Each method compiled by exec at start-up cost every run ~0.6M instructions (a warm run's start-up: ~230M)."""
    from validator.checker.options import CheckOptions
    from validator.contracts.store import Unavailable
    from validator.report import Summary
    from validator.run import runner
    from validator.sources.document import DEFAULT_LIMITS, ResolvedDirs

    for cls in (runner.FileResult, runner._Checker, runner.Outcome, runner._Step, Unavailable):
        made = {name for name, value in vars(cls).items()
                if getattr(getattr(value, "__code__", None), "co_filename", "") == "<string>"}
        assert made == set(), (cls, made)
        assert dataclasses.is_dataclass(cls) and "__init__" in vars(cls)  # reached: a dataclass with its own __init__
    checker = runner._Checker(CheckOptions(), DEFAULT_LIMITS, None, "<stdin>", walked=frozenset({"a.go", "b.js"}))
    assert checker.searched == frozenset({"a.go"}) and checker.quiet == set() and checker.index is None
    assert isinstance(checker.dirs, ResolvedDirs) and checker.dirs is not runner._Checker(
        CheckOptions(), DEFAULT_LIMITS, None, "<stdin>").dirs  # each its own
    step, outcome = runner._Step(runner.CLEAN), runner.Outcome(Summary())
    assert (step.applied, step.refused, step.changed, step.fixed, step.stopped, step.masked) == ([], None, False, False, None,
                                                                                               False)
    assert step.applied is not runner._Step(runner.CLEAN).applied and outcome.skipped == [] == outcome.applied
    assert Unavailable("gone") == Unavailable("gone") != Unavailable("other") and repr(Unavailable("x")) == "Unavailable(reason='x')"
    assert hash(Unavailable("gone")) == hash(Unavailable("gone"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        Unavailable("gone").reason = "back"
    assert pickle.loads(pickle.dumps(Unavailable("gone"))) == Unavailable("gone")
    result = runner.FileResult([], {})
    assert result == runner.FileResult([], {}, {}, (), entry=("stored", "", [], None)) and result.elsewhere == {}  # entry: not compared
    assert result != runner.FileResult([], {}, suppressed=("FL101",))
    assert runner.FileResult([], {}).elsewhere is not result.elsewhere  # each its own


@pytest.mark.parametrize("cls", [*RECORDS, FileResult], ids=lambda cls: cls.__name__)
def test_a_record_sets_each_field_by_its_own_setter(cls: type) -> None:
    # (each field's slot descriptor, a third fewer instructions than object.__setattr__'s look-up of it by name: the
    # records a warm run decodes per finding, and every finding of a cold one)
    init = cls.__init__.__code__  # type: ignore[misc]
    assert "set_field" not in init.co_names
    setters = [name for name in init.co_names if name.startswith(f"_{cls.__name__}_")]
    assert setters == [f"_{cls.__name__}_{field.name}" for field in dataclasses.fields(cls)]
    module = sys.modules[cls.__module__]
    assert all(getattr(module, name).__self__ is vars(cls)[field.name]
               for name, field in zip(setters, dataclasses.fields(cls), strict=True))
    made = cls(**_sample(cls, 2))
    assert [getattr(made, field.name) for field in dataclasses.fields(cls)] == list(_sample(cls, 2).values())
