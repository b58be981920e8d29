"""Converters from the PETRARCH-2 Phoenix actor dictionaries to communique's own data files.

Run through ``tools/convert_petrarch_actors.py``; not part of the installed package.
"""
