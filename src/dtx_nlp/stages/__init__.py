"""The pipeline's stages, in run order: read, clean, segment and outline, parse, entities, glossary, links, traceability."""
