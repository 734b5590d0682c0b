"""Tables a code reader keeps beside the code that reads them: each must hold what that code asks for."""

from __future__ import annotations

import ast
import inspect
import textwrap

from validator.sources import python


def _names_compared_in(function: ast.FunctionDef, variable: str) -> tuple[set[str], set[str]]:
    """The string constants `variable` is compared with (`==`, `in (…)`), and the module tables it is tested against."""
    constants: set[str] = set()
    tables: set[str] = set()
    for node in ast.walk(function):
        if not isinstance(node, ast.Compare) or not (isinstance(node.left, ast.Name) and node.left.id == variable):
            continue
        for operator, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(operator, (ast.Eq, ast.In)) and isinstance(right, ast.Constant) and isinstance(right.value, str):
                constants.add(right.value)
            elif isinstance(operator, ast.In) and isinstance(right, (ast.Tuple, ast.Set, ast.List)):
                constants.update(e.value for e in right.elts if isinstance(e, ast.Constant) and isinstance(e.value, str))
            elif isinstance(operator, (ast.In, ast.NotIn)) and isinstance(right, ast.Name):
                tables.add(right.id)
    return constants, tables


def test_the_python_launch_filter_holds_every_name_launch_reads() -> None:
    """`PythonReader.launch` returns at once for a callee whose name is not in `_READ_CALLS`: every name it goes on to
    read (compared with `name`, or a table `name` is looked up in) must be there, or that call is never read."""
    source = textwrap.dedent(inspect.getsource(python.PythonReader.launch))
    (function,) = ast.parse(source).body
    assert isinstance(function, ast.FunctionDef)
    constants, tables = _names_compared_in(function, "name")
    tables.discard("_READ_CALLS")
    assert {"post_flows_executions", "urlopen", "request"} <= constants and {"_MOCK_SETUP", "_VERBS"} <= tables  # reached
    for table in tables:
        constants.update(getattr(python, table))
    assert constants <= python._READ_CALLS, sorted(constants - python._READ_CALLS)
