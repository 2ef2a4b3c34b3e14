// heapglass step-through page: draws the run embedded in #data (see heapglass/views/html.py).
// Position i = 0 is the heap before the first event; position i > 0 is the heap after event i.
"use strict";
(function () {
  const D = JSON.parse(document.getElementById("data").textContent);
  const N = D.events.length;
  const GEN_FILL = {"0": "#cfe8ff", "1": "#fff1b8", "2": "#ffd6cc", "permanent": "#dddddd",
                    "collecting": "#e8d5ff", "untracked": "#ffffff", "-": "#f4f4f4"};
  const NODE_W = 196, NODE_H = 46, COL_W = 236, ROW_H = 58, PAD = 12;
  const $ = (id) => document.getElementById(id);
  let cur = 0;

  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
  }
  function hex(a) { return "0x" + Number(a).toString(16); }
  function short(a) { const h = Number(a).toString(16); return "…" + h.slice(-4); }

  // D.frames holds each distinct heap state once; D.order[k] is the state after event k + 1.
  function frameAt(i) {
    if (i <= 0 || D.order.length === 0) return D.frames[D.initial];
    return D.frames[D.order[Math.min(i, D.order.length) - 1]];
  }
  function objectsOf(frame) { return frame.o.map((id) => D.states[id]); }

  // ------------------------------------------------------------------ stable layout
  // Every address gets one place for the whole run, so stepping never moves a node: its column is
  // its distance from a root in the last frame it appears in (its settled role: a new object is
  // held by the stack first, by a name or a container later), its row follows first appearance.
  const pos = {};
  function depths(objs) {
    const byAddr = {};
    objs.forEach((o) => { byAddr[o.addr] = o; });
    const depth = {};
    const queue = [];
    objs.forEach((o) => {
      if (o.external > 0 || o.flags.indexOf("immortal") >= 0) { depth[o.addr] = 0; queue.push(o.addr); }
    });
    for (let k = 0; k < queue.length; k++) {
      const o = byAddr[queue[k]];
      o.edges.forEach((e) => {
        if (e[2] === "strong" && depth[e[0]] === undefined && byAddr[e[0]]) {
          depth[e[0]] = depth[o.addr] + 1; queue.push(e[0]);
        }
      });
    }
    objs.forEach((o) => {   // not reachable from a root (garbage): one right of a referrer, else 0
      if (depth[o.addr] !== undefined) return;
      let col = 0;
      objs.forEach((p) => p.edges.forEach((e) => {
        if (e[0] === o.addr && depth[p.addr] !== undefined) col = Math.max(col, depth[p.addr] + 1);
      }));
      depth[o.addr] = col;
    });
    return depth;
  }
  (function layout() {
    const all = [D.frames[D.initial]].concat(D.order.map((k) => D.frames[k]));
    const everLinked = new Set();
    D.frames.forEach((f) => f.o.forEach((id) => D.states[id].edges.forEach((e) => {
      everLinked.add(D.states[id].addr); everLinked.add(e[0]);
    })));
    const first = [], born = {}, last = {};
    all.forEach((f, k) => f.o.forEach((id) => {
      const st = D.states[id];
      const a = st.addr;
      if (!everLinked.has(a) && (st.flags.indexOf("immortal") >= 0 || st.external <= 0 || st.gen === "-")) return;
      if (last[a] === undefined) { first.push(a); born[a] = k; }
      last[a] = k;
    }));
    const byFrame = {};
    Object.keys(last).forEach((a) => { (byFrame[last[a]] = byFrame[last[a]] || []).push(Number(a)); });
    const col = {};
    Object.keys(byFrame).forEach((k) => {
      const d = depths(objectsOf(all[k]));
      byFrame[k].forEach((a) => { col[a] = Math.min(d[a] || 0, 7); });
    });
    // A row is reused once its previous object is gone for good (interval colouring), so a long
    // run stays compact while no node ever moves.
    const busyUntil = [];
    first.forEach((a) => {
      const c = col[a];
      const rows = busyUntil[c] = busyUntil[c] || [];
      let r = rows.findIndex((until) => until < born[a] - 1);
      if (r < 0) { r = rows.length; rows.push(0); }
      rows[r] = last[a];
      pos[a] = {x: PAD + c * COL_W, y: PAD + r * ROW_H};
    });
  })();

  // ------------------------------------------------------------------ collections
  // gcStart[k]: index of the gc_start event whose collection event k belongs to, or -1.
  const gcStart = new Array(N).fill(-1);
  let open = -1;
  D.events.forEach((ev, k) => {
    if (ev.kind === "gc_start") open = k;
    gcStart[k] = open;
    if (ev.kind === "gc_stop") open = -1;
  });

  // Objects being freed: from their dealloc event to their free event (inclusive) they are drawn
  // greyed out, from the last frame that still had them once they have left list "a".
  const dying = [];
  (function () {
    const opened = {};
    D.events.forEach((ev, k) => {
      if (ev.kind === "dealloc") opened[ev.addr] = k;
      else if (ev.kind === "free") {
        dying.push({addr: ev.addr, from: opened[ev.addr] !== undefined ? opened[ev.addr] : k, to: k});
        delete opened[ev.addr];
      }
    });
  })();
  function lastSeen(addr, i) {
    for (let j = i; j >= 0 && j > i - 200; j--) {
      const hit = objectsOf(frameAt(j)).find((o) => o.addr === addr);
      if (hit) return hit;
    }
    return null;
  }

  function collectionView(i) {
    // The collection in progress at position i (after event i), with its phases so far.
    if (i <= 0) return null;
    const k = i - 1;
    const start = gcStart[k];
    if (start < 0) return null;
    const phases = [];
    for (let j = start; j <= k; j++) if (D.events[j].kind === "gc_phase") phases.push(D.events[j]);
    return {start: D.events[start], phases: phases, stopped: D.events[k].kind === "gc_stop"};
  }
  function phaseMarks(view) {
    const marks = {unreachable: new Set(), marked: new Set(), gcRefs: {}};
    if (!view || view.stopped) return marks;
    view.phases.forEach((ph) => {
      if (ph.refs) { marks.gcRefs = {}; ph.refs.forEach((p) => { marks.gcRefs[p[0]] = p[1]; }); }
      if (ph.unreachable) marks.unreachable = new Set(ph.unreachable);
      ["finalized", "cleared", "resurrected", "finalizers"].forEach((f) => {
        if (Array.isArray(ph[f])) ph[f].forEach((a) => marks.marked.add(a));
      });
    });
    return marks;
  }

  // ------------------------------------------------------------------ memory replay
  function freshMemory() {
    const m = {arenas: {}, poolArena: {}, freelists: Object.assign({}, D.memory.freelists)};
    D.memory.arenas.forEach((a) => {
      const carved = {};
      a.carved.forEach((p) => { carved[p.pool] = {size_class: p.size_class, used: p.used}; m.poolArena[p.pool] = a.index; });
      m.arenas[a.index] = {address: a.address, pools: a.pools, carved: carved};
    });
    return m;
  }
  let memCache = {i: 0, m: freshMemory()};
  function applyMemory(m, ev) {
    const k = ev.kind;
    if (k === "arena_alloc") m.arenas[ev.arena] = {address: ev.address, pools: ev.pools, carved: {}};
    else if (k === "arena_free_to_os") delete m.arenas[ev.arena];
    else if (k === "pool_init") {
      const a = m.arenas[ev.arena];
      if (a) a.carved[ev.pool] = {size_class: ev.size_class, used: 0};
      m.poolArena[ev.pool] = ev.arena;
    } else if (k === "block_alloc" || k === "block_free") {
      const a = m.arenas[m.poolArena[ev.pool]];
      const p = a && a.carved[ev.pool];
      if (p) { p.used += k === "block_alloc" ? 1 : -1; p.size_class = ev.size_class; }
    } else if (k === "freelist_push" || k === "freelist_pop") {
      const name = ev.family === "tuple" ? ev.family + "/" + ev.key : ev.family;
      m.freelists[name] = ev.size;
    }
  }
  function memoryAt(i) {
    if (memCache.i > i) memCache = {i: 0, m: freshMemory()};
    while (memCache.i < i) { applyMemory(memCache.m, D.events[memCache.i]); memCache.i++; }
    return memCache.m;
  }

  // ------------------------------------------------------------------ text
  const ADDR_FIELDS = new Set(["addr", "address", "pool", "weakref", "referent"]);
  function describe(ev) {
    if (!ev) return "before the first event";
    const parts = [];
    Object.keys(ev).forEach((key) => {
      if (key === "seq" || key === "kind" || key === "line") return;
      let v = ev[key];
      if (ADDR_FIELDS.has(key) && typeof v === "number") v = hex(v);
      else if (Array.isArray(v)) v = "[" + v.length + "]";
      else if (v !== null && typeof v === "object") v = "{…}";
      parts.push(key + "=" + v);
    });
    return "#" + ev.seq + " " + ev.kind + (ev.line ? " (line " + ev.line + ")" : "") + "  " + parts.join(" ");
  }

  // ------------------------------------------------------------------ drawing
  function drawSource(line) {
    const html = D.source.map((text, n) => {
      const cls = n + 1 === line ? "line cur" : "line";
      return "<span class=\"" + cls + "\"><span class=\"ln\">" + (n + 1) + "</span>" + esc(text) + "</span>";
    });
    $("source").innerHTML = html.join("");
    const curEl = $("source").querySelector(".cur");
    if (curEl && curEl.scrollIntoView) curEl.scrollIntoView({block: "nearest"});
  }

  function nodeSvg(o, cls, marks, names) {
    const p = pos[o.addr];
    const fill = GEN_FILL[o.gen] || "#fff";
    const immortal = o.flags.indexOf("immortal") >= 0;
    const rc = immortal ? "immortal" : "rc=" + o.refcnt;
    const ghost = cls.indexOf("ghost") >= 0;
    const gen = {"-": "no GC head", "untracked": "untracked", "collecting": "in collection"}[o.gen] || "gen " + o.gen;
    let extra = "";
    if (marks.gcRefs[o.addr] !== undefined) extra = " gc_refs=" + marks.gcRefs[o.addr];
    else if (o.gc_refs !== undefined) extra = " gc_refs=" + o.gc_refs;
    const name = names[o.addr] ? names[o.addr] + " = " : "";
    let s = "<g class=\"node " + cls + "\" data-addr=\"" + o.addr + "\" data-rc=\"" + o.refcnt +
      "\" data-gen=\"" + esc(o.gen) + "\" transform=\"translate(" + p.x + "," + p.y + ")\">";
    s += "<title>" + esc(o.type + " at " + hex(o.addr) + ", " + o.nbytes + " bytes, flags: " +
      (o.flags.join(",") || "none") + ", external refs: " + o.external) + "</title>";
    if (immortal) s += "<rect class=\"outer\" x=\"-3\" y=\"-3\" width=\"" + (NODE_W + 6) + "\" height=\"" +
      (NODE_H + 6) + "\" rx=\"6\" fill=\"none\"/>";
    s += "<rect width=\"" + NODE_W + "\" height=\"" + NODE_H + "\" rx=\"4\" fill=\"" + fill + "\"" +
      (o.gen === "untracked" ? " stroke-dasharray=\"3 2\"" : "") + "/>";
    s += "<text x=\"5\" y=\"13\" font-weight=\"bold\">" + esc(name + o.type + " " + short(o.addr)) + "</text>";
    s += "<text x=\"5\" y=\"26\">" + esc(o.value) + "</text>";
    s += "<text x=\"5\" y=\"39\">" + esc(ghost ? "being freed" : rc + " · " + gen + extra) + "</text>";
    if (o.external > 0) s += "<text x=\"" + (NODE_W - 4) + "\" y=\"13\" text-anchor=\"end\" fill=\"#2a7\">root×" + o.external + "</text>";
    return s + "</g>";
  }

  function edgeSvg(from, to, label, kind) {
    const a = pos[from], b = pos[to];
    if (!a || !b) return "";
    const x1 = a.x + NODE_W, y1 = a.y + NODE_H / 2;
    let x2 = b.x, y2 = b.y + NODE_H / 2, d;
    if (b.x > a.x) {
      const mx = (x1 + x2) / 2;
      d = "M" + x1 + "," + y1 + " C" + mx + "," + y1 + " " + mx + "," + y2 + " " + x2 + "," + y2;
    } else {   // backward or same column: loop around the right side
      x2 = b.x + NODE_W; y2 = b.y + NODE_H - 6;
      const bend = Math.max(x1, x2) + 40;
      d = "M" + x1 + "," + (y1 + 6) + " C" + bend + "," + (y1 + 6) + " " + bend + "," + y2 + " " + x2 + "," + y2;
    }
    const lx = (x1 + x2) / 2 + (b.x > a.x ? 0 : 44), ly = (y1 + y2) / 2 - 3;
    return "<path class=\"edge" + (kind === "weak" ? " weak" : "") + "\" d=\"" + d +
      "\" marker-end=\"url(#arrow)\"/>" +
      (label && label !== "key" ? "<text x=\"" + lx + "\" y=\"" + ly + "\" fill=\"#666\">" + esc(label) + "</text>" : "");
  }

  function drawGraph(i, marks) {
    const frame = frameAt(i);
    const objs = objectsOf(frame);
    const present = new Set(objs.map((o) => o.addr));
    const ev = i > 0 ? D.events[i - 1] : null;
    const ghosts = new Set();
    const prev = [];
    dying.forEach((d) => {
      if (d.from > i - 1 || d.to < i - 1) return;
      ghosts.add(d.addr);
      if (!present.has(d.addr)) { const o = lastSeen(d.addr, i - 1); if (o) prev.push(o); }
    });
    const names = {};
    Object.keys(frame.n || {}).forEach((name) => { names[frame.n[name]] = name; });
    let w = 300, h = 100;
    objs.concat(prev).forEach((o) => {
      const p = pos[o.addr];
      if (p) { w = Math.max(w, p.x + NODE_W + 80); h = Math.max(h, p.y + NODE_H + PAD); }
    });
    let s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\">" +
      "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" " +
      "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>";
    objs.forEach((o) => o.edges.forEach((e) => { s += edgeSvg(o.addr, e[0], e[1], e[2]); }));
    const linked = new Set();
    objs.forEach((o) => o.edges.forEach((e) => { linked.add(o.addr); linked.add(e[0]); }));
    objs.forEach((o) => {
      // a dict's str key (drawn as the label of its value's edge), an interned str, a code constant
      if (!linked.has(o.addr) && (o.flags.indexOf("immortal") >= 0 || o.external <= 0 || o.gen === "-")) return;
      const cls = [];
      if (ghosts.has(o.addr)) cls.push("ghost");
      if (marks.unreachable.has(o.addr) || o.flags.indexOf("unreachable") >= 0) cls.push("unreachable");
      if (marks.marked.has(o.addr)) cls.push("marked");
      if (ev && ev.addr === o.addr && !ghosts.has(o.addr)) cls.push("current");
      s += nodeSvg(o, cls.join(" "), marks, names);
    });
    prev.forEach((o) => { if (pos[o.addr]) s += nodeSvg(o, "ghost", marks, names); });
    $("graph").innerHTML = s + "</svg>";
    const focus = $("graph").querySelector(".node.current, .node.ghost");
    if (focus && focus.scrollIntoView) focus.scrollIntoView({block: "nearest", inline: "nearest"});
  }

  function chips(addrs, byAddr) {
    return "<div class=\"chips\">" + addrs.map((a) => {
      const o = byAddr[a];
      const fill = o ? GEN_FILL[o.gen] || "#fff" : "#fff";
      return "<span class=\"chip\" style=\"background:" + fill + "\" title=\"" + hex(a) + "\">" +
        esc((o ? o.type + " " : "") + short(a)) + "</span>";
    }).join("") + "</div>";
  }

  function drawLists(i) {
    const frame = frameAt(i);
    const byAddr = {};
    objectsOf(frame).forEach((o) => { byAddr[o.addr] = o; });
    let s = "";
    Object.keys(frame.l).sort((x, y) => (x === "a" ? -1 : y === "a" ? 1 : x < y ? -1 : 1)).forEach((name) => {
      const addrs = D.lists[frame.l[name]];
      const label = name === "a" ? "list \"a\": every object, creation order (a debug build's refchain)"
        : "list \"b\" of generation " + name + " (tracked containers, head → tail)";
      s += "<div class=\"listname\">" + esc(label) + " — " + addrs.length + "</div>" + chips(addrs, byAddr);
    });
    $("lists").innerHTML = s;
  }

  const PHASE_NOTE = {
    update_refs: "gc_refs := ob_refcnt for every object of the generation",
    subtract_refs: "gc_refs -= references from inside the generation: what is left comes from outside",
    move_unreachable: "gc_refs > 0 and everything they reach is reachable; the rest is tentatively unreachable",
    move_legacy_finalizers: "objects with a legacy tp_del (and what they reach) cannot be collected",
    handle_weakrefs: "weakrefs to the garbage are cleared; callbacks of live weakrefs run",
    finalize_garbage: "__del__ (tp_finalize) runs once per object (PEP 442)",
    check_garbage: "3.8: if a finalizer resurrected anything, the whole batch survives",
    handle_resurrected_objects: "objects a finalizer made reachable again survive",
    delete_garbage: "tp_clear on each remaining object breaks the cycles; refcounts free them",
  };
  function drawCollector(i, view) {
    const done = D.events.slice(0, i).filter((e) => e.kind === "gc_stop").length;
    if (!view) { $("collector").innerHTML = "<div>no collection running (" + done + " finished so far)</div>"; return; }
    const st = view.start;
    let s = "<div><b>collecting generation " + esc(st.generation) + "</b> (" + esc(st.reason || "") + ")" +
      (view.stopped ? " — finished" : "") + "</div>";
    const last = view.phases[view.phases.length - 1];
    view.phases.forEach((ph) => {
      s += "<div class=\"phase" + (ph === last && !view.stopped ? " now" : "") + "\">" + esc(ph.phase) +
        ": " + esc(PHASE_NOTE[ph.phase] || "") + "</div>";
    });
    if (last && !view.stopped) {
      if (last.refs) {
        s += "<table><tr><th>object</th><th>gc_refs</th></tr>" + last.refs.map((p) =>
          "<tr><td>" + hex(p[0]) + "</td><td>" + p[1] + "</td></tr>").join("") + "</table>";
      }
      Object.keys(last).forEach((k) => {
        if (Array.isArray(last[k]) && k !== "refs") s += "<div class=\"listname\">" + esc(k) + ": " +
          (last[k].map(hex).join(", ") || "none") + "</div>";
      });
    }
    $("collector").innerHTML = s;
  }

  function drawMemory(i) {
    const m = memoryAt(i);
    const fl = Object.keys(m.freelists).sort();
    $("freelists").innerHTML = fl.length ? "<table><tr><th>free list</th><th>kept</th></tr>" + fl.map((k) =>
      "<tr><td>" + esc(k) + "</td><td>" + m.freelists[k] + "</td></tr>").join("") + "</table>" : "<div>all empty</div>";
    const usable = D.memory.pool_size - D.memory.pool_overhead;
    let s = "";
    Object.keys(m.arenas).map(Number).sort((a, b) => a - b).forEach((idx) => {
      const a = m.arenas[idx];
      const carved = Object.keys(a.carved).map(Number).sort((x, y) => x - y);
      s += "<div class=\"arena\">arena #" + idx + " @" + hex(a.address) + ": " + carved.length + " of " + a.pools +
        " pools carved<br>";
      for (let k = 0; k < a.pools; k++) {
        const pa = carved[k];
        let fill = "#f0f0f0", title = "pool not carved yet";
        if (pa !== undefined) {
          const p = a.carved[pa];
          const cap = Math.floor(usable / ((p.size_class + 1) * D.memory.alignment));
          const f = cap > 0 ? p.used / cap : 0;
          fill = p.used === 0 ? "#ffffff" : "rgb(" + Math.round(200 - 170 * f) + "," + Math.round(220 - 120 * f) + ",255)";
          title = "pool " + hex(pa) + ": size class " + p.size_class + ", " + p.used + "/" + cap + " blocks used";
        }
        s += "<span class=\"pool\" style=\"background:" + fill + "\" title=\"" + esc(title) + "\"></span>";
      }
      s += "</div>";
    });
    $("arenas").innerHTML = s || "<div>no arena allocated</div>";
  }

  function drawLog(i) {
    const lo = Math.max(0, i - 8), hi = Math.min(N, i + 8);
    let s = "";
    for (let k = lo; k < hi; k++) {
      s += "<div" + (k === i - 1 ? " class=\"cur\"" : "") + ">" + esc(describe(D.events[k])) + "</div>";
    }
    $("log").innerHTML = s || "<div>(no events)</div>";
  }

  function go(i) {
    cur = Math.max(0, Math.min(N, Number(i) || 0));
    const ev = cur > 0 ? D.events[cur - 1] : null;
    const view = collectionView(cur);
    const marks = phaseMarks(view);
    $("slider").value = String(cur);
    $("counter").textContent = "event " + cur + " / " + N + (D.truncated && cur > D.order.length ? " (graph frozen: page limit)" : "");
    $("status").textContent = describe(ev);
    document.body.dataset.event = String(cur);
    drawSource(ev ? ev.line : null);
    drawGraph(cur, marks);
    drawLists(cur);
    drawCollector(cur, view);
    drawMemory(cur);
    drawLog(cur);
    try { history.replaceState(null, "", "#event=" + cur); } catch (e) { /* file:// in some browsers */ }
  }

  $("slider").max = String(N);
  $("slider").addEventListener("input", () => go($("slider").value));
  $("prev").addEventListener("click", () => go(cur - 1));
  $("next").addEventListener("click", () => go(cur + 1));
  document.addEventListener("keydown", (e) => {
    if (e.key === "ArrowRight") go(cur + 1);
    else if (e.key === "ArrowLeft") go(cur - 1);
  });
  const m = /event=(\d+)/.exec(location.hash);
  window.heapglass = {
    go: go, next: () => go(cur + 1), prev: () => go(cur - 1), position: () => cur, events: N,
    node: (addr) => {
      const el = document.querySelector("#graph .node[data-addr=\"" + addr + "\"]");
      return el ? {rc: Number(el.dataset.rc), gen: el.dataset.gen, ghost: el.classList.contains("ghost")} : null;
    },
  };
  go(m ? Number(m[1]) : 0);
})();
