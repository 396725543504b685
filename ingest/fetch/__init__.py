"""Keep the corpus fresh from the municipalities' own web pages (`iop fetch`).

``corpus/sources.yaml`` lists the pages (docs/interface.md, docs/fetch.md). Each page is
fetched politely — a User-Agent that names the assistant, robots.txt obeyed, a pause
between two requests to one host, conditional requests so an unchanged page costs a 304
— and stored as the raw file in ``corpus/<municipality slug>/web/<slugified URL>.html``
with a sidecar ``.meta.yaml`` carrying its ``source_url``. The normal ingest then reads
it with the same loaders as any other file. With ``follow_attachments: true`` the PDF and
Word files a page links to on the same registrable domain are stored next to it.

What went wrong is reported per address in plain words; the version stored earlier stays
in the corpus, and in the index, untouched. Stored files of sources no longer listed are
never deleted here: they are reported, and staff decide.

Modules, in the order a run uses them:

- ``options``: how politely and where to fetch (from settings).
- ``sources``: sources.yaml — ``SourceSpec``, parsing, ``SourcesError``.
- ``urls``: address normalising and same-site checks (tldextract's public-suffix list).
- ``http``: the one way out to the web — every request and every redirect hop passes
  ``WebClient._exchange``; conditional requests, robots.txt, per-host pause, size limit.
- ``robots``: reading a robots.txt answer into rules.
- ``problems``: what went wrong, in plain words.
- ``attachments``: the PDF and Word links in a page's main content.
- ``files``: file names, staging, atomic writes and sidecars in the corpus.
- ``state``: ``data/fetch_state.sqlite`` (per-address history) and the fetch lock.
- ``report``: the typed results of a run.
- ``run``: ``Fetcher``, ``fetch_sources`` and ``fetch_and_ingest``.
"""
