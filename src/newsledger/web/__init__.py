"""The server-rendered web UI (Jinja2 templates with autoescaping, a little vendored JS/CSS)."""
