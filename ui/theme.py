"""Design tokens and the stylesheet built from them, in one place."""

from __future__ import annotations

TOKENS = {
    "bg": "#f6f7f9",
    "surface": "#ffffff",
    "text": "#1b1f24",
    "muted": "#5b6470",
    "accent": "#00558c",  # Københavns Kommune blue
    "accent_text": "#ffffff",
    "error": "#b00020",
    "ok": "#1e7a34",
    "radius": "6px",
    "focus": "#ffbf47",  # a yellow ring the eye finds on every control, on blue or white
    "font_size": "15px",
}


def stylesheet(font_px: int | None = None) -> str:
    """The desk's look; `font_px` enlarges the text (ui/text_size.py), 15 px by default."""
    t = TOKENS
    size = f"{font_px}px" if font_px else t["font_size"]
    return f"""
    QWidget {{ font-size: {size}; color: {t["text"]}; }}
    QMainWindow, QDialog {{ background: {t["bg"]}; }}
    QLineEdit, QComboBox, QListWidget, QTableView {{
        background: {t["surface"]}; border: 1px solid #c5ccd6; border-radius: {t["radius"]};
        padding: 4px;
    }}
    QLineEdit:focus, QListWidget:focus, QTableView:focus, QComboBox:focus, QSpinBox:focus,
    QDateEdit:focus, QTextEdit:focus, QPlainTextEdit:focus {{
        border: 3px solid {t["focus"]}; padding: 2px;  /* the ring takes from the padding */
    }}
    QPushButton {{
        background: {t["accent"]}; color: {t["accent_text"]}; border-radius: {t["radius"]};
        padding: 6px 14px;
    }}
    QPushButton:disabled {{ background: #9aa7b5; }}
    /* Dialog buttons carry text only, as on Windows: the style's dark icons vanish on the
       accent colour. */
    QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
    QPushButton:focus {{ border: 3px solid {t["focus"]}; padding: 3px 11px; }}
    QCheckBox:focus, QRadioButton:focus {{ background: {t["focus"]}; }}
    QTabBar::tab:focus {{ border: 3px solid {t["focus"]}; }}
    QLabel[role="error"] {{ color: {t["error"]}; font-weight: bold; }}
    QLabel[role="muted"] {{ color: {t["muted"]}; }}
    QLabel[role="heading"] {{ font-size: 20px; font-weight: bold; }}
    QLabel[role="ticket"] {{ font-size: 96px; font-weight: bold; color: {t["accent"]}; }}
    """
