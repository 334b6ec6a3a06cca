"""The terminal front end: the ``article-qa`` command (``cli``), the REPL and their rendering.

It sits above ``index``, ``retrieval`` and ``evaluation`` and only parses, calls and formats.
"""
