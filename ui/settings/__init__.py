"""The workstation's settings: the language a user chose, what a supervisor may change
at the desk (Ctrl+,), and what IT fixed in its configuration file."""
