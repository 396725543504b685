"""Writes one organisation's documents of the national corpus with its own random stream:
guideline PDF, IOP web page, decision DOCX files, board minutes and other web pages."""

from __future__ import annotations

import random
from pathlib import Path

import docx
from builders import make_html, make_pdf

from bench.lib.national.phrasing import phrasing
from bench.lib.national.plan import (
    Body,
    BodyPlan,
    Partnership,
    Person,
    estimate_chunks,
    make_person,
)

P = phrasing()
MINUTES_PER_BODY = (3.9, 7.8)  # times the body's volume: the bulk of the corpus


class BodyWriter:
    """Writes one organisation's documents with its own random stream."""

    def __init__(self, body: Body, seed: int, corpus: Path | None) -> None:
        self.body = body
        self.rng = random.Random(f"{seed}:{body.slug}")
        self.corpus = corpus
        rng = self.rng
        departments = P.region_departments if body.kind == "region" else P.departments
        committee, department = rng.choice(departments)
        self.plan = BodyPlan(
            body=body,
            volume=min(4.0, max(0.3, rng.lognormvariate(0.0, 0.55))),
            committee=committee,
            department=department,
            contact=make_person(rng, body, rng.choice(P.contact_titles)),
        )
        self.year = rng.randrange(2016, 2024)

    # -- helpers --------------------------------------------------------------------------
    def fmt(self, template: str, **extra: object) -> str:
        p, rng = self.plan, self.rng
        values: dict[str, object] = {
            "org": self.body.organisation,
            "name": self.body.name,
            "committee": p.committee,
            "committee_short": p.department,
            "year": self.year,
            "month": rng.choice(P.months),
            "amount": rng.randrange(3, 40),
        }
        values.update(extra)
        return template.format(**values)

    def _folder(self) -> Path | None:
        if self.corpus is None:
            return None
        folder = self.corpus / self.body.slug
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _record(self, stem: str, suffix: str, kind: str, pages: list[list[str]]) -> str:
        self.plan.documents.append(
            {
                "rel": f"{self.body.slug}/{stem}{suffix}",
                "kind": kind,
                "est_chunks": estimate_chunks(pages, kind),
            }
        )
        return stem

    def _contact_lines(self, person: Person) -> list[str]:
        p = self.plan
        lines = [
            f"{person.name}, {person.title}, {p.department}",
            f"E-post: {person.email}",
            f"Telefon: {person.phone}",
        ]
        if self.rng.random() < 0.3:
            lines[0] = f"{person.name}\n{person.title.capitalize()}, {p.department}"
        return lines

    # -- documents ------------------------------------------------------------------------
    def guideline(self) -> None:
        rng, p, body = self.rng, self.plan, self.body
        topics = rng.sample(sorted(P.criteria), rng.randint(4, 7))
        if "nonprofit" not in topics and rng.random() < 0.7:
            topics[0] = "nonprofit"
        for topic in topics:
            text, fact = rng.choice(P.criteria[topic])
            p.criteria.append((topic, text, fact))
        title = self.fmt(rng.choice(P.guideline_titles))
        stem = f"{body.slug}-riktlinjer-iop"
        sections: list[list[str]] = [
            ["# Bakgrund", self.fmt(rng.choice(P.backgrounds)), self.fmt(rng.choice(P.fillers))],
            ["# Vad är IOP?", self.fmt(rng.choice(P.definitions))],
            [
                f"# {rng.choice(P.criteria_headings)}",
                self.fmt(rng.choice(P.criteria_leads)),
                *(f"- {text}" for _, text, _ in p.criteria),
            ],
        ]
        if rng.random() < 0.8:
            steps = [self.fmt(s) for s in rng.choice(P.process_steps)]
            sections.append(
                [
                    f"# {rng.choice(P.process_headings)}",
                    *(f"{i}. {s}" for i, s in enumerate(steps, 1)),
                ]
            )
        if rng.random() < 0.7:
            sections.append(["# Uppföljning", rng.choice(P.follow_ups)])
        if rng.random() < 0.5:
            sections.append(["# Ekonomi", rng.choice(P.economy)])
        head, tail = sections[:1], sections[1:]
        rng.shuffle(tail)  # the criteria are not always in the same place
        sections = head + tail
        extra = max(1, round(p.volume * 3))
        for _ in range(extra):
            sections.append(
                [
                    f"# {rng.choice(P.extra_headings)}",
                    *(self.fmt(f) for f in rng.sample(P.fillers, 3)),
                ]
            )
        sections.append(
            ["# Kontakt", rng.choice(P.contact_intros), "\n".join(self._contact_lines(p.contact))]
        )
        pages: list[list[str]] = []
        for i in range(0, len(sections), 2):
            pages.append([line for s in sections[i : i + 2] for line in s])
        pages[0].insert(0, f"# {title}")
        folder = self._folder()
        if folder is not None:
            make_pdf(folder / f"{stem}.pdf", pages, header=f"{body.organisation}", title=title)
        p.guideline_stem = self._record(stem, ".pdf", "guideline", pages)
        p.criteria_stems.append(stem)
        p.contact_stems.append(stem)

    def partnerships(self) -> None:
        rng, p = self.rng, self.plan
        count = rng.choice((1, 2, 2, 3, 3, 4)) if rng.random() < 0.9 else 0
        used: set[str] = set()
        for _ in range(count):
            while True:
                partner = f"{rng.choice(P.partner_kinds)} {rng.choice(P.partner_names)}"
                if partner not in used:
                    used.add(partner)
                    break
            start = rng.randrange(2020, 2025)
            p.partnerships.append(
                Partnership(partner, rng.choice(P.activities), p.committee, start, start + 4)
            )

    def web_page(self) -> None:
        """The IOP page: short intro, ongoing partnerships (table, list or prose), contact."""
        rng, p, body = self.rng, self.plan, self.body
        stem = f"{body.slug}-iop-webbsida"
        title = rng.choice(P.iop_page_titles)
        html = [f"<h1>{title}</h1>", f"<p>{self.fmt(rng.choice(P.definitions))}</p>"]
        text_pages = [[title, self.fmt(rng.choice(P.definitions))]]
        if rng.random() < 0.4:  # some sites repeat the criteria
            html.append("<h2>Kriterier</h2><p>" + self.fmt(P.criteria_leads[0]) + "</p><ul>")
            html.append("".join(f"<li>{t}</li>" for _, t, _ in p.criteria) + "</ul>")
            text_pages[0] += [t for _, t, _ in p.criteria]
            p.criteria_stems.append(stem)
        if p.partnerships:
            style = rng.choice(("table", "parter", "prose"))
            html.append("<h2>Pågående partnerskap</h2>")
            if style == "table":
                rows = "".join(
                    f"<tr><td>{s.activity.capitalize()}</td><td>{s.committee} och {s.partner}"
                    f"</td><td>{s.start}–{s.end}</td></tr>"
                    for s in p.partnerships
                )
                html.append(
                    "<table><tr><th>Verksamhet</th><th>Parter</th><th>Avtalsperiod</th></tr>"
                    f"{rows}</table>"
                )
            elif style == "parter":
                for s in p.partnerships:
                    html.append(
                        f"<h3>{s.partner}</h3><p>{s.activity.capitalize()}<br>"
                        f"Parter: {s.committee} och {s.partner}</p>"
                    )
            else:
                for s in p.partnerships:
                    html.append(
                        f"<p>Sedan {s.start} har {body.organisation} ett IOP med {s.partner} "
                        f"om {s.activity}. Överenskommelsen gäller till och med {s.end}.</p>"
                    )
            text_pages[0] += [f"{s.partner} {s.activity} {s.committee}" for s in p.partnerships]
            p.partnership_stems.append(stem)
        if rng.random() < 0.85:
            html.append(
                f"<h2>Kontakt</h2><p>{rng.choice(P.contact_intros)}</p><address>"
                + "<br>".join(self._contact_lines(p.contact))
                + "</address>"
            )
            p.contact_stems.append(stem)
        month, day = rng.randrange(1, 10), rng.randrange(10)
        html.append(f"<p>Sidan uppdaterades {self.year + 1}-0{month}-1{day}.</p>")
        folder = self._folder()
        if folder is not None:
            make_html(
                folder / f"{stem}.html", "".join(html), title=f"{title} - {body.organisation}"
            )
        p.web_stem = self._record(stem, ".html", "web", text_pages)

    def decisions(self) -> None:
        """One DOCX decision per partnership: the committee decides on an agreement with X."""
        rng, p, body = self.rng, self.plan, self.body
        for number, s in enumerate(p.partnerships, start=1):
            stem = f"{body.slug}-beslut-iop-{number}"
            dnr = f"{s.committee[:2].upper()} {s.start - 1}/{rng.randrange(10, 999)}"
            case = make_person(rng, body, "handläggare")
            paragraphs = [
                rng.choice(
                    (
                        f"{s.committee} beslutar att ingå en överenskommelse med {s.partner} om "
                        f"{s.activity} för perioden {s.start}–{s.end}.",
                        f"{s.committee} godkänner idéburet offentligt partnerskap med "
                        f"{s.partner} avseende {s.activity}, {s.start}–{s.end}.",
                    )
                ),
                f"Diarienummer: {dnr}",
                self.fmt(rng.choice(P.fillers)),
                f"{s.partner} har sedan flera år verksamhet i {body.name} och bidrar med "
                f"ideella krafter och egna lokaler.",
            ]
            bullets = [t for _, t, _ in rng.sample(p.criteria, min(3, len(p.criteria)))]
            budget = [
                ("Part", "Insats per år"),
                (body.organisation, f"{rng.randrange(2, 20) * 50} 000 kronor"),
                (s.partner, "Volontärer, lokaler och samordning"),
            ]
            sidecar_date = f"{s.start - 1}-{rng.randrange(10, 13)}-{rng.randrange(10, 28)}"
            sidecar = rng.random() < 0.5
            folder = self._folder()
            if folder is not None:
                d = docx.Document()
                d.core_properties.title = f"Beslut om IOP med {s.partner}"
                d.add_heading(f"Beslut om idéburet offentligt partnerskap med {s.partner}", 1)
                for para in paragraphs:
                    d.add_paragraph(para)
                d.add_heading("Bedömning", 2)
                d.add_paragraph("Förvaltningen bedömer att följande villkor är uppfyllda:")
                for b in bullets:
                    d.add_paragraph(b, style="List Bullet")
                d.add_heading("Ekonomi", 2)
                table = d.add_table(rows=len(budget), cols=2)
                for r, row in enumerate(budget):
                    for c, value in enumerate(row):
                        table.cell(r, c).text = value
                d.add_heading("Handläggare", 2)
                card = d.add_paragraph(f"{case.name}, {case.title}, {p.department}")
                for line in (f"E-post: {case.email}", f"Telefon: {case.phone}"):
                    run = card.add_run()
                    run.add_break()
                    run.add_text(line)
                d.save(str(folder / f"{stem}.docx"))
                if sidecar:
                    (folder / f"{stem}.docx.meta.yaml").write_text(
                        f'municipality: {body.name}\ndoc_type: beslut\ndate: "{sidecar_date}"\n',
                        encoding="utf-8",
                    )
            s.decision_stem = stem
            pages = [[*paragraphs, *bullets, *(" ".join(r) for r in budget)]]
            self._record(stem, ".docx", "decision", pages)
            p.partnership_stems.append(stem)

    def minutes(self) -> None:
        """Board minutes as PDF: mostly other business; the bulk of the corpus."""
        rng, p, body = self.rng, self.plan, self.body
        count = max(1, round(p.volume * rng.uniform(MINUTES_PER_BODY[0], MINUTES_PER_BODY[1])))
        for number in range(1, count + 1):
            stem = f"{body.slug}-protokoll-{number:02d}"
            year = rng.randrange(2021, 2026)
            pages: list[list[str]] = []
            paragraph_no = rng.randrange(1, 150)
            for _ in range(rng.randint(6, 14)):
                page: list[str] = []
                for heading, text in rng.sample(P.minute_items, 6):
                    page.append(f"# § {paragraph_no} {self.fmt(heading, year=year)}")
                    page.append(self.fmt(text, year=year))
                    page.append(f"Dnr {p.committee[:2].upper()} {year}/{rng.randrange(10, 999)}")
                    paragraph_no += 1
                pages.append(page)
            pages[0].insert(0, f"Protokoll från {p.committee}, sammanträde {year}")
            folder = self._folder()
            if folder is not None:
                make_pdf(
                    folder / f"{stem}.pdf",
                    pages,
                    header=f"{body.organisation} – {p.committee}",
                    title=f"Protokoll {p.committee} {year}",
                )
            self._record(stem, ".pdf", "minutes", pages)

    def other_pages(self) -> None:
        rng, body = self.rng, self.body
        count = max(1, round(self.plan.volume * rng.uniform(2, 5)))
        for number in range(1, count + 1):
            heading, paragraphs = rng.choice(P.other_web_pages)
            stem = f"{body.slug}-sida-{number:02d}"
            texts = [self.fmt(t) for t in paragraphs]
            texts += [self.fmt(f) for f in rng.sample(P.fillers, rng.randint(0, 2))]
            title = self.fmt(heading)
            folder = self._folder()
            if folder is not None:
                make_html(
                    folder / f"{stem}.html",
                    f"<h1>{title}</h1>" + "".join(f"<p>{t}</p>" for t in texts),
                    title=f"{title} - {body.organisation}",
                )
            self._record(stem, ".html", "web-other", [[title, *texts]])

    def write(self) -> BodyPlan:
        self.guideline()
        self.partnerships()
        self.web_page()
        self.decisions()
        self.minutes()
        self.other_pages()
        return self.plan
