"""The on-disk cache of analysed sources: the cache folder and its entries
(``cache``), the manifest of source files (``manifest``), the index segments
(``segments``), the compact passage records (``records``) and the plain-data
codec they are written with (``codec``). Everything read back is checked:
a cache file is untrusted input.
"""
