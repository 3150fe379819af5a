"""Writing what a run produces: a document's CSV and HTML report, exports, corpus-wide outputs."""
