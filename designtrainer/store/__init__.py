"""Storage: the SQLite store (db) and the one reader and writer of stored JSON (codec)."""
