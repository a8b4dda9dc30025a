"""Table models over frozen rows (one pattern: column spec, display cache, model-side filter/sort)."""
