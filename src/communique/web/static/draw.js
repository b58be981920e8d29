// Drawing helpers shared by the pair chart, the timelines and the map: SVG elements, table
// cells, actor codes and the chart tooltip. Story text is untrusted: attributes go in with
// setAttribute and words with textContent, never as markup.
window.communiqueDraw = (function () {
  "use strict";
  const NS = "http://www.w3.org/2000/svg";

  function el(name, attrs, parent) {
    const node = document.createElementNS(NS, name);
    for (const k in attrs) node.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(node);
    return node;
  }
  function text(parent, x, y, s, cls, anchor) {
    const t = el("text", { x: x, y: y, class: cls || "", "text-anchor": anchor || "start" }, parent);
    t.textContent = s;
    return t;
  }
  // A table cell holding a node, or a value as text ("" for null and undefined).
  function cell(tr, content, cls) {
    const td = document.createElement("td");
    if (cls) td.className = cls;
    if (content instanceof Node) td.appendChild(content); else td.textContent = content === null || content === undefined ? "" : String(content);
    tr.appendChild(td);
    return td;
  }
  function codes(list) {
    return (list || []).map((a) => a.code || a.text || "?").join("+") || "–";
  }
  // The chart tooltip: one line per non-empty entry (the first as its title), placed by the
  // pointer inside ``box`` and kept within it.
  function showTip(box, tip, lines, ev) {
    tip.textContent = "";
    lines.filter(Boolean).forEach((l, i) => {
      const d = document.createElement("div");
      if (i === 0) d.className = "tip-title";
      d.textContent = l;
      tip.appendChild(d);
    });
    tip.hidden = false;
    const r = box.getBoundingClientRect();
    let x = ev.clientX - r.left + 14;
    if (x + 300 > r.width) x = ev.clientX - r.left - 314;
    tip.style.left = x + "px";
    tip.style.top = ev.clientY - r.top + box.offsetTop + 10 + "px";
  }
  return { NS: NS, el: el, text: text, cell: cell, codes: codes, showTip: showTip };
})();
