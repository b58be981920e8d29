"""The web explorer: server-rendered pages (Jinja2 templates) and their static assets.

Every page has a JSON twin: the same URL with ``?format=json``. Story text is untrusted and
is only ever autoescaped (templates) or set with ``textContent`` (JS).
"""
