// /docs: the API reference drawn from /openapi.json, with a small "try it" form per GET.
// Only textContent and setAttribute are used: schema text is shown, never parsed as HTML.
(function () {
  "use strict";
  const root = document.getElementById("endpoints");
  function h(tag, cls, txt) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (txt !== undefined) e.textContent = txt;
    return e;
  }
  function typeOf(schema) {
    if (!schema) return "";
    if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t !== "null").join(" | ");
    return schema.type || (schema.$ref ? schema.$ref.split("/").pop() : "");
  }
  fetch("/openapi.json").then((r) => r.json()).then((spec) => {
    root.textContent = "";
    root.appendChild(h("p", "muted", `${spec.info.title} ${spec.info.version}: ${spec.info.description || ""}`));
    Object.keys(spec.paths).sort().forEach((path) => {
      const ops = spec.paths[path];
      Object.keys(ops).forEach((method) => {
        const op = ops[method];
        const sec = h("section", "endpoint");
        const head = h("h3");
        head.appendChild(h("span", "method " + method, method.toUpperCase()));
        head.appendChild(h("code", "", " " + path));
        sec.appendChild(head);
        if (op.summary) sec.appendChild(h("p", "", op.summary));
        if (op.description) sec.appendChild(h("p", "muted", op.description));
        const params = op.parameters || [];
        const form = h("form", "filters");
        if (params.length) {
          const t = h("table", "data params");
          const hr = h("tr");
          ["parameter", "in", "type", "default", "description"].forEach((c) => hr.appendChild(h("th", "", c)));
          t.appendChild(hr);
          params.forEach((p) => {
            const tr = h("tr");
            tr.appendChild(h("td", "", p.name + (p.required ? " *" : "")));
            tr.appendChild(h("td", "muted", p.in));
            tr.appendChild(h("td", "", typeOf(p.schema)));
            tr.appendChild(h("td", "", p.schema && p.schema.default !== undefined ? String(p.schema.default) : ""));
            tr.appendChild(h("td", "", p.description || ""));
            t.appendChild(tr);
            if (method === "get") {
              const lab = h("label", "", p.name + " ");
              const inp = h("input");
              inp.setAttribute("name", p.name);
              inp.setAttribute("data-in", p.in);
              inp.setAttribute("size", "10");
              lab.appendChild(inp);
              form.appendChild(lab);
            }
          });
          sec.appendChild(t);
        }
        if (method === "get") {
          const btn = h("button", "", "Try it");
          btn.setAttribute("type", "submit");
          form.appendChild(btn);
          const out = h("pre", "out");
          out.hidden = true;
          form.addEventListener("submit", async (ev) => {
            ev.preventDefault();
            let url = path;
            const q = new URLSearchParams();
            form.querySelectorAll("input").forEach((i) => {
              if (!i.value) return;
              if (i.getAttribute("data-in") === "path") url = url.replace("{" + i.name + "}", encodeURIComponent(i.value));
              else q.append(i.name, i.value);
            });
            const full = url + (q.toString() ? "?" + q : "");
            out.hidden = false;
            out.textContent = "GET " + full + " …";
            try {
              const r = await fetch(full);
              const txt = await r.text();
              let body = txt;
              try { body = JSON.stringify(JSON.parse(txt), null, 2); } catch (e) { /* not JSON */ }
              out.textContent = `GET ${full} → ${r.status}\n\n` + body.slice(0, 20000);
            } catch (e) {
              out.textContent = "failed: " + e.message;
            }
          });
          sec.appendChild(form);
          sec.appendChild(out);
        }
        root.appendChild(sec);
      });
    });
  }).catch((e) => { root.textContent = "Could not load /openapi.json: " + e.message; });
})();
