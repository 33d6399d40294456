"""Loading content: YAML with positions, schema checks, cross-file checks, the case library."""
