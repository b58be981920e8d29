// Timelines: an actor's events over time stacked by quad class (#timeline, data from the API),
// and several pairs on one axis (#compare, data in #compare-data). Events dated only to a month
// or a year are drawn hatched across the periods they cover. Hover shows the values; a click
// lists the events of that period below the chart.
// Story text is untrusted: everything from data goes in with textContent / setAttribute.
(function () {
  "use strict";
  const QUADS = ["1", "2", "3", "4"];
  const QUAD_NAMES = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
  const COLOURS = ["#1f5fbf", "#c8423b", "#2e8b57", "#8a4fbf", "#d08a1a", "#17868f", "#7a5230", "#c2408f"];

  const { el, text, cell, codes, showTip } = window.communiqueDraw; // static/draw.js

  // The frame both charts share: axes, x labels that never touch, the coarse-date lane.
  function frame(box, periods, maxY, yTitle, laneRows) {
    box.textContent = "";
    const W = Math.max(box.clientWidth || 900, 480), H1 = 230, L = 56, R = 12, T = 22;
    const LANE = laneRows ? 8 + laneRows * 16 : 0, B = 30;
    const H = T + H1 + LANE + B;
    const svg = el("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "ts", role: "img" }, box);
    const pat = el("pattern", { id: "hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, el("defs", {}, svg));
    el("rect", { width: 6, height: 6, fill: "#fff" }, pat);
    el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#555d6e", "stroke-width": 2.5 }, pat);
    const n = periods.length, bw = (W - L - R) / Math.max(n, 1);
    const y = (v) => T + H1 - (v / maxY) * H1;
    [...new Set([0, Math.ceil(maxY / 2), maxY])].forEach((v) => {
      el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "grid" }, svg);
      text(svg, L - 6, y(v) + 4, String(v), "axis", "end");
    });
    el("line", { x1: L, x2: L, y1: T, y2: T + H1, class: "zero" }, svg);
    text(svg, L, T - 8, yTitle, "axis y-title");
    const longest = Math.max(1, ...periods.map((p) => String(p).length));
    const every = Math.max(1, Math.ceil((longest * 7 + 12) / bw));
    periods.forEach((p, i) => {
      if (i % every === 0) text(svg, L + i * bw + bw / 2, H - 8, p, "axis x-label", "middle");
    });
    const index = {};
    periods.forEach((p, i) => { index[p] = i; });
    return { svg, W, H, H1, L, T, LANE, bw, y, index, n };
  }

  // A hatched band for events dated only to a month or a year, across the periods it covers.
  function band(f, c, row, colour) {
    const i0 = f.index[c.first] !== undefined ? f.index[c.first] : 0;
    const i1 = f.index[c.last] !== undefined ? f.index[c.last] : f.n - 1;
    const x0 = f.L + i0 * f.bw, w = Math.max((i1 - i0 + 1) * f.bw, 3), yb = f.T + f.H1 + 8 + row * 16;
    const r = el("rect", { x: x0, y: yb, width: w, height: 12, class: "band imprecise", tabindex: 0, "data-period": c.period, "data-precision": c.precision }, f.svg);
    if (colour) r.setAttribute("stroke", colour);
    if (w > 24) text(f.svg, x0 + w / 2, yb + 10, String(c.events), "band-label", "middle").setAttribute("pointer-events", "none");
    return r;
  }

  // The events behind a period, from one or more API URLs, listed in #period-table.
  async function listEvents(sources, label) {
    const title = document.getElementById("period-title");
    const table = document.getElementById("period-table");
    const body = table.querySelector("tbody");
    const hint = document.getElementById("period-hint");
    if (hint) hint.hidden = true;
    title.hidden = false;
    title.textContent = `Loading ${label} …`;
    const rows = [];
    try {
      for (const [url, tag] of sources) {
        const res = await fetch(url);
        const js = await res.json();
        if (!res.ok) throw new Error(js.detail || res.statusText);
        js.items.forEach((e) => rows.push([tag, e]));
      }
    } catch (e) {
      title.textContent = `Could not load ${label}: ${e.message}`;
      return;
    }
    title.textContent = `${label}: ${rows.length} event(s)`;
    body.textContent = "";
    rows.forEach(([tag, e]) => {
      const tr = document.createElement("tr");
      const a = document.createElement("a");
      a.setAttribute("href", "/event/" + encodeURIComponent(e.id));
      a.textContent = e.date || "undated";
      cell(tr, a, "nowrap");
      if (tag !== null) cell(tr, tag);
      const b = document.createElement("span");
      b.className = "badge q" + (e.quad_class || 0);
      b.textContent = e.event_type + (e.mode ? "/" + e.mode : "");
      cell(tr, b);
      cell(tr, codes(e.actor));
      cell(tr, "→", "arrow");
      cell(tr, codes(e.recipient));
      cell(tr, e.modality, "mod " + e.modality);
      cell(tr, (e.evidence || {}).sentence_text || "", "sent");
      body.appendChild(tr);
    });
    table.hidden = rows.length === 0;
  }

  // ---- an actor's timeline -----------------------------------------------------------------
  async function actorTimeline(box) {
    const code = box.getAttribute("data-code"), by = box.getAttribute("data-by") || "month";
    const unasserted = box.getAttribute("data-unasserted") === "true";
    const q = new URLSearchParams({ by: by, include_unasserted: unasserted ? "true" : "false" });
    let data;
    try {
      const res = await fetch(`/api/actors/${encodeURIComponent(code)}/timeline?` + q);
      data = await res.json();
      if (!res.ok) throw new Error(data.detail || res.statusText);
    } catch (e) {
      box.textContent = "Could not load the timeline: " + e.message;
      return;
    }
    const tip = document.getElementById("timeline-tip");
    function draw() {
      const series = data.series, coarse = data.imprecise;
      if (!series.length) {
        box.textContent = "No dated events.";
        return;
      }
      const maxY = Math.max(1, ...series.map((s) => s.events));
      const f = frame(box, series.map((s) => s.period), maxY, `${data.unit}s per ${data.by}, every partner, by quad class`, coarse.length ? 1 : 0);
      f.svg.setAttribute("data-total", String(data.total));
      const load = (period, label) => {
        const u = new URLSearchParams({ period: period, by: data.by, include_unasserted: data.include_unasserted ? "true" : "false" });
        listEvents([[`/api/actors/${encodeURIComponent(data.code)}/timeline/events?` + u, null]], label);
      };
      series.forEach((s, i) => {
        const x0 = f.L + i * f.bw, pad = f.bw > 6 ? Math.min(2, f.bw * 0.15) : 0;
        let base = f.T + f.H1;
        QUADS.forEach((qc) => {
          const v = s.by_quad[qc];
          if (!v) return;
          const h = (v / maxY) * f.H1;
          el("rect", { x: x0 + pad, y: base - h, width: Math.max(f.bw - 2 * pad, 1), height: h, class: "bar q" + qc, "data-quad": qc }, f.svg);
          base -= h;
        });
        const hit = el("rect", { x: x0, y: f.T, width: f.bw, height: f.H1, class: "hit", tabindex: 0, "data-period": s.period }, f.svg);
        hit.addEventListener("mousemove", (ev) => showTip(box, tip, [
          s.label,
          `${s.events} ${data.unit}(s): ${s.as_actor} as actor, ${s.as_recipient} as recipient`,
          ...QUADS.map((qc) => (s.by_quad[qc] ? `${QUAD_NAMES[qc]}: ${s.by_quad[qc]}` : "")),
          s.events ? "click to list the events" : "",
        ], ev));
        hit.addEventListener("mouseleave", () => { tip.hidden = true; });
        hit.addEventListener("click", () => load(s.period, s.label));
        hit.addEventListener("keydown", (ev) => { if (ev.key === "Enter") load(s.period, s.label); });
      });
      coarse.forEach((c) => {
        const r = band(f, c, 0, null);
        r.addEventListener("mousemove", (ev) => showTip(box, tip, [
          `${c.events} ${data.unit}(s) dated only to ${c.period} (${c.precision} precision)`,
          ...QUADS.map((qc) => (c.by_quad[qc] ? `${QUAD_NAMES[qc]}: ${c.by_quad[qc]}` : "")),
          "click to list the events",
        ], ev));
        r.addEventListener("mouseleave", () => { tip.hidden = true; });
        r.addEventListener("click", () => load(c.period, `dated only to ${c.period}`));
      });
      const note = document.getElementById("timeline-note");
      if (note) note.textContent = data.notes.slice(2).join(". ");
    }
    draw();
    let t = null;
    window.addEventListener("resize", () => { clearTimeout(t); t = setTimeout(draw, 150); });
  }

  // ---- several pairs on one axis -----------------------------------------------------------
  function compareChart(box) {
    const data = JSON.parse(document.getElementById("compare-data").textContent);
    const tip = document.getElementById("compare-tip");
    const legend = document.getElementById("compare-legend");
    legend.textContent = "";
    data.pairs.forEach((p, k) => {
      const item = document.createElement("span");
      item.className = "legend-item";
      const sw = document.createElement("span");
      sw.className = "sw";
      sw.style.background = COLOURS[k % COLOURS.length];
      item.appendChild(sw);
      const a = document.createElement("a");
      a.setAttribute("href", `/pair/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}?by=${encodeURIComponent(data.by)}`);
      a.textContent = `${p.label} (${p.total})`;
      a.setAttribute("title", p.name);
      item.appendChild(a);
      legend.appendChild(item);
    });
    if (data.pairs.some((p) => p.imprecise.length)) {
      const item = document.createElement("span");
      const sw = document.createElement("span");
      sw.className = "sw hatch";
      item.appendChild(sw);
      item.appendChild(document.createTextNode(`dated only to a month or year (across the ${data.by}s it covers)`));
      legend.appendChild(item);
    }
    function draw() {
      const P = data.periods;
      if (!P.length) {
        box.textContent = "No events for these pairs.";
        return;
      }
      const maxY = Math.max(1, ...data.pairs.flatMap((p) => p.values));
      const f = frame(box, P, maxY, `${data.unit}s per ${data.by}`, data.pairs.filter((p) => p.imprecise.length).length);
      const cx = (i) => f.L + i * f.bw + f.bw / 2;
      data.pairs.forEach((p, k) => {
        const colour = COLOURS[k % COLOURS.length];
        const d = p.values.map((v, i) => `${i ? "L" : "M"}${cx(i).toFixed(1)},${f.y(v).toFixed(1)}`).join(" ");
        el("path", { d: d, class: "line", stroke: colour, "data-pair": p.label }, f.svg);
        p.values.forEach((v, i) => {
          if (v) el("circle", { cx: cx(i), cy: f.y(v), r: 3.5, class: "pt", fill: colour, "data-pair": p.label, "data-period": P[i] }, f.svg);
        });
      });
      P.forEach((period, i) => {
        const hit = el("rect", { x: f.L + i * f.bw, y: f.T, width: f.bw, height: f.H1, class: "hit", tabindex: 0, "data-period": period }, f.svg);
        const lines = [data.labels[i], ...data.pairs.map((p) => `${p.label}: ${p.values[i]} ${data.unit}(s)` + (p.goldstein_mean[i] === null ? "" : `, Goldstein mean ${p.goldstein_mean[i].toFixed(2)}`)), "click to list the events"];
        hit.addEventListener("mousemove", (ev) => showTip(box, tip, lines, ev));
        hit.addEventListener("mouseleave", () => { tip.hidden = true; });
        const load = () => listEvents(data.pairs.filter((p) => p.values[i]).map((p) => [dyadUrl(p, period), p.label]), data.labels[i]);
        hit.addEventListener("click", load);
        hit.addEventListener("keydown", (ev) => { if (ev.key === "Enter") load(); });
      });
      let row = 0;
      data.pairs.forEach((p, k) => {
        if (!p.imprecise.length) return;
        p.imprecise.forEach((c) => {
          const r = band(f, c, row, COLOURS[k % COLOURS.length]);
          r.setAttribute("data-pair", p.label);
          r.addEventListener("mousemove", (ev) => showTip(box, tip, [`${p.label}: ${c.events} ${data.unit}(s) dated only to ${c.period} (${c.precision} precision)`, `somewhere between ${c.start} and ${c.end}`, "click to list the events"], ev));
          r.addEventListener("mouseleave", () => { tip.hidden = true; });
          r.addEventListener("click", () => listEvents([[dyadUrl(p, c.period), p.label]], `${p.label} dated only to ${c.period}`));
        });
        row += 1;
      });
    }
    function dyadUrl(p, period) {
      const u = new URLSearchParams({ period: period, by: data.by, direction: data.direction, include_unasserted: data.include_unasserted ? "true" : "false" });
      return `/api/dyad/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}/events?` + u;
    }
    draw();
    let t = null;
    window.addEventListener("resize", () => { clearTimeout(t); t = setTimeout(draw, 150); });
  }

  const tl = document.getElementById("timeline");
  if (tl) actorTimeline(tl);
  const cmp = document.getElementById("compare");
  if (cmp && document.getElementById("compare-data")) compareChart(cmp);
})();
