"""The ORM classes type their columns for mypy (``Mapped[...]`` in ``storage/models.py``) while the columns
themselves are declared once, in ``storage/tables.py``: the two must name the same columns, with the same
Python type and the same nullability, or mypy would check code against columns that are not there."""

from __future__ import annotations

import types
import typing

import pytest
from sqlalchemy import TypeDecorator
from sqlalchemy.orm import Mapped, RelationshipProperty

from desktop.storage import models

CLASSES = [getattr(models, name) for name in models.__all__
           if isinstance(getattr(models, name), type) and hasattr(getattr(models, name), "__table__")
           and getattr(models, name) is not models.Base]


def _column_hints(cls: type) -> dict[str, object]:
    """The class's own ``Mapped[X]`` attributes that are columns (not relationships): name -> X."""
    hints = typing.get_type_hints(cls, vars(models))
    relationships = {p.key for p in cls.__mapper__.iterate_properties if isinstance(p, RelationshipProperty)}
    return {name: typing.get_args(hint)[0] for name, hint in hints.items()
            if typing.get_origin(hint) is Mapped and name not in relationships}


def _split_optional(hint: object) -> tuple[object, bool]:
    args = typing.get_args(hint)
    if (typing.get_origin(hint) in (typing.Union, types.UnionType)) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return rest[0], True
    return hint, False


def test_every_table_of_the_schema_has_its_class():
    assert {cls.__table__.name for cls in CLASSES} == set(models.Base.metadata.tables)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_a_class_types_exactly_its_tables_columns(cls):
    hints = _column_hints(cls)
    columns = {c.key: c for c in cls.__table__.columns}
    assert set(hints) == set(columns), f"{cls.__name__}: typed {sorted(set(hints) - set(columns))} " \
                                       f"not in the table, columns {sorted(set(columns) - set(hints))} not typed"
    for name, hint in hints.items():
        python_type, optional = _split_optional(hint)
        column = columns[name]
        stored = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
        assert python_type is stored.python_type, f"{cls.__name__}.{name}: {python_type} against {column.type}"
        assert optional == bool(column.nullable), f"{cls.__name__}.{name}: Optional is {optional}, " \
                                                  f"the column's nullable is {column.nullable}"
