"""PySide6 windows, dialogs and models. Thin: calls app/, never SQL or HTTP."""
