"""The synthetic national corpus of ``bench/national_corpus.py``: plan, documents, questions."""
