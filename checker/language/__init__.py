"""What the checker knows about language, loaded from the data files in
``checker/data/``: the normal form both sides meet in (``normalise``),
grammar words per language (``grammar``), entities, measures and binding
words (``lexicon``), how numbers are written (``numerals``) and read as typed
values (``values``), person names by pinyin (``persons``), the bilingual
dictionary (``vocabulary``) and claims read into weighted words (``words``).

Modules here answer questions about a text; they never decide what a passage
means for a claim (that is ``checker.stages.judge``). They import nothing
from the stages, the store or the input readers.
"""
