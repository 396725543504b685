"""Contact cards found in a passage at ingest: names, roles, organisations, layout."""
