"""dtx-nlp: a traceability pipeline for Japanese policy documents."""

__version__ = "0.1.0"
