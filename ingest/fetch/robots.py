"""robots.txt: what an origin's answer allows, read the way urllib's RobotFileParser does."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.robotparser import RobotFileParser

MAX_ROBOTS_BYTES = 512 * 1024  # a longer robots.txt is read up to here
MAX_CRAWL_DELAY_S = 60.0  # a Crawl-delay above this is capped


@dataclass(frozen=True)
class Robots:
    """The rules of one origin, or why they are unknown (then nothing there is fetched)."""

    parser: RobotFileParser | None  # None: robots.txt could not be read
    problem: str = ""  # why not, in plain words
    crawl_delay: float = 0.0

    def allows(self, user_agent: str, url: str) -> bool:
        return self.parser is not None and self.parser.can_fetch(user_agent, url)


def robots_rules(status: int, body: bytes, user_agent: str) -> Robots:
    """The rules from a robots.txt answer: its HTTP status and (for 200) its text."""
    parser = RobotFileParser()
    if status == 200:
        parser.parse(body.decode("utf-8", errors="replace").splitlines())
    elif status in (401, 403):  # the same reading as urllib's RobotFileParser.read
        parser.parse(["User-agent: *", "Disallow: /"])
    elif 400 <= status < 500:  # no robots.txt: everything is allowed
        parser.parse([])
    else:
        return unreadable_robots(f"server error {status}")
    delay = parser.crawl_delay(user_agent)
    crawl_delay = min(float(delay), MAX_CRAWL_DELAY_S) if delay else 0.0
    return Robots(parser, crawl_delay=crawl_delay)


def unreadable_robots(reason: str) -> Robots:
    """Rules that refuse everything, because robots.txt could not be read."""
    return Robots(
        None,
        f"robots.txt could not be read ({reason}) — not fetched, to be safe; try again later",
    )
