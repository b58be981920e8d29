// Network view: place each node's label where it overlaps no other label and no node.
// Nodes come busiest first; a label that fits nowhere is hidden (shown on hover), so the
// busiest actors are always labelled. Then the viewBox grows to hold every label.
(function () {
  "use strict";
  const svg = document.querySelector("svg.network");
  if (!svg) return;
  const groups = Array.from(svg.querySelectorAll("g.node-g"));
  const circles = groups.map((g) => g.querySelector("circle"));
  const PAD = 2;
  const box0 = svg.viewBox.baseVal;
  const cx0 = box0.x + box0.width / 2, cy0 = box0.y + box0.height / 2;

  function hits(a, b) {
    return a.x < b.x + b.width + PAD && b.x < a.x + a.width + PAD &&
           a.y < b.y + b.height + PAD && b.y < a.y + a.height + PAD;
  }
  function circleBox(c) {
    const x = +c.getAttribute("cx"), y = +c.getAttribute("cy"), r = +c.getAttribute("r");
    return { x: x - r, y: y - r, width: 2 * r, height: 2 * r };
  }
  const nodeBoxes = circles.map(circleBox);
  const placed = [];
  let minX = box0.x, minY = box0.y, maxX = box0.x + box0.width, maxY = box0.y + box0.height;

  groups.forEach((g, i) => {
    const t = g.querySelector("text");
    const c = nodeBoxes[i];
    const x = c.x + c.width / 2, y = c.y + c.height / 2, r = c.width / 2;
    // outward from the centre first (the circle layout leaves room outside), then around
    const out = Math.atan2(y - cy0, x - cx0);
    const angles = [out, -Math.PI / 2, Math.PI / 2, 0, Math.PI, out - 0.6, out + 0.6,
                    -Math.PI / 4, -3 * Math.PI / 4, Math.PI / 4, 3 * Math.PI / 4];
    const candidates = [];
    [4, 16, 30].forEach((gap) => angles.forEach((a) => candidates.push([a, r + gap])));
    let ok = false;
    for (const [a, d] of candidates) {
      const px = x + Math.cos(a) * d, py = y + Math.sin(a) * d;
      const anchor = Math.abs(Math.cos(a)) < 0.35 ? "middle" : Math.cos(a) > 0 ? "start" : "end";
      t.setAttribute("x", px.toFixed(1));
      t.setAttribute("y", (py + 4 + Math.sin(a) * 4).toFixed(1));
      t.setAttribute("text-anchor", anchor);
      const b = t.getBBox();
      if (placed.some((p) => hits(b, p))) continue;
      if (nodeBoxes.some((n) => hits(b, n))) continue;
      placed.push({ x: b.x, y: b.y, width: b.width, height: b.height });
      minX = Math.min(minX, b.x - 4); minY = Math.min(minY, b.y - 4);
      maxX = Math.max(maxX, b.x + b.width + 4); maxY = Math.max(maxY, b.y + b.height + 4);
      ok = true;
      break;
    }
    if (!ok) {
      t.setAttribute("x", x.toFixed(1));
      t.setAttribute("y", (y - r - 4).toFixed(1));
      t.setAttribute("text-anchor", "middle");
      t.classList.add("label-hidden");
    }
  });
  const w = maxX - minX, h = maxY - minY;
  svg.setAttribute("viewBox", `${minX} ${minY} ${w} ${h}`);
  svg.setAttribute("width", String(Math.round(w)));
  svg.setAttribute("height", String(Math.round(h)));
  const note = document.getElementById("label-note");
  const hidden = svg.querySelectorAll("text.label-hidden").length;
  if (note) note.hidden = hidden === 0;
  svg.setAttribute("data-labels-placed", String(placed.length));
})();
