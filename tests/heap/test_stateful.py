"""Random heaps and mutations (containers, cycles, finalizers, weakrefs, resurrection), checked after
every step against the heap's invariants:

* every live object's refcount == the references held by live heap objects + the test's handles;
* no object reachable from the handles (and the program's globals) is ever freed;
* after a full collect() during which no finalizer ran, nothing unreachable is left;
* every tracked object sits in exactly one generation list, and generation 0's count moves as CPython
  moves it (+1 per GC allocation not served by a free list, -1 per GC release not kept on one,
  never below 0; reset by collections).
"""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from heapglass.heap.header import FREED
from heapglass.heap.kinds import HDict, HInstance, HList, HWeakref
from heapglass.profiles import VERSIONS

from .heapscene import Scene

GC_FREE_TYPES = {"int", "str"}


class HeapMachine(RuleBasedStateMachine):
    @initialize(version=st.sampled_from(VERSIONS))
    def start(self, version):
        self.s = Scene(version)
        self.heap = self.s.heap
        self.heap.gc.thresholds[:] = [25, 3, 3]
        self.s.set("saved", self.s.new_list())
        self.plain = self.s.cls("Plain")
        self.dying = self.s.cls("Dying", del_log=lambda op: "del")
        self.phoenix = self.s.cls("Phoenix", del_log=lambda op: "del", resurrect_into="saved")
        self.handles: Counter = Counter()
        self.by_id: dict[int, object] = {}
        self.expected_count0 = self.heap.gc.counts[0]
        self.skip_next_gc_alloc = False
        self.events: list = []
        self.heap.events.subscribe(lambda kind, f: self.events.append((kind, dict(f))))

    # ------------------------------------------------------------------ helpers
    def hold(self, op):
        """Take over a new reference as a test handle."""
        self.handles[id(op)] += 1
        self.by_id[id(op)] = op

    def reachable(self) -> list:
        roots = [self.by_id[i] for i, n in self.handles.items() if n > 0]
        roots += list(self.s.names.values()) + list(self.s._attr_names.values())
        seen: dict[int, object] = {}
        stack = list(roots)
        while stack:
            op = stack.pop()
            if id(op) in seen or op.ob_type is None:
                continue
            seen[id(op)] = op
            stack.extend(op.traverse())
        return sorted(seen.values(), key=lambda o: o.addr)

    def pick(self, index: int, pred=lambda op: True):
        cands = [op for op in self.reachable() if pred(op) and op.heap is self.heap]
        return cands[index % len(cands)] if cands else None

    def after_step(self):
        self.heap.gc.run_scheduled()      # the eval-breaker check between statements (3.12+)

    # ------------------------------------------------------------------ rules
    @rule()
    def new_list(self):
        self.hold(self.s.new_list())
        self.after_step()

    @rule(kind=st.sampled_from(["plain", "dying", "phoenix"]))
    def new_instance(self, kind):
        op = self.s.instance({"plain": self.plain, "dying": self.dying, "phoenix": self.phoenix}[kind])
        if kind == "phoenix":
            one = self.s.new_int(1)
            self.s.setattr(op, "keep", one)
            self.heap.decref(one)
        self.hold(op)
        self.after_step()

    @rule(idx=st.lists(st.integers(0, 1000), max_size=3))
    def new_tuple(self, idx):
        items = [self.pick(i) for i in idx]
        self.hold(self.s.new_tuple(*[op for op in items if op is not None]))
        self.after_step()

    @rule(value=st.integers(-5, 300))
    def new_int(self, value):
        self.hold(self.s.new_int(value))
        self.after_step()

    @rule(i=st.integers(0, 1000), j=st.integers(0, 1000), name=st.sampled_from("abc"))
    def link(self, i, j, name):
        container = self.pick(i, lambda op: isinstance(op, (HList, HInstance)))
        target = self.pick(j)
        if container is None or target is None:
            return
        if isinstance(container, HList):
            self.s.append(container, target)
        else:
            self.s.setattr(container, name, target)
        self.after_step()

    @rule(i=st.integers(0, 1000), kind=st.sampled_from(["list", "plain", "dying", "phoenix"]),
          name=st.sampled_from("abc"))
    def nest_new(self, i, kind, name):
        """``container.append(Kind())`` / ``container.name = Kind()``: a new object held only inside."""
        container = self.pick(i, lambda op: isinstance(op, (HList, HInstance)))
        if container is None:
            return
        if kind == "list":
            op = self.s.new_list()
        else:
            op = self.s.instance({"plain": self.plain, "dying": self.dying, "phoenix": self.phoenix}[kind])
        if isinstance(container, HList):
            self.s.append(container, op)
        else:
            self.s.setattr(container, name, op)
        self.heap.decref(op)
        self.after_step()

    @rule(i=st.integers(0, 1000), name=st.sampled_from("abc"))
    def unlink(self, i, name):
        container = self.pick(i, lambda op: isinstance(op, (HList, HInstance)))
        if container is None:
            return
        if isinstance(container, HList):
            if container.items:
                self.heap.decref(container.items.pop())
        else:
            self.s.setattr(container, name, None)
        self.after_step()

    @rule(i=st.integers(0, 1000))
    def drop_handle(self, i):
        held = [self.by_id[k] for k, n in sorted(self.handles.items()) if n > 0]
        if not held:
            return
        op = held[i % len(held)]
        self.handles[id(op)] -= 1
        self.heap.decref(op)
        self.after_step()

    @rule(i=st.integers(0, 1000))
    def grab_handle(self, i):
        op = self.pick(i)
        if op is not None:
            self.heap.incref(op)
            self.hold(op)
            self.after_step()

    @rule(i=st.integers(0, 1000), callback=st.booleans())
    def weakref(self, i, callback):
        target = self.pick(i, lambda op: isinstance(op, HInstance))
        if target is None:
            return
        cb = self.s.logger("cb") if callback else None
        self.hold(self.heap.new_weakref(target, cb))
        if cb is not None:
            self.heap.decref(cb)
        self.after_step()

    @rule()
    def clear_saved(self):
        self.s.set("saved", self.s.new_list())
        self.after_step()

    def reachable_state(self) -> dict[int, tuple]:
        """For every reachable object but the `saved` list (the finalizers' only target): its
        references, FINALIZED bit and live weakrefs."""
        saved = self.s.names["saved"]
        return {id(op): (op, [id(r) for r in op.traverse()], op.gc_flags & 1, list(op.weakrefs or ()))
                for op in self.reachable() if op is not saved}

    @rule(generation=st.sampled_from([0, 1, 2]))
    def collect(self, generation):
        before = list(self.heap.gc.counts)
        log_before = len(self.s.log)
        state = self.reachable_state()
        self.heap.gc.collect(generation)
        # The collector must not touch what was reachable: same references, no __del__, weakrefs live.
        for op, refs, finalized, weakrefs in state.values():
            assert op.ob_refcnt > 0, f"reachable {op!r} was freed by the collector"
            assert [id(r) for r in op.traverse()] == refs, f"the collector cleared reachable {op!r}"
            assert op.gc_flags & 1 == finalized, f"the collector finalized reachable {op!r}"
            assert all(wr.wr_object is op for wr in weakrefs), f"weakref to reachable {op!r} cleared"
        if generation < 2 and not self.heap.gc.collecting:
            # callbacks of weakrefs/finalizers may have allocated after the reset, so >= only
            assert self.heap.gc.counts[generation + 1] >= before[generation + 1] + 1
        if generation == 2 and len(self.s.log) == log_before:
            live = {id(op) for op in self.heap.objects()}
            reachable = {id(op) for op in self.reachable()}
            assert live <= reachable, "a full collection without finalizers left unreachable objects"
        self.after_step()

    # ------------------------------------------------------------------ invariants
    @invariant()
    def refcounts_match_references(self):
        if not hasattr(self, "heap"):
            return
        refs: Counter = Counter()
        for op in self.heap.objects():
            # a str-keyed dict's tp_traverse skips its keys: count what the dict owns instead
            held = [x for kv in op.entries.values() for x in kv] if isinstance(op, HDict) else op.traverse()
            for r in held:
                refs[id(r)] += 1
        for op in self.s.names.values():
            refs[id(op)] += 1
        for op in self.s._attr_names.values():
            refs[id(op)] += 1
        for op in self.heap.objects():
            expected = refs[id(op)] + self.handles[id(op)]
            assert op.ob_refcnt == expected, f"{op!r}: refcount {op.ob_refcnt}, references {expected}"

    @invariant()
    def reachable_objects_are_alive(self):
        if not hasattr(self, "heap"):
            return
        for op in self.reachable():
            if op.heap is self.heap:
                assert op.ob_refcnt > 0 and not op.gc_flags & FREED, f"reachable {op!r} was freed"

    @invariant()
    def tracked_objects_are_in_exactly_one_generation(self):
        if not hasattr(self, "heap"):
            return
        seen: Counter = Counter()
        for g in self.heap.gc.generations:
            for op in g:
                seen[id(op)] += 1
        live = {id(op): op for op in self.heap.objects()}
        assert all(n == 1 for n in seen.values())
        assert set(seen) <= set(live), "a freed object is still in a generation list"
        for i, op in live.items():
            if op.is_gc and op.gc_next is not None:
                assert seen[i] == 1
            if isinstance(op, HWeakref) and op.wr_object is not None:
                assert op in op.wr_object.weakrefs

    @invariant()
    def count0_follows_cpythons_rule(self):
        if not hasattr(self, "heap"):
            return
        c = self.expected_count0
        in_allocation = self.heap.profile.gc.collect_in_allocation
        reason = None
        for kind, f in self.events:
            if kind == "gc_start":
                reason = f["reason"]
            elif kind == "gc_stop":
                c = f["counts"][0]
                # the allocation that triggered it was counted before the collection started
                self.skip_next_gc_alloc = in_allocation and reason == "heap"
            elif kind == "alloc" and f["type"] not in GC_FREE_TYPES and not f["reused"]:
                if self.skip_next_gc_alloc:
                    self.skip_next_gc_alloc = False   # counted before the collection it triggered
                else:
                    c += 1
            elif kind == "free" and f["type"] not in GC_FREE_TYPES and not f["to_freelist"]:
                c = max(c - 1, 0)
        self.events.clear()
        assert self.heap.gc.counts[0] == c
        self.expected_count0 = c


HeapMachine.TestCase.settings = settings(max_examples=80, stateful_step_count=50, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
TestHeapMachine = HeapMachine.TestCase
