"""Review of links: the decisions file, the review queue, and re-linking a document from its cached parse."""
