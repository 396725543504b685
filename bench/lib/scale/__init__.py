"""The pieces of ``bench/scale.py``: one size measured, the answering process, tables, plots."""
