"""Stage "judge": how each candidate passage bears on a claim.

``frames`` judges a claim through what the lexicons know (typed values bound
to subjects and measures, people by role, coverage); ``align`` judges any
claim by aligning its weighted words with a passage.
"""
