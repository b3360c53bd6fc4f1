"""The stages a claim and its sources pass through, in order: ``segment``
(documents into passages), ``analyse`` (what a passage or claim states),
``index`` (candidate passages per claim), ``judge`` (how a passage bears on a
claim), ``compare`` (values against values) and ``decide`` (one verdict from
the stances). ``draft`` picks the checkable sentences of a draft article.

Each takes plain data and returns plain data; ``checker.pipeline`` wires them.
"""
