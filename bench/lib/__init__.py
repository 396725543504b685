"""Shared pieces of the benchmark scripts in ``bench/``: corpus generators, timing, checks,
reports and plots. The scripts put the project root on ``sys.path`` and import from here."""
