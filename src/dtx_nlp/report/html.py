"""The HTML report and index, rendered from Jinja2 templates with autoescaping on."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

_ENV = Environment(loader=PackageLoader("dtx_nlp", "templates"),
                   autoescape=select_autoescape(["html", "j2"], default=True),
                   trim_blocks=True, lstrip_blocks=True)


def render_report(source, analysis, result, served: dict | None = None) -> str:
    """The report; with `served` (the review app's settings for the page) it carries the review
    controls too. Both are the same template and script."""
    from .data import report_data

    return _ENV.get_template("report.html.j2").render(
        **report_data(source, analysis, result), served=served)


def render_index(results, corpus=None) -> str:
    return _ENV.get_template("index.html.j2").render(results=results, corpus=corpus)


def render_template(name: str, **context) -> str:
    return _ENV.get_template(name).render(**context)


def warm() -> None:
    """Compile the report and index templates now (Jinja2 keeps them), ahead of the write."""
    for name in ("report.html.j2", "index.html.j2"):
        _ENV.get_template(name)
