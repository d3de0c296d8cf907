"""The evidence dossier: a model built from the project, rendered to Markdown, HTML and JSON (pure functions)."""
