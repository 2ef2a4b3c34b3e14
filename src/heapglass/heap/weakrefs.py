"""Weak references in the heap core: the referent's weakref list and how it is cleared.

Mirrors Objects/weakrefobject.c. A referent's ``weakrefs`` is its list, head first, kept in CPython's
order (`insert_head`/`insert_after`): the callback-less basic ref first, then the callback-less proxy,
then refs with callbacks, newest first. Clearing on refcount death is `PyObject_ClearWeakRefs`
(callbacks newest-first, after `__del__`); clearing during a collection is the collector's
`handle_weakrefs` (callbacks first, only for weakrefs outside the garbage).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import HeapError
from .kinds import HTuple, HWeakref
from .objects import HObject, HType

if TYPE_CHECKING:
    from .heap import Heap


class WeakrefOps:
    """Weakref operations of `Heap` (a mixin: one home for the weakref list rules)."""

    def get_basic_refs(self: Heap, op: HObject) -> tuple[HWeakref | None, HWeakref | None]:
        """(basic ref, basic proxy) of `op`: the callback-less ones CPython reuses (get_basic_refs)."""
        lst = op.weakrefs
        ref = proxy = None
        if lst:
            i = 0
            head = lst[0]
            if head.wr_callback is None and head.proxy is None and head.ob_type is self.weakref_type:
                ref = head
                i = 1
            if i < len(lst) and lst[i].wr_callback is None and lst[i].proxy is not None:
                proxy = lst[i]
        return ref, proxy

    def new_weakref(self: Heap, referent: HObject, callback: HObject | None = None,
                    proxy: str | None = None, tp: HType | None = None, nbytes: int = 0) -> HWeakref:
        """weakref.ref(referent, callback) / weakref.proxy(...): a new reference to a weakref object.

        Reuses the basic ref (or proxy) when there is no callback and the type is exact
        (weakref___new__ / PyWeakref_NewProxy); otherwise links a new one where CPython does."""
        tp = tp or (self.weakref_type if proxy is None else self.proxy_types[proxy])
        self.check_owned(referent, "weakref")
        if not referent.ob_type.weakrefable:
            raise HeapError("weakref", referent, "type does not support weak references")
        ref, basic_proxy = self.get_basic_refs(referent)
        exact = tp is self.weakref_type or (proxy is not None and tp is self.proxy_types[proxy])
        if callback is None and exact:
            existing = ref if proxy is None else basic_proxy
            if existing is not None:
                self.incref(existing)
                return existing
        wr = HWeakref()
        wr.wr_object = referent
        wr.wr_callback = callback
        wr.hash = -1
        wr.proxy = proxy
        if callback is not None:
            self.incref(callback)
        self.new(wr, tp, nbytes or self.sizes_weakref)
        lst = referent.weakrefs
        if lst is None:
            lst = referent.weakrefs = []
        if callback is None and exact and proxy is None:
            lst.insert(0, wr)                                  # insert_head
        elif callback is None and proxy is not None:
            lst.insert(1 if ref is not None else 0, wr)        # after the basic ref, else head
        else:
            prev = basic_proxy if basic_proxy is not None else ref
            lst.insert(lst.index(prev) + 1 if prev is not None else 0, wr)   # insert_after(prev)
        return wr

    def clear_weakref(self: Heap, wr: HWeakref) -> None:
        """clear_weakref: unlink `wr` from its referent's list and drop its callback."""
        cb = self.unlink_weakref(wr)
        if cb is not None:
            self.decref(cb)

    def weakref_clear_ref(self: Heap, wr: HWeakref) -> None:
        """_PyWeakref_ClearRef: unlink `wr` from its referent (wr_object = None) but keep its callback
        (the collector calls it afterwards, or the weakref's own dealloc drops it)."""
        callback = wr.wr_callback
        wr.wr_callback = None
        self.unlink_weakref(wr)
        wr.wr_callback = callback

    def unlink_weakref(self: Heap, wr: HWeakref) -> HObject | None:
        """Unlink `wr` from its referent (wr_object = None); return its callback, now owned by the caller."""
        obj = wr.wr_object
        if obj is not None:
            wr.wr_object = None
            lst = obj.weakrefs
            if lst:
                lst.remove(wr)
                if not lst:
                    obj.weakrefs = None
            if self.events.active:
                self.events.emit("weakref_clear", weakref=wr.addr, referent=obj.addr)
        cb, wr.wr_callback = wr.wr_callback, None
        return cb

    def clear_weakrefs(self: Heap, op: HObject) -> None:
        """PyObject_ClearWeakRefs: `op` is dying by refcount. Clear every weakref to it; callbacks run
        newest-first, each given its (now dead) weakref. Called after `__del__`."""
        lst = op.weakrefs
        if not lst:
            return
        # Remove the callback-less basic ref and proxy first (no callbacks to run for them).
        for _ in range(2):
            if op.weakrefs and op.weakrefs[0].wr_callback is None:
                self.clear_weakref(op.weakrefs[0])
        lst = op.weakrefs
        if not lst:
            return
        if len(lst) < self.profile.objects.clear_weakrefs_tuple_min:
            current = lst[0]
            callback = self.unlink_weakref(current)
            if callback is not None:
                if current.ob_refcnt > 0:
                    self.handle_callback(current, callback)
                self.decref(callback)
            return
        # Otherwise CPython collects (weakref, callback) pairs in a tuple of 2*count items -- a real GC
        # allocation, visible in gc.get_count() -- then calls the callbacks in list order.
        count = len(lst)              # _PyWeakref_GetWeakrefCount, before the loop empties the list
        pairs: list[HObject | None] = []
        for current in list(lst):
            callback = self.unlink_weakref(current)
            if current.ob_refcnt > 0:
                self.incref(current)
                pairs.append(current)
                pairs.append(callback)
            else:
                if callback is not None:
                    self.decref(callback)
        tup = HTuple()
        tup.items = [p for p in pairs if p is not None]
        self.new(tup, self.tuple_type, self.sizes_tuple(2 * count), track=True)
        for i in range(0, len(pairs), 2):
            if pairs[i + 1] is not None:
                self.handle_callback(pairs[i], pairs[i + 1])
        self.decref(tup)

    def clear_weakrefs_no_callbacks(self: Heap, op: HObject) -> None:
        """Clear weakrefs created during a finalizer, without calling callbacks: subtype_dealloc's
        _PyWeakref_ClearRef loop (3.8-3.12) / _PyWeakref_ClearWeakRefsNoCallbacks (3.13). Each weakref
        keeps its callback until the weakref itself is freed."""
        while op.weakrefs:
            self.weakref_clear_ref(op.weakrefs[0])

    def handle_callback(self: Heap, wr: HWeakref, callback: HObject) -> None:
        """handle_callback: call callback(wr); an exception is reported as unraisable."""
        if self.events.active:
            self.events.emit("weakref_callback", weakref=wr.addr)
        self.runtime.call_ignoring_errors(callback, [wr], where=callback)

    def getweakrefcount(self: Heap, op: HObject) -> int:
        return len(op.weakrefs) if op.weakrefs else 0

    def getweakrefs(self: Heap, op: HObject) -> list[HWeakref]:
        return list(op.weakrefs) if op.weakrefs else []
