// SVG helpers shared by the pair chart, the timelines and the map. Story text is untrusted:
// attributes go in with setAttribute and words with textContent, never as markup.
window.communiqueSvg = (function () {
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
  return { NS: NS, el: el, text: text };
})();
