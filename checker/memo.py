"""What was worked out from an immutable object, kept while the object lives.

Building an index, ``analyse_passage`` hands out one ``Analysis`` object for
every passage of a sentence it has read before (the bench corpus: two
passages in three). What the store and the index derive from an analysis
(the record's streams, the postings' features and term keys) is then the
same for each of them: an ``IdentityMemo`` keeps it, found by the object's
identity, not its equality (hashing a dataclass field by field costs more
than much of the work saved). An entry goes when its object is collected
(a weak reference's callback), so an identity is never mistaken for a new
object's that took its address.
"""
from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class _Ref(weakref.ref):
    __slots__ = ("key",)


class IdentityMemo(Generic[T, R]):
    """``memo(obj)`` is ``derive(obj)``, worked out once while OBJ lives (at
    most LIMIT objects at a time: past it, all are forgotten). OBJ must be
    immutable and support weak references; DERIVE's result must not be
    changed by its callers."""

    def __init__(self, derive: Callable[[T], R], limit: int) -> None:
        self._derive = derive
        self._limit = limit
        self._known: dict[int, tuple[_Ref, R]] = {}

    def __call__(self, obj: T) -> R:
        key = id(obj)
        known = self._known.get(key)
        if known is not None and known[0]() is obj:
            return known[1]
        result = self._derive(obj)
        if len(self._known) >= self._limit:
            self._known.clear()
        ref = _Ref(obj, self._forget)
        ref.key = key
        self._known[key] = (ref, result)
        return result

    def _forget(self, ref: _Ref) -> None:
        known = self._known.get(ref.key)
        if known is not None and known[0] is ref:
            del self._known[ref.key]

    def __len__(self) -> int:
        return len(self._known)
