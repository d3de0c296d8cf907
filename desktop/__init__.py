"""Evidence Desk: a desktop research notebook for tagging claims, entities and figures."""

__version__ = "0.1.0"
