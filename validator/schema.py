"""The bundled JSON Schema of the launch request: where it lives, and validators built from it once."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .ids import is_uuid

if TYPE_CHECKING:
    import jsonschema

SCHEMA_NAME = "flow-execution-launch-request.schema.json"


class BrokenSchema(Exception):
    """A schema flowlint needs cannot be loaded or compiled (exit code 3)."""


def schema_path() -> Path:
    """The bundled schema file: inside the installed package, or schemas/ of a source checkout."""
    packaged = resources.files("validator") / "schemas" / SCHEMA_NAME
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "schemas" / SCHEMA_NAME


@functools.cache
def launch_schema() -> dict[str, Any]:
    """The launch request schema, read once per process."""
    path = schema_path()
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise BrokenSchema(f"cannot read the bundled schema {path}: {err}") from None
    if not isinstance(schema, dict) or not isinstance(schema.get("properties"), dict):
        raise BrokenSchema(f"the bundled schema {path} is not an object schema with properties")
    return schema


def envelope_members() -> tuple[str, ...]:
    """The member names the launch request accepts, as the schema declares them."""
    return tuple(launch_schema()["properties"])


def fast_check(schema: dict[str, Any]) -> Callable[[Any], bool]:
    """A compiled yes/no validator: the fast path for bodies that are fine.

    fastjsonschema compiles the schema to Python once; when it says no, jsonschema
    (the reference implementation) lists every error for the explanations.
    """
    import fastjsonschema

    try:
        validate = fastjsonschema.compile(schema, formats=_FORMATS, detailed_exceptions=False)
    except Exception as err:  # fastjsonschema raises several kinds on bad definitions
        raise BrokenSchema(f"cannot compile schema: {err}") from None

    def is_valid(instance: Any) -> bool:
        try:
            validate(instance)
        except Exception:  # a failed check, or a schema value the compiled code chokes on: explain with jsonschema
            return False
        return True

    return is_valid


def explaining_validator(schema: dict[str, Any], default_draft: str = "2020-12") -> jsonschema.protocols.Validator:
    """A jsonschema validator that lists every error, for turning into findings."""
    import jsonschema

    default = jsonschema.Draft4Validator if default_draft == "4" else jsonschema.Draft202012Validator
    cls = jsonschema.validators.validator_for(schema, default=default)
    try:
        cls.check_schema(schema)
    except jsonschema.SchemaError as err:
        raise BrokenSchema(f"invalid schema: {err.message}") from None
    return cls(schema, format_checker=_format_checker())


def iter_errors(validator: jsonschema.protocols.Validator, instance: Any) -> Iterator[jsonschema.ValidationError]:
    """Every error, leaves first: combinators (anyOf, oneOf) are replaced by their best sub-error.

    Errors that unknown values (in code) could turn out not to make are left out.
    """
    from jsonschema.exceptions import best_match

    from .unknown import decided

    for error in validator.iter_errors(instance):
        if not decided(error):
            continue
        if error.context:
            yield best_match(error.context)
        else:
            yield error


@functools.cache
def launch_is_valid() -> Callable[[Any], bool]:
    return fast_check(launch_schema())


@functools.cache
def launch_validator() -> jsonschema.protocols.Validator:
    return explaining_validator(launch_schema())


# Formats both validators agree on; any other format passes, as JSON Schema prescribes.
def _is_date(value: Any) -> bool:
    import datetime

    if not isinstance(value, str):
        return True
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_date_time(value: Any) -> bool:
    import datetime

    if not isinstance(value, str):
        return True
    if len(value) < 20 or value[10] not in "Tt" or not (value[-1] in "Zz" or value[-6] in "+-"):
        return False
    try:
        datetime.datetime.fromisoformat(value[:-1] + "+00:00" if value[-1] in "Zz" else value)
    except ValueError:
        return False
    return True


def _is_uuid(value: Any) -> bool:
    return not isinstance(value, str) or is_uuid(value)


_FORMATS: dict[str, Callable[[Any], bool]] = {"date": _is_date, "date-time": _is_date_time, "uuid": _is_uuid}


@functools.cache
def _format_checker() -> jsonschema.FormatChecker:
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    for name, check in _FORMATS.items():
        checker.checks(name)(check)
    return checker
