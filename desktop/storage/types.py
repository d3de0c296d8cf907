"""Column types that refuse to hand back a value of the wrong type.

SQLite stores whatever it is given: a row edited by hand can hold ``start='abc'``. Read through the
models, such a value would travel on and fail far away as a ``TypeError``. These types check each value
as it is read and raise ``DamagedValue`` at once; ``Project.read()`` and ``Project.transaction()`` turn it
into a ``DamagedData`` naming the row (``storage.integrity.describe_damage``). PostgreSQL enforces types
itself, so there the checks never fire.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, LargeBinary, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class DamagedValue(ValueError):
    """A stored value does not have its column's type."""


class StrictInteger(TypeDecorator[int]):
    impl = Integer
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> int | None:
        if value is None or type(value) is int:
            return value
        raise DamagedValue(f"{value!r} is stored where a whole number belongs")


class StrictString(TypeDecorator[str]):
    impl = String
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        if value is None or type(value) is str:
            return value
        raise DamagedValue(f"{value!r} is stored where text belongs")


class StrictText(StrictString):
    impl = Text
    cache_ok = True


class StrictBytes(TypeDecorator[bytes]):
    impl = LargeBinary
    cache_ok = True

    def process_result_value(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None or type(value) is bytes:
            return value
        raise DamagedValue(f"{type(value).__name__} is stored where the bytes of an original belong")
