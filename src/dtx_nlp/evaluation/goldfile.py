"""The one rule every gold file follows for comments."""

from __future__ import annotations


def is_comment(line: str) -> bool:
    """A comment line: "#" alone or "# " and a remark. A term may begin with # (#7119, a
    service's phone number), so "#" followed by anything else is data."""
    return line.rstrip() == "#" or line.startswith("# ")
