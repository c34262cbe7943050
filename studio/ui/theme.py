"""The studio's dark look: one palette and one style sheet, so pages hold layout only."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#FE2C55"  # the record-button red creators know
BACKGROUND = "#121214"
SURFACE = "#1E1E22"
TEXT = "#F2F2F5"
MUTED = "#9A9AA5"
FOCUS = "#4DA3FF"  # the keyboard's place: a colour of its own, not the hover red

STYLE_SHEET = f"""
QWidget {{ background: {BACKGROUND}; color: {TEXT}; font-size: 14px; }}
QLabel#pageTitle {{ font-size: 26px; font-weight: 800; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#warning {{ color: #FFC857; }}
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDoubleSpinBox {{
    background: {SURFACE}; border: 1px solid #2E2E35; border-radius: 8px; padding: 6px 10px;
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    width: 18px; border: none; background: transparent;
}}
QPushButton {{
    background: {SURFACE}; border: 1px solid #2E2E35; border-radius: 10px; padding: 8px 16px;
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton#primary {{ background: {ACCENT}; border: none; font-weight: 700; }}
QPushButton:disabled {{ color: #5A5A62; }}
QPushButton#primary:disabled {{ background: #4A2530; color: #8A7A80; }}
QListWidget {{ background: {BACKGROUND}; border: none; }}
QListWidget::item {{ border-radius: 12px; padding: 6px; }}
QListWidget::item:selected {{ background: {SURFACE}; border: 2px solid {ACCENT}; }}
QTabBar::tab {{ background: transparent; padding: 10px 18px; color: {MUTED}; font-weight: 600; }}
QTabBar::tab:selected {{ color: {TEXT}; border-bottom: 3px solid {ACCENT}; }}
QCheckBox::indicator {{
    width: 16px; height: 16px; border: 1px solid #6A6A75; border-radius: 4px; background: {SURFACE};
}}
QCheckBox::indicator:checked {{ background: {ACCENT}; border-color: {ACCENT}; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus {{
    border: 2px solid {FOCUS}; padding: 5px 9px;
}}
QPushButton:focus, QPushButton#primary:focus {{ border: 2px solid {FOCUS}; padding: 7px 15px; }}
QFrame#templateCard:focus {{ border: 3px solid {FOCUS}; border-radius: 8px; }}
QCheckBox:focus, QSlider:focus, QListWidget:focus {{
    border: 1px solid {FOCUS}; border-radius: 4px;
}}
QSlider::groove:horizontal {{ background: #3A3A42; height: 4px; border-radius: 2px; }}
QSlider::sub-page:horizontal {{ background: {ACCENT}; border-radius: 2px; }}
QSlider::handle:horizontal {{
    background: {TEXT}; width: 14px; margin: -5px 0; border-radius: 7px;
}}
QSlider::handle:horizontal:disabled, QSlider::sub-page:horizontal:disabled {{
    background: #5A5A62;
}}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 0; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 0; }}
QScrollBar::handle {{ background: #3A3A42; border-radius: 5px; }}
QScrollBar::handle:vertical {{ min-height: 28px; }}
QScrollBar::handle:horizontal {{ min-width: 28px; }}
QScrollBar::handle:hover {{ background: #55555F; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QProgressBar {{ background: {SURFACE}; border: none; border-radius: 4px; height: 8px; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
"""


def apply_dark_theme(app: QApplication) -> None:
    """Fusion style with the studio palette (Fusion draws the same on every platform)."""
    app.setStyle("Fusion")
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, BACKGROUND),
        (QPalette.ColorRole.Base, SURFACE),
        (QPalette.ColorRole.Text, TEXT),
        (QPalette.ColorRole.WindowText, TEXT),
        (QPalette.ColorRole.Button, SURFACE),
        (QPalette.ColorRole.ButtonText, TEXT),
        (QPalette.ColorRole.Highlight, ACCENT),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)
