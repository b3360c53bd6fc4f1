"""The scale benchmark: synthetic corpora and claims (corpus.py), measurements (run.py)."""
