"""Evaluation against gold annotations (only evaluation code reads the gold): entities, links, glossary, structure, the simulated reviewer."""
