// Pair view: an SVG time-series chart drawn from the JSON in #series-data.
// Story text is untrusted: everything from data goes in with textContent / setAttribute.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("series-data").textContent);
  const box = document.getElementById("chart");
  const tip = document.getElementById("tip");
  const series = data.series;

  const { el, text, cell, codes, showTip } = window.communiqueDraw; // static/draw.js
  function fmt(v, d) {
    return v === null || v === undefined ? "–" : (typeof v === "number" && d !== undefined ? v.toFixed(d) : String(v));
  }

  function draw() {
    box.textContent = "";
    if (!series.length) {
      const p = document.createElement("p");
      p.className = "empty";
      p.textContent = "No events for this pair in this period.";
      box.appendChild(p);
      return;
    }
    const coarse = data.imprecise || [];
    const W = Math.max(box.clientWidth || 900, 480), H1 = 230, H2 = 90, L = 56, R = 12, T = 22;
    const LANE = coarse.length ? 22 : 0, GAP = 30;
    const H = T + H1 + LANE + GAP + H2 + 28;
    const svg = el("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, class: "ts", role: "img" }, box);
    const defs = el("defs", {}, svg);
    const pat = el("pattern", { id: "hatch", width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" }, defs);
    el("rect", { width: 6, height: 6, fill: "#fff" }, pat);
    el("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "#555d6e", "stroke-width": 2.5 }, pat);
    const n = series.length, bw = (W - L - R) / n;
    const index = {};
    series.forEach((s, i) => { index[s.period] = i; });
    const maxY = Math.max(1, ...series.map((s) => s.events));
    const y = (v) => T + H1 - (v / maxY) * H1;
    // y axis and grid; the axis title sits above the plot, clear of the bars
    [...new Set([0, Math.ceil(maxY / 2), maxY])].forEach((v) => {
      el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), class: "grid" }, svg);
      text(svg, L - 6, y(v) + 4, String(v), "axis", "end");
    });
    el("line", { x1: L, x2: L, y1: T, y2: T + H1, class: "zero" }, svg);
    text(svg, L, T - 8, data.unit + "s per " + data.by, "axis y-title");
    // x labels, spaced so that neighbours never touch
    const longest = Math.max(...series.map((s) => String(s.period).length));
    const every = Math.max(1, Math.ceil((longest * 7 + 12) / bw));
    series.forEach((s, i) => {
      if (i % every === 0) text(svg, L + i * bw + bw / 2, H - 8, s.period, "axis x-label", "middle");
    });
    // Goldstein panel
    const g0 = T + H1 + LANE + GAP, gy = (v) => g0 + H2 / 2 - (v / 10) * (H2 / 2);
    el("line", { x1: L, x2: W - R, y1: gy(0), y2: gy(0), class: "zero" }, svg);
    [10, -10].forEach((v) => text(svg, L - 6, gy(v) + 4, (v > 0 ? "+" : "") + v, "axis", "end"));
    text(svg, L, g0 - 10, "Goldstein mean" + (data.include_unasserted ? "" : " (asserted)"), "axis y-title");
    series.forEach((s, i) => {
      const x0 = L + i * bw, pad = bw > 6 ? Math.min(2, bw * 0.15) : 0;
      let base = T + H1;
      [["a_to_b", "ab"], ["b_to_a", "ba"], ["joint", "joint"]].forEach(([k, cls]) => {
        const v = s[k];
        if (!v) return;
        const h = (v / maxY) * H1;
        el("rect", { x: x0 + pad, y: base - h, width: Math.max(bw - 2 * pad, 1), height: h, class: "bar " + cls }, svg);
        base -= h;
      });
      if (s.spike_status === "spike") {
        const cx = x0 + bw / 2, top = y(s.events) - 6;
        el("path", { d: `M${cx - 5},${top - 8} L${cx + 5},${top - 8} L${cx},${top} z`, class: "spike" }, svg);
      }
      if (s.goldstein_mean !== null) {
        const cx = x0 + bw / 2, cy = gy(s.goldstein_mean), cls = s.goldstein_mean < 0 ? "neg" : "pos";
        el("line", { x1: cx, x2: cx, y1: gy(0), y2: cy, class: "stem " + cls }, svg);
        el("circle", { cx: cx, cy: cy, r: 3.5, class: "dot " + cls }, svg);
      }
      const hit = el("rect", { x: x0, y: T, width: bw, height: H1 + LANE + GAP + H2, class: "hit", tabindex: 0, "data-period": s.period }, svg);
      hit.addEventListener("mousemove", (ev) => showPeriodTip(s, ev));
      hit.addEventListener("mouseleave", () => { tip.hidden = true; });
      hit.addEventListener("click", () => loadPeriod(s.period, s.label));
      hit.addEventListener("keydown", (ev) => { if (ev.key === "Enter") loadPeriod(s.period, s.label); });
    });
    // events dated only to a month or a year: hatched bands across the periods they cover
    if (coarse.length) text(svg, L - 6, T + H1 + 16, "≈", "axis", "end");
    coarse.forEach((c, k) => {
      const i0 = index[c.first] !== undefined ? index[c.first] : 0;
      const i1 = index[c.last] !== undefined ? index[c.last] : n - 1;
      const x0 = L + i0 * bw, w = Math.max((i1 - i0 + 1) * bw, 3), yb = T + H1 + 5 + (k % 2) * 2;
      const band = el("rect", { x: x0, y: yb, width: w, height: 13, class: "band imprecise", tabindex: 0, "data-period": c.period, "data-precision": c.precision }, svg);
      if (w > 24) text(svg, x0 + w / 2, yb + 10, String(c.events), "band-label", "middle").setAttribute("pointer-events", "none");
      const title = `${c.events} ${data.unit}(s) dated only to ${c.period} (${c.precision} precision)`;
      band.addEventListener("mousemove", (ev) => showCoarseTip(c, title, ev));
      band.addEventListener("mouseleave", () => { tip.hidden = true; });
      band.addEventListener("click", () => loadPeriod(c.period, c.label));
      band.addEventListener("keydown", (ev) => { if (ev.key === "Enter") loadPeriod(c.period, c.label); });
    });
  }

  function showCoarseTip(c, title, ev) {
    showTip(box, tip, [title, `${data.a}→${data.b} ${c.a_to_b}, ${data.b}→${data.a} ${c.b_to_a}, joint ${c.joint}`,
      `somewhere between ${c.start} and ${c.end}`, "click to list the events"], ev);
  }

  function showPeriodTip(s, ev) {
    const lines = [
      s.label,
      `${s.events} ${data.unit}s: ${data.a}→${data.b} ${s.a_to_b}, ${data.b}→${data.a} ${s.b_to_a}, joint ${s.joint}`,
      `Goldstein sum ${fmt(s.goldstein_sum, 1)}, mean ${fmt(s.goldstein_mean, 2)} (${s.scored} scored)`,
      `PLOVER sum ${fmt(s.plover_sum)}`,
      `${s.stories} stories, ${fmt(s.per_100_stories, 1)} per 100`,
      s.spike_status === "suppressed" ? "spike check: suppressed (baseline ≤ 2)" : `spike check: ${s.spike_status} (baseline ${fmt(s.baseline_mean, 1)})`,
      s.events ? "click to list the events" : "",
    ];
    showTip(box, tip, lines, ev);
  }

  function sentence(ev) {
    const span = document.createElement("span");
    const s = ev.sentence_text || "";
    let ts = ev.trigger_start, te = ev.trigger_end;
    if (typeof ts === "number" && typeof te === "number") { ts -= ev.start; te -= ev.start; }
    if (!(ts >= 0 && te > ts && te <= s.length)) { ts = s.indexOf(ev.trigger || "\u0000"); te = ts >= 0 ? ts + ev.trigger.length : -1; }
    if (ts >= 0) {
      span.appendChild(document.createTextNode(s.slice(0, ts)));
      const m = document.createElement("mark");
      m.className = "trigger";
      m.textContent = s.slice(ts, te);
      span.appendChild(m);
      span.appendChild(document.createTextNode(s.slice(te)));
    } else span.textContent = s;
    return span;
  }

  async function loadPeriod(period, label) {
    const q = new URLSearchParams({ period: period, by: data.by, direction: data.direction, unit: data.unit, include_unasserted: data.include_unasserted ? "true" : "false" });
    const url = `/api/dyad/${encodeURIComponent(data.a)}/${encodeURIComponent(data.b)}/events?` + q;
    const title = document.getElementById("period-title");
    const table = document.getElementById("period-table");
    const body = table.querySelector("tbody");
    document.getElementById("period-hint").hidden = true;
    title.hidden = false;
    title.textContent = `Loading ${label} …`;
    let items = [];
    try {
      const res = await fetch(url);
      const js = await res.json();
      if (!res.ok) throw new Error(js.detail || res.statusText);
      items = js.items;
    } catch (e) {
      title.textContent = `Could not load ${label}: ${e.message}`;
      return;
    }
    title.textContent = `${label}: ${items.length} ${data.unit}(s)`;
    body.textContent = "";
    items.forEach((e) => {
      const tr = document.createElement("tr");
      const a = document.createElement("a");
      a.setAttribute("href", "/event/" + encodeURIComponent(e.id));
      a.textContent = e.date || "undated";
      cell(tr, a, "nowrap");
      const b = document.createElement("span");
      b.className = "badge q" + (e.quad_class || 0);
      b.textContent = e.event_type + (e.mode ? "/" + e.mode : "");
      cell(tr, b);
      cell(tr, codes(e.actor));
      cell(tr, "→", "arrow");
      cell(tr, codes(e.recipient));
      cell(tr, e.modality, "mod " + e.modality);
      cell(tr, e.goldstein === null ? "–" : e.goldstein.toFixed(1), "num");
      cell(tr, sentence(e.evidence), "sent");
      cell(tr, e.article_title || e.article_id);
      body.appendChild(tr);
    });
    table.hidden = items.length === 0;
  }

  document.querySelectorAll("a.period-link").forEach((a) => {
    a.addEventListener("click", () => loadPeriod(a.getAttribute("data-period"), a.textContent));
  });
  draw();
  let t = null;
  window.addEventListener("resize", () => { clearTimeout(t); t = setTimeout(draw, 150); });
})();
