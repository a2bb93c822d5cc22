"""Hjælp: the user guide with its pictures, the keyboard table and «Om Skranke»."""
