"""From document files in corpus/ to a persistent, incrementally refreshed index."""
