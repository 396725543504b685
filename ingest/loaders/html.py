"""HTML loader: the page's main content via trafilatura, with its contact block kept."""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterator

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError

from assistant.core.documents import LoadedDocument, PageText
from ingest.clean import is_contact_line
from ingest.errors import EmptyFileError
from ingest.loaders.running import compact, switchboard_parts
from ingest.loaders.text import decode_text

# Keep trafilatura's parse warnings off the console unless the application configures logging.
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMPHASIS = re.compile(r"(?<![\w*`])([*`])(?P<text>[^\s*`](?:[^*`\n]*[^\s*`])?)\1(?![\w*`])")
_TABLE_RULE = re.compile(r"^\|(?:\s*:?-{2,}:?\s*\|)+\s*$")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+")
_SITE_NAME = re.compile(r"(?:kommun|stad)$|^(?:region|landsting)\b|\blän$", re.IGNORECASE)

_DROP = (
    "script", "style", "noscript", "template", "svg", "form", "button", "nav", "header",
    "footer", "aside", "iframe",
)  # fmt: skip
# A breadcrumb trail or a cookie notice (dropped before trafilatura's recall mode reads a
# page) is boilerplate, and so are menus and share buttons.
_NOTICE_WORDS = r"cookie|consent|kakor|breadcrumb|brodsmul"
_NOTICE = re.compile(_NOTICE_WORDS, re.IGNORECASE)
_BOILERPLATE_HINT = re.compile(rf"{_NOTICE_WORDS}|menu|meny|skip|share|dela|social", re.IGNORECASE)
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "address", "aside", "footer", "header",
        "blockquote", "pre", "dl", "dt", "dd", "figure", "figcaption", "table", "ul", "ol",
    }
)  # fmt: skip
_CONTACT_CONTAINERS = frozenset({"address", "aside", "section", "div", "footer", "ul", "ol", "dl"})
_MAX_CONTACT_BLOCK = 600  # characters; a contact card is a few lines, not a page section


def load_html(data: bytes) -> LoadedDocument:
    """Read an HTML page: main content as Markdown-like text, title, URL and date."""
    source = decode_text(data)
    tree = _parse(source)
    if tree is None:
        raise EmptyFileError("HTML page has no readable content")
    _spell_out_links(tree)
    _triggers_as_headings(tree)
    text = _main_text(tree)
    text = _with_contacts(text, tree)
    text = _with_switchboard(text, tree)
    if not text.strip():
        raise EmptyFileError("HTML page has no readable text")
    return LoadedDocument(
        pages=(PageText(page=None, text=text),), title=_title(tree), metadata=_metadata(tree)
    )


def _parse(source: str) -> lxml_html.HtmlElement | None:
    # lxml refuses str input that carries an XML encoding declaration
    source = re.sub(r"^\s*<\?xml[^>]*\?>", "", source)
    try:
        return lxml_html.document_fromstring(source)
    except (ParserError, ValueError):
        return None


def _spell_out_links(tree: lxml_html.HtmlElement) -> None:
    """Put a mailto:/tel: target into the link text when the text hides it ("E-post")."""
    for link in tree.iter("a"):
        href = (link.get("href") or "").strip()
        scheme, _, target = href.partition(":")
        target = target.split("?")[0].strip()
        if scheme.lower() not in ("mailto", "tel") or not target:
            continue
        label = link.text_content()
        if scheme.lower() == "tel" and sum(char.isdigit() for char in label) >= 6:
            continue  # the visible number is already there, only formatted differently
        if compact(target) not in compact(label):
            link.tail = f" ({target})" + (link.tail or "")


def _triggers_as_headings(tree: lxml_html.HtmlElement) -> None:
    """An accordion's trigger is its section's heading: "<h2><button aria-controls=…>När kan
    vi skicka in en idé?</button></h2>" keeps its words as the heading (buttons are dropped
    as page chrome), and a trigger standing alone becomes one when it opens a panel of the
    page ("aria-controls" naming its id) or asks a question."""
    ids = {element.get("id") for element in tree.iter() if element.get("id")}
    for button in list(tree.iter("button")):
        label = " ".join(button.text_content().split())
        parent = button.getparent()
        if not label or parent is None:
            continue
        opens = button.get("aria-controls") in ids
        if _is_heading(parent):
            button.drop_tag()
        elif opens or (button.get("aria-expanded") and label.endswith("?")):
            tail = button.tail
            for child in list(button):
                button.remove(child)
            button.attrib.clear()
            button.tag, button.text, button.tail = "h3", label, tail


def _main_text(tree: lxml_html.HtmlElement) -> str:
    focused = _focused(tree)
    _questions_as_paragraphs(focused)
    _steps_as_items(focused)
    _captions_as_paragraphs(focused)
    marked = _mark_line_breaks(focused)
    extracted = _extract(focused, favor_recall=False)
    # trafilatura's precision mode sometimes keeps a page's lead and tables but drops
    # its headings and lists (a CMS wrapping each section in its own <div>): then the
    # recall mode, on the page without its breadcrumb and cookie notice, is read instead.
    rendered = list(_render(_without_boilerplate(content_root(focused))))
    content = _content_lines(focused)
    # (A line or two set otherwise, an FAQ's or a guide's, is no loss.)
    if len(content) - _covered(content, extracted) > _LOSS_SHARE * len(content):
        recalled = _extract(_without_notices(focused), favor_recall=True)
        if _covered(content, recalled) > _covered(content, extracted):
            extracted = recalled
    if extracted and extracted.strip():
        if marked:
            extracted = re.sub(rf"[ \t]*{_LINE_BREAK}[ \t]*", "\n", extracted)
        return _tidy(_with_headings(extracted, rendered))
    return _tidy("\n".join(_render(_without_boilerplate(content_root(tree)))))


def _with_headings(extracted: str, rendered: list[str]) -> str:
    """Put back the headings the extraction dropped over text it kept: the first line
    under a missing heading is found in the extraction, after the last one found, and the
    heading set above it. A heading whose own text was dropped too (a cookie notice's)
    stays out."""
    lines = extracted.splitlines()
    keys = [_line_key(line) for line in lines]
    present = {key for key in keys if key}
    pending: list[str] = []
    inserts: dict[int, list[str]] = {}
    after = 0  # the text goes on in the page's order: look only below the last found
    for raw in rendered:  # the page's own render, in its order
        # Of a paragraph broken into lines, its first line is looked for.
        line = " ".join(raw.split(_LINE_BREAK)[0].split())
        if not line:
            continue
        key = _line_key(line)
        if line.startswith("#"):
            # The page's title (h1) is the document's title already; a heading whose
            # text was a button (an accordion's) says nothing.
            if key and key not in present and not line.startswith("# "):
                pending.append(line)
            else:
                pending = []
            continue
        if len(key) < _LINE_KEY_CHARS:
            continue  # too short to find again ("0120-831 45" is digits only)
        at = next(
            (i for i in range(after, len(keys)) if keys[i] == key or keys[i].startswith(key)),
            None,
        )
        if at is None:
            pending = []  # the text under them was dropped: so are they
            continue
        if pending and at not in inserts:
            inserts[at] = pending
        pending, after = [], at + 1
    if not inserts:
        return extracted
    out: list[str] = []
    for i, line in enumerate(lines):
        for heading in inserts.get(i, []):
            out.extend([heading, ""])
        out.append(line)
    return "\n".join(out)


_LINE_KEY_CHARS = 8


def _line_key(line: str) -> str:
    """A line as looked for: its marker and numbering aside, without spaces or case."""
    return compact(line.replace(_LINE_BREAK, " ").lstrip("#-|*0123456789. "))


def _extract(tree: lxml_html.HtmlElement, favor_recall: bool) -> str | None:
    found: str | None = trafilatura.extract(
        tree,
        output_format="markdown",
        include_formatting=True,
        include_tables=True,
        include_links=False,
        include_images=False,
        include_comments=False,
        favor_recall=favor_recall,
    )
    return found


_CONTENT_WORDS = 4  # a line this long is the page's content, not a label or a link
_LOSS_SHARE = 0.2  # of the content lines missing, the extraction lost the page's content


def _without_notices(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A copy of the page without its breadcrumb trail and cookie notice, which the recall
    mode would keep."""
    tree = copy.deepcopy(tree)
    for element in list(tree.iter()):
        names = f"{element.get('id', '')} {element.get('class', '')}"
        if (
            isinstance(element.tag, str)
            and _NOTICE.search(names)
            and element.getparent() is not None
        ):
            element.drop_tree()
    return tree


def _content_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """The headings, list items and paragraphs of the page's content (not of the site's
    header, footer or menus), as compact text."""
    root = _without_boilerplate(content_root(tree))
    for element in [e for e in root.iterdescendants() if isinstance(e.tag, str)]:
        if _site_chrome(element) and element.getparent() is not None:
            element.drop_tree()
    return [_line_key(line) for line in _render(root) if len(line.split()) >= _CONTENT_WORDS]


def _covered(lines: list[str], extracted: str | None) -> int:
    """How many of the lines stand in the extracted text."""
    present = compact(extracted or "")
    return sum(line in present for line in lines)


# trafilatura writes a <br> as a new paragraph: "Ring Sofia Nyström.<br>Telefon: …<br>Hon
# svarar måndag–torsdag kl. 9–11." would fall apart into three, the name away from its
# number. A mark it keeps in the text stands in for each <br> and becomes a line break.
_LINE_BREAK = "\u00b6"


def _mark_line_breaks(tree: lxml_html.HtmlElement) -> bool:
    """Put the mark where each <br> of the page's body stands (none when the page writes
    the mark itself); whether any was put."""
    body = tree.find("body")
    if body is None or _LINE_BREAK in body.text_content():
        return False
    breaks = list(body.iter("br"))
    for br in breaks:
        parent, previous = br.getparent(), br.getprevious()
        if parent is None:
            continue
        # Within a table cell a line break is a space: a row stays one line ("| … |").
        in_cell = any(a.tag in ("td", "th") for a in br.iterancestors())
        after = (" " if in_cell else _LINE_BREAK) + (br.tail or "")
        if previous is not None:
            previous.tail = (previous.tail or "") + after
        else:
            parent.text = (parent.text or "") + after
        parent.remove(br)
    return bool(breaks)


def _focused(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """A copy of the page with only <main> (or the one <article>) in its body.

    On short pages trafilatura falls back to whole-body text, menus included; cutting the
    site's own chrome away first keeps that fallback clean too.
    """
    root = content_root(tree)
    if root.tag in ("body", "html"):
        return copy.deepcopy(tree)
    page = lxml_html.document_fromstring("<html><head></head><body></body></html>")
    head = tree.find("head")
    if head is not None:
        page.replace(page.find("head"), copy.deepcopy(head))
    page.find("body").append(copy.deepcopy(root))
    return page


def _questions_as_paragraphs(tree: lxml_html.HtmlElement) -> None:
    """An FAQ written as a definition list (<dt>question?</dt><dd>answer</dd>) is
    questions and answers, not a list: each becomes a paragraph, so the question heads its
    answer as an FAQ's does. A list of labels ("<dt>Telefon</dt>") stays a list."""
    for dl in tree.iter("dl"):
        terms = [dt.text_content().strip() for dt in dl.iter("dt")]
        if not terms or sum(t.endswith("?") for t in terms) * 2 <= len(terms):
            continue
        for item in dl.iter("dt", "dd"):
            # An answer may hold paragraphs or a list of its own: a block, not a paragraph.
            item.tag = "p" if item.tag == "dt" else "div"
        dl.tag = "div"


def _steps_as_items(tree: lxml_html.HtmlElement) -> None:
    """A guide whose list items have headings and paragraphs of their own ("<li><h2>Kolla
    att föreningen kan söka</h2><p>…</p></li>") is steps: each item is read as its heading
    and its text, "Besked om idén går vidare: Senast fredag 24 april 2026 får alla …",
    still an item of the list (a heading inside an item would end the list)."""
    for listing in list(tree.iter("ol", "ul")):
        items = [li for li in listing if li.tag == "li"]
        if not items or not all(any(_is_heading(c) for c in li) for li in items):
            continue
        for li in items:
            heading = next(c for c in li if _is_heading(c))
            label = " ".join(heading.text_content().split()).rstrip(":")
            said = " ".join(
                " ".join(c.text_content().split()) for c in li if c is not heading
            ).strip()
            tail = " ".join((heading.tail or "").split())
            for child in list(li):
                li.remove(child)
            li.text = f"{label}: {' '.join(p for p in (tail, said) if p)}".rstrip(": ")


def _captions_as_paragraphs(tree: lxml_html.HtmlElement) -> None:
    """A table's caption ("Krav för IOP i Klippans kommun") names the table: a lead-in
    before it ("…:"), not a row of its own above the header (the header row names the
    columns), nor a heading over what follows the table."""
    for caption in list(tree.iter("caption")):
        table = caption.getparent()
        said = " ".join(caption.text_content().split())
        if table is None or table.getparent() is None:
            continue
        table.remove(caption)
        if said:
            paragraph = lxml_html.Element("p")
            # "Vem kan söka?" stays a question; a name leads the table in.
            paragraph.text = said if said.endswith((":", "?")) else f"{said.rstrip('.')}:"
            table.addprevious(paragraph)


def _is_heading(element: lxml_html.HtmlElement) -> bool:
    return isinstance(element.tag, str) and re.fullmatch(r"h[1-6]", element.tag) is not None


def _tidy(text: str) -> str:
    """Drop table rules and inline emphasis; only the block structure is kept."""
    lines = [line.rstrip() for line in text.splitlines() if not _TABLE_RULE.match(line.strip())]
    text = _EMPHASIS.sub(r"\g<text>", "\n".join(lines).replace("**", ""))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def content_root(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """<main>, else the page's only <article>, else <body>."""
    for query in ("//main", "//*[@role='main']"):
        found = tree.xpath(query)
        if found:
            return found[0]
    articles = tree.xpath("//article")
    if len(articles) == 1:
        return articles[0]
    body = tree.find("body")
    return body if body is not None else tree


def _without_boilerplate(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    root = copy.deepcopy(root)
    doomed = [
        element
        for element in root.iterdescendants()
        if isinstance(element.tag, str)
        and (
            element.tag in _DROP
            or element.get("role") in ("navigation", "banner", "contentinfo")
            or _BOILERPLATE_HINT.search(f"{element.get('id', '')} {element.get('class', '')}")
        )
    ]
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    return root


def _render(element: lxml_html.HtmlElement) -> Iterator[str]:
    """The element's text as lines: headings, list items and table rows marked."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in ("script", "style", "noscript", "template"):
        return
    if re.fullmatch(r"h[1-6]", tag):
        yield ""
        yield "#" * int(tag[1]) + " " + _compact_text(element)
        yield ""
        return
    if tag == "li":
        parent = element.getparent()
        ordered = parent is not None and parent.tag == "ol"
        index = parent.index(element) + 1 if ordered and parent is not None else 0
        yield (f"{index}. " if ordered else "- ") + _compact_text(element)
        return
    if tag == "tr":
        cells = [
            _compact_text(cell).replace("|", "/") for cell in element if cell.tag in ("td", "th")
        ]
        yield "| " + " | ".join(cells) + " |"
        return
    if tag in _BLOCKS:
        yield ""
    yield from _inline_lines(element)
    if tag in _BLOCKS:
        yield ""


def _inline_lines(element: lxml_html.HtmlElement) -> Iterator[str]:
    """Text and children of an element; <br> and block children start new lines."""
    line = element.text or ""
    for child in element:
        child_tag = child.tag if isinstance(child.tag, str) else ""
        if child_tag == "br":
            yield line
            line = child.tail or ""
        elif (
            child_tag in _BLOCKS or child_tag in ("li", "tr") or re.fullmatch(r"h[1-6]", child_tag)
        ):
            yield line
            yield from _render(child)
            line = child.tail or ""
        elif child_tag in ("script", "style", "noscript", "template"):
            line += child.tail or ""
        else:
            sub = list(_inline_lines(child))
            if len(sub) > 1:
                yield line + sub[0]
                yield from sub[1:-1]
                line = sub[-1]
            else:
                line += "".join(sub)
            line += child.tail or ""
    yield line


def _with_contacts(text: str, tree: lxml_html.HtmlElement) -> str:
    """Append contact blocks of the main content that the extraction dropped."""
    root = content_root(tree)
    present = compact(text)
    blocks = _contact_blocks(root)
    if root.tag in ("body", "html"):
        # Without <main>/<article> the page's own cards are those outside its header,
        # footer and menus (a CMS's "<div class='footer'>" holds the switchboard).
        blocks = [b for b in blocks if not any(_site_chrome(a) for a in (b, *b.iterancestors()))]
    missing = _missing_lines(blocks, present, [])
    # A sidebar beside <main> ("<aside aria-label='Kontakt'>") is the page's own: its
    # cards go under its heading, each under its own ("### Frågor om IOP").
    for aside in _asides_beside(tree, root):
        cards = _missing_lines(_contact_blocks(aside), present, missing, headed=True)
        if cards:
            missing.extend(["", f"## {_aside_heading(aside)}", *cards])
    if not missing:
        return text
    return f"{text}\n\n" + "\n".join(missing) if text.strip() else "\n".join(missing)


def _missing_lines(
    blocks: list[lxml_html.HtmlElement], present: str, already: list[str], headed: bool = False
) -> list[str]:
    """The lines of the contact blocks that the text lacks (a card's heading kept when
    ``headed``)."""
    out: list[str] = []
    for block in blocks:
        rendered = [line.strip() for line in _render(block)]
        lines = [" ".join(line.split()) if not line.startswith("#") else line for line in rendered]
        new = [line for line in lines if line and compact(line) not in present]
        if not any(is_contact_line(line) for line in new):
            continue
        # A card the text lacks keeps all its lines, a mailbox the page names elsewhere too
        # ("Aino Rantatalo / Telefon … / iop@kiruna.se"): else her card has no address.
        kept = [line for line in lines if line and line not in already and line not in out]
        if headed:
            for line in kept:
                out.extend(["", line] if line.startswith("#") else [line])
        else:
            out.extend(kept)
    return out


def _asides_beside(
    tree: lxml_html.HtmlElement, root: lxml_html.HtmlElement
) -> list[lxml_html.HtmlElement]:
    """The <aside> elements outside the content root and outside the site's header,
    footer and menus."""
    out = []
    for aside in tree.iter("aside"):
        if _is_ancestor(root, aside) or _is_ancestor(aside, root):
            continue
        if any(_site_chrome(a) for a in (aside, *aside.iterancestors())):
            continue
        out.append(aside)
    return out


_CHROME_ROLES = frozenset({"contentinfo", "banner", "navigation", "dialog", "alertdialog"})


def _site_chrome(element: lxml_html.HtmlElement) -> bool:
    """The site's header, footer, menus or a cookie notice, by tag, role or name."""
    if element.tag in ("header", "footer", "nav"):
        return True
    if (element.get("role") or "").lower() in _CHROME_ROLES:
        return True
    names = " ".join(element.get(a) or "" for a in ("class", "id", "aria-label"))
    return bool(_BOILERPLATE_HINT.search(names) or _named_footer(names))


def _aside_heading(aside: lxml_html.HtmlElement) -> str:
    """What the sidebar calls itself: its first heading, else its label."""
    for element in aside.iter():
        if isinstance(element.tag, str) and re.fullmatch(r"h[1-6]", element.tag):
            return _compact_text(element)
    return aside.get("aria-label") or "Kontakt"


def _with_switchboard(text: str, tree: lxml_html.HtmlElement) -> str:
    """Append the switchboard or contact-centre line of the page footer ("Växel: 023-830
    00"), which the extraction drops: the one number a municipality gives for questions
    that are not about IOP, so an answer can point there instead of at an official."""
    lines = [line for footer in _footers(tree) for line in _render(footer)]
    found = switchboard_parts(lines, text)
    return f"{text}\n\n" + "\n".join(found) if found else text


# A site's footer by its name ("<div class='sv-layout footer'>", id="sidfot"); not a card's
# own ("card-footer").
_FOOTER_NAMES = frozenset({"footer", "sidfot", "site-footer", "page-footer", "sitefooter"})


def _named_footer(names: str) -> bool:
    return any(token.lower() in _FOOTER_NAMES for token in names.split())


def _footers(tree: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The page's footers: <footer>, role="contentinfo" or a block named so, outermost."""
    found = [
        element
        for element in tree.iter()
        if isinstance(element.tag, str)
        and (
            element.tag == "footer"
            or (element.get("role") or "").lower() == "contentinfo"
            or _named_footer(f"{element.get('id', '')} {element.get('class', '')}")
        )
    ]
    return [f for f in found if not any(_is_ancestor(other, f) for other in found)]


def _contact_blocks(root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """The smallest container around each e-mail address or phone number in the content."""
    blocks: list[lxml_html.HtmlElement] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        own_text = " ".join(filter(None, [element.text, *(child.tail for child in element)]))
        if not (is_contact_line(own_text) or _EMAIL.search(own_text)):
            continue
        block = _container(element, root)
        if not any(block is kept or _is_ancestor(kept, block) for kept in blocks):
            blocks = [kept for kept in blocks if not _is_ancestor(block, kept)] + [block]
    return blocks


def _container(
    element: lxml_html.HtmlElement, root: lxml_html.HtmlElement
) -> lxml_html.HtmlElement:
    """The contact card around an element: a small div/aside/address, else its paragraph."""
    paragraph: lxml_html.HtmlElement | None = None
    for current in (element, *element.iterancestors()):
        if current is root or current.tag in ("article", "main", "body"):
            break
        if len(_compact_text(current)) > _MAX_CONTACT_BLOCK:
            break
        if current.tag in _CONTACT_CONTAINERS:
            return current
        if paragraph is None and (current.tag in _BLOCKS or current.tag in ("li", "dd", "td")):
            paragraph = current
    return paragraph if paragraph is not None else element


def _is_ancestor(ancestor: lxml_html.HtmlElement, element: lxml_html.HtmlElement) -> bool:
    return any(parent is ancestor for parent in element.iterancestors())


def _title(tree: lxml_html.HtmlElement) -> str | None:
    site_name = _first(tree, "//meta[@property='og:site_name']/@content")
    for query in ("//meta[@property='og:title']/@content", "//title/text()"):
        title = _first(tree, query)
        if title:
            return _without_site_name(title, site_name)
    h1 = tree.xpath("//h1")
    return (_compact_text(h1[0]) or None) if h1 else None


def _without_site_name(title: str, site_name: str | None) -> str:
    """Drop a site-name suffix: "IOP - Kramfors kommun" -> "IOP"; other titles stay whole."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1]
    if (site_name and last.casefold() == site_name.casefold()) or _SITE_NAME.search(last):
        return title[: title.rfind(last)].rstrip(" |–—-") or title
    return title


def _metadata(tree: lxml_html.HtmlElement) -> dict[str, str]:
    metadata: dict[str, str] = {}
    url = _first(tree, "//link[@rel='canonical']/@href") or _first(
        tree, "//meta[@property='og:url']/@content"
    )
    if url and url.startswith(("http://", "https://")):
        metadata["source_url"] = url
    date = _page_date(tree)
    if date:
        metadata["date"] = date
    return metadata


def _page_date(tree: lxml_html.HtmlElement) -> str | None:
    try:
        found = trafilatura.extract_metadata(copy.deepcopy(tree))
    except Exception:  # date guessing is best effort; a page without a date is still a page
        return None
    date = getattr(found, "date", None) if found is not None else None
    return date if isinstance(date, str) and _DATE.match(date) else None


def _first(tree: lxml_html.HtmlElement, query: str) -> str | None:
    for value in tree.xpath(query):
        text = " ".join(str(value).split())
        if text:
            return text
    return None


def _compact_text(element: lxml_html.HtmlElement) -> str:
    return " ".join(element.text_content().split())
