"""Reading what the user gives: source files and folders into decoded
``Document``s (``load``, with ``readers`` for web pages, PDF and Word files,
and ``locate`` for positions in those files), and claims from YAML files and
sheets (``claims``, ``sheets``).

Everything here is untrusted input: a bad file is an error naming the file
and line, never a traceback. Nothing here knows what a text means.
"""
