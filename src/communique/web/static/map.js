// Map page: country outlines (Natural Earth, from /api/map/outlines) shaded by activity, and
// events placed by their coordinates, drawn as SVG in an equirectangular projection
// (x = longitude + 180, y = 90 - latitude). Scroll zooms, drag pans; a click on a point or a
// country lists its events under the map. Story text is untrusted: it goes in as textContent.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("map-data").textContent);
  const box = document.getElementById("map");
  const tip = document.getElementById("map-tip");
  const FULL = { x: 0, y: 6, w: 360, h: 144 }; // 84°N to 60°S
  const RAMP = ["#c4d8f2", "#93b7e6", "#5f90d2", "#3469b5", "#17408a"];
  const NONE = "#eef0f4";
  const byCode = {};
  data.countries.forEach((c) => { byCode[c.code] = c; });
  const maxCountry = Math.max(1, ...data.countries.map((c) => c.events));
  const maxPoint = Math.max(1, ...data.points.map((p) => p.events));
  let view = Object.assign({}, FULL);
  let svg, pointsG;

  const { el, cell, codes } = window.communiqueDraw; // static/draw.js
  function shade(n) {
    if (!n) return NONE;
    const i = Math.min(RAMP.length - 1, Math.floor((Math.log(n) / Math.log(maxCountry + 1)) * RAMP.length));
    return RAMP[Math.max(0, i)];
  }
  function pathOf(geom) {
    const polys = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates;
    let d = "";
    polys.forEach((rings) => rings.forEach((ring) => {
      ring.forEach((p, i) => {
        d += (i ? "L" : "M") + (p[0] + 180).toFixed(2) + "," + (90 - p[1]).toFixed(2);
      });
      d += "Z";
    }));
    return d;
  }
  function setView() {
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
    const k = view.w / FULL.w; // points keep their size on screen
    pointsG.querySelectorAll("circle").forEach((c) => {
      c.setAttribute("r", (Number(c.dataset.r) * k).toFixed(3));
      c.setAttribute("stroke-width", (0.3 * k).toFixed(3));
    });
  }
  function zoom(factor, cx, cy) {
    const w = Math.min(FULL.w, Math.max(6, view.w / factor));
    const h = w * (FULL.h / FULL.w);
    cx = cx === undefined ? view.x + view.w / 2 : cx;
    cy = cy === undefined ? view.y + view.h / 2 : cy;
    view = { x: cx - ((cx - view.x) * w) / view.w, y: cy - ((cy - view.y) * h) / view.h, w: w, h: h };
    clamp();
    setView();
  }
  function clamp() {
    view.x = Math.min(Math.max(view.x, FULL.x), FULL.x + FULL.w - view.w);
    view.y = Math.min(Math.max(view.y, FULL.y), FULL.y + FULL.h - view.h);
  }
  function toMap(evt) {
    const r = svg.getBoundingClientRect();
    return { x: view.x + ((evt.clientX - r.left) / r.width) * view.w, y: view.y + ((evt.clientY - r.top) / r.height) * view.h };
  }
  function showTip(evt, lines) {
    tip.textContent = "";
    lines.forEach((s, i) => {
      if (i) tip.appendChild(document.createElement("br"));
      tip.appendChild(document.createTextNode(s));
    });
    tip.hidden = false;
    const r = box.getBoundingClientRect();
    tip.style.left = evt.clientX - r.left + 14 + "px";
    tip.style.top = evt.clientY - r.top + 10 + "px";
  }

  function draw(outlines) {
    svg = el("svg", { class: "worldmap", role: "img", preserveAspectRatio: "xMidYMid meet" }, box);
    const defs = el("defs", {}, svg);
    const clip = el("clipPath", { id: "map-clip" }, defs);
    el("rect", { x: 0, y: 0, width: 360, height: 180 }, clip);
    el("rect", { x: 0, y: 0, width: 360, height: 180, class: "sea" }, svg);
    const countriesG = el("g", { class: "countries", "clip-path": "url(#map-clip)" }, svg);
    outlines.features.forEach((f) => {
      const code = f.properties.code, c = byCode[code];
      const p = el("path", { d: pathOf(f.geometry), class: "country" + (c ? " active" : ""), fill: shade(c ? c.events : 0), "fill-rule": "evenodd", "data-code": code }, countriesG);
      p.dataset.name = f.properties.name;
    });
    pointsG = el("g", { class: "points" }, svg);
    data.points.forEach((pt) => {
      const c = el("circle", { cx: (pt.lon + 180).toFixed(3), cy: (90 - pt.lat).toFixed(3), class: "point" }, pointsG);
      c.dataset.r = (0.9 + 2.6 * Math.sqrt(pt.events / maxPoint)).toFixed(3);
      c.dataset.lat = pt.lat;
      c.dataset.lon = pt.lon;
      c.dataset.events = pt.events;
      c.dataset.name = pt.name || "";
    });
    setView();
    legend();
    const outlined = new Set(outlines.features.map((f) => f.properties.code));
    const missing = data.countries.filter((c) => c.territory && !outlined.has(c.code)).map((c) => c.code);
    if (missing.length) {
      const lg = document.getElementById("map-legend");
      lg.appendChild(document.createTextNode(" · countries with events not drawn at this scale: " + missing.join(", ")));
    }
    wire();
    restore();
  }

  // a selection is kept in the address (#place=LAT,LON or #involving=CODE): links and reloads
  // show it again
  function restore() {
    const m = /^#(place|involving)=([-\w.,]+)$/.exec(location.hash);
    if (!m) return;
    const target = m[1] === "place"
      ? Array.from(pointsG.querySelectorAll("circle")).find((c) => c.dataset.lat + "," + c.dataset.lon === m[2])
      : svg.querySelector('path.country[data-code="' + m[2] + '"]');
    if (target) target.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  }

  function legend() {
    const lg = document.getElementById("map-legend");
    lg.textContent = "";
    const steps = [];
    for (let i = 0; i < RAMP.length; i++) {
      const lo = Math.max(1, Math.ceil(Math.pow(maxCountry + 1, i / RAMP.length)));
      steps.push([RAMP[i], lo]);
    }
    const add = (color, label) => {
      const s = el("svg", { width: 12, height: 12, class: "swatch" }, lg);
      el("rect", { width: 12, height: 12, fill: color }, s);
      lg.appendChild(document.createTextNode(" " + label + "  "));
    };
    add(NONE, "no events");
    steps.forEach(([color, lo], i) => { if (i === 0 || lo > steps[i - 1][1]) add(color, "≥ " + lo); });
    const s = el("svg", { width: 12, height: 12, class: "swatch" }, lg);
    el("circle", { cx: 6, cy: 6, r: 4, class: "point" }, s);
    lg.appendChild(document.createTextNode(" events at a place (size: how many)"));
  }

  function wire() {
    let drag = null, moved = false;
    svg.addEventListener("wheel", (evt) => {
      evt.preventDefault();
      const p = toMap(evt);
      zoom(evt.deltaY < 0 ? 1.4 : 1 / 1.4, p.x, p.y);
    }, { passive: false });
    svg.addEventListener("mousedown", (evt) => { drag = { x: evt.clientX, y: evt.clientY, v: Object.assign({}, view) }; moved = false; });
    window.addEventListener("mouseup", () => { drag = null; });
    svg.addEventListener("mousemove", (evt) => {
      if (drag) {
        const r = svg.getBoundingClientRect();
        const dx = evt.clientX - drag.x, dy = evt.clientY - drag.y;
        if (Math.abs(dx) + Math.abs(dy) > 3) moved = true;
        if (moved) {
          view = Object.assign({}, drag.v, { x: drag.v.x - (dx / r.width) * view.w, y: drag.v.y - (dy / r.height) * view.h });
          clamp();
          setView();
        }
        return;
      }
      const t = evt.target;
      if (t.classList.contains("point")) {
        const n = Number(t.dataset.events);
        showTip(evt, [t.dataset.name || t.dataset.lat + ", " + t.dataset.lon, n + " event" + (n === 1 ? "" : "s") + " here"]);
      } else if (t.classList.contains("country")) {
        const c = byCode[t.dataset.code];
        showTip(evt, [t.dataset.name + " (" + t.dataset.code + ")", c ? c.events + " events (" + c.as_actor + " as actor, " + c.as_recipient + " as recipient)" : "no events"]);
      } else {
        tip.hidden = true;
      }
    });
    svg.addEventListener("mouseleave", () => { tip.hidden = true; });
    svg.addEventListener("click", (evt) => {
      if (moved) return;
      const t = evt.target;
      if (t.classList.contains("point")) select("place=" + t.dataset.lat + "," + t.dataset.lon, (t.dataset.name || "this place") + " (" + t.dataset.lat + ", " + t.dataset.lon + ")", t);
      else if (t.classList.contains("country")) select("involving=" + encodeURIComponent(t.dataset.code), t.dataset.name + " (" + t.dataset.code + ")", t);
    });
    document.getElementById("zoom-in").addEventListener("click", () => zoom(1.6));
    document.getElementById("zoom-out").addEventListener("click", () => zoom(1 / 1.6));
    document.getElementById("zoom-reset").addEventListener("click", () => { view = Object.assign({}, FULL); setView(); });
  }

  function link(td, href, text) {
    td.textContent = "";
    const a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    td.appendChild(a);
  }

  function select(sel, label, target) {
    svg.querySelectorAll(".selected").forEach((n) => n.classList.remove("selected"));
    history.replaceState(null, "", "#" + sel.replace("%2C", ","));
    target.classList.add("selected");
    const query = (data.filters ? data.filters + "&" : "") + sel;
    const section = document.getElementById("selection");
    const title = document.getElementById("selection-title");
    const body = document.querySelector("#selection-table tbody");
    section.hidden = false;
    title.textContent = "Loading events of " + label + "…";
    fetch("/api/map/events?" + query, { headers: { Accept: "application/json" } })
      .then((r) => r.json().then((j) => ({ ok: r.ok, j: j })))
      .then(({ ok, j }) => {
        body.textContent = "";
        if (!ok) { title.textContent = "Could not list the events: " + (j.detail || "error"); return; }
        title.textContent = label + ": " + j.total + " event" + (j.total === 1 ? "" : "s") + (j.items.length < j.total ? " (newest " + j.items.length + " listed)" : "");
        j.items.forEach((e) => {
          const tr = document.createElement("tr");
          tr.dataset.id = e.id;
          link(cell(tr, ""), "/event/" + encodeURIComponent(e.id), e.date || "undated");
          cell(tr, e.event_type, "type");
          cell(tr, codes(e.actor));
          cell(tr, "→", "arrow");
          cell(tr, codes(e.recipient));
          cell(tr, e.modality, "mod " + e.modality);
          cell(tr, (e.location || {}).name || "");
          cell(tr, (e.evidence || {}).sentence_text || "", "sent");
          link(cell(tr, ""), "/article/" + encodeURIComponent(e.article_id), e.article_title || e.article_id);
          body.appendChild(tr);
        });
        const dl = document.getElementById("selection-downloads");
        dl.textContent = "Download these events: ";
        ["csv", "jsonl", "parquet"].forEach((fmt, i) => {
          if (i) dl.appendChild(document.createTextNode(" · "));
          const a = document.createElement("a");
          a.href = "/api/map/events?" + query + "&format=" + fmt;
          a.className = "download";
          a.dataset.format = fmt;
          a.setAttribute("download", "");
          a.textContent = fmt.toUpperCase();
          dl.appendChild(a);
        });
        section.scrollIntoView({ block: "nearest" });
      })
      .catch((err) => { title.textContent = "Could not list the events: " + err; });
  }

  fetch("/api/map/outlines")
    .then((r) => r.json())
    .then(draw)
    .catch((err) => { box.textContent = "Could not load the country outlines: " + err; });
})();
