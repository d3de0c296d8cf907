"""Plain-Python domain: no Qt, no database sessions."""
