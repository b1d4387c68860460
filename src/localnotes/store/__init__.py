"""The vault on disk: SQLite for rows and wrapped keys, sealed blob files for artifacts.

Only this package writes patient data to disk, and only in encrypted form.
"""
