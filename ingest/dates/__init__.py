"""What a document says about time: when it was decided, how long it is valid, when it
was last updated, and which diarienummer and § numbers it carries.

Pure functions over text. ``facts.read_time_facts`` reads one text (a whole document, or
one chunk of it) and returns ``TimeFacts``; every value comes with the sentence or line it
was read from in ``TimeFacts.evidence``, a verbatim substring of the text. A date that
cannot be read stays None: nothing is guessed. Dates are found and read by
``assistant.core.swedish.dates`` and sentences by ``assistant.core.swedish.sentences``;
this package only decides what they mean.

Rules, in short:

- decided (``decided``): a date right after a decision word — "beslutade den 17 maj
  2021", "Beslutet … fattades den 1 juni", "fullmäktiges beslut den …",
  "Sammanträdesdatum: 2023-06-01" — or right before a past-tense verb ("Den 17 maj 2021
  beslutade fullmäktige"). A date after "att", "senast", "till", "från", "ska" … is the
  decision's content, a deadline or the future, not its date. A day and month without a
  year ("den 1 juni") takes the year of the document's own date; without a document
  date, or when that would put a past decision after the document itself, it stays
  None. A labelled date (Sammanträdesdatum, Beslutsdatum) wins over prose; among prose
  dates the latest wins.
- validity (``validity``): "gäller från … till …", "för perioden 2024-06-01 –
  2027-05-31", "gäller t.o.m. 2025-12-31", "avtalstid 2022–2024" (whole years), "träder i
  kraft den …"; a duration ("tecknas för fem år", "under två års tid", "18 månader",
  "treårigt") plus a start gives the end (start + duration - 1 day). When a text names
  several periods (a renewal that mentions the old agreement), the one that starts last
  is taken. Dates without a year never set a period.
- updated / published (``labelled``): "Uppdaterad: 2019-03-04", "Senast granskad 12 mars
  2024", "Publicerad 3 maj 2023" — a label that starts its line (or ends in a colon)
  followed by the date, or by a line holding only a date. An empty "Uppdaterad:" gives
  None.
- diarienummer (``references``): after "Dnr", "Diarienummer", "Diarienr",
  "Ärendenummer": "KS 2023/123", "SN 2022/0456", "VON-2023-00012" (the number only,
  without the label).
- paragraphs (``references``): "§ 47", "§§ 12-14", "paragraf 71", as written. Law
  references ("3 § kommunallagen", "2 kap. 3 §") are not decision paragraphs and are
  skipped.
"""
