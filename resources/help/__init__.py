"""The user guide (brugervejledning.md, user-guide_en.md) and its pictures (images/),
read by ui/help/guide.py through importlib.resources."""
