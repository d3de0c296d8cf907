"""Standard interchange: W3C Web Annotation JSON-LD, REFI-QDA, CSV (pure readers and writers)."""
