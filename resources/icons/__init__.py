"""The desk's icon (scripts/make_icon.py): skranke.png for windows, skranke.ico for skranke.exe."""
