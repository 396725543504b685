"""The PDF and Word files a fetched page links to from its main content."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html
from lxml.etree import ParserError

from ingest.fetch.urls import normalise_url, same_site
from ingest.loaders.html import content_root

ATTACHMENT_SUFFIXES = (".pdf", ".docx")


def find_attachments(html: bytes | str, page_url: str) -> list[str]:
    """PDF and Word (.docx) links in a page's main content, absolute, first seen first.

    Only links on the page's own registrable domain count; #fragments are dropped. The
    main content is <main>, else the page's only <article>, else <body> — the same choice
    as the HTML loader, so that links in the site's menus and footer stay out.
    """
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        tree = lxml_html.document_fromstring(html)
    except (ParserError, ValueError):
        return []
    base = page_url
    for href in tree.xpath("//base/@href"):
        base = urljoin(page_url, str(href).strip())
        break
    found: dict[str, None] = {}
    for link in content_root(tree).iter("a"):
        href = (link.get("href") or "").strip()
        if not href:
            continue
        url = normalise_url(urljoin(base, href))
        if url is None or not same_site(url, page_url):
            continue
        if urlsplit(url).path.lower().endswith(ATTACHMENT_SUFFIXES):
            found.setdefault(url, None)
    return list(found)
