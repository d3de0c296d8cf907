"""Themes: light, dark and high contrast, following the system or the one chosen in View › Theme.

A theme is three things kept together: a style sheet in ``resources/styles`` (``light.qss``, ``dark.qss``,
``high-contrast.qss``; each has focus rings), a ``QPalette`` for Fusion, and the highlight palette the
article panes paint with (``HighlightPalette``: kind colours, fill strength, the find band). Every fill is
chosen so the article's text keeps a contrast of at least 4.5:1 over it, three overlapping fills and the
find band included (WCAG 2 relative luminance; tests/gui/test_accessibility.py computes it).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop.domain.kinds import KIND_HEX
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.resources import resource_path

SETTINGS_KEY = "view/theme"  # "" (or absent): follow the system
LIGHT, DARK, HIGH_CONTRAST = "light", "dark", "high-contrast"
THEME_NAMES = {  # as View › Theme lists them
    LIGHT: QT_TRANSLATE_NOOP("Themes", "Light"),
    DARK: QT_TRANSLATE_NOOP("Themes", "Dark"),
    HIGH_CONTRAST: QT_TRANSLATE_NOOP("Themes", "High Contrast"),
}


@dataclass(frozen=True)
class HighlightPalette:
    """What the article panes paint with in one theme."""

    base: str  # the article's background
    text: str  # the article's text
    kinds: dict[str, str]  # underline and outline colour per kind
    fill_alpha: int  # of 255: the kind colour under the text
    find: str  # the find band (a colour with its alpha, #AARRGGBB)
    find_current: str
    marked: str  # the same item in other open articles
    underline_width: float
    unknown: str = "#7F7F7F"


HIGHLIGHTS = {
    LIGHT: HighlightPalette(base="#ffffff", text="#111827", kinds=dict(KIND_HEX), fill_alpha=56,
                            find="#96F0E442", find_current="#F5B800", marked="#CC79A7", underline_width=1.5),
    DARK: HighlightPalette(base="#1b1d21", text="#e8e8e8",
                           kinds={"entity": "#56B4E9", "figure": "#E69F00", "claim": "#2EC4A0"}, fill_alpha=30,
                           find="#30F0E442", find_current="#3A3200", marked="#E08CC0", underline_width=1.5),
    HIGH_CONTRAST: HighlightPalette(base="#000000", text="#ffffff",
                                    kinds={"entity": "#5FC8FF", "figure": "#FFB000", "claim": "#3DF0B0"},
                                    fill_alpha=48, find="#603C46FF", find_current="#0A1A8C", marked="#FF70D0",
                                    underline_width=2.5),
}
# The palette colours (Fusion) of each theme: window, text on it, base (inputs, tables), their text, buttons,
# selection, links, disabled text.
PALETTES = {
    LIGHT: {"window": "#eef0f3", "window_text": "#1f2937", "base": "#ffffff", "alternate": "#f7f8fa",
            "text": "#111827", "button": "#f6f7f9", "button_text": "#1f2937", "highlight": "#2563eb",
            "highlighted_text": "#ffffff", "link": "#1d4ed8", "tooltip": "#ffffe1", "tooltip_text": "#111827",
            "placeholder": "#6b7280", "disabled": "#9ca3af", "bright": "#ffffff"},
    DARK: {"window": "#24272c", "window_text": "#e5e7eb", "base": "#1b1d21", "alternate": "#22252a",
           "text": "#e8e8e8", "button": "#2f333a", "button_text": "#e5e7eb", "highlight": "#3b82f6",
           "highlighted_text": "#ffffff", "link": "#8ab4ff", "tooltip": "#2f333a", "tooltip_text": "#f3f4f6",
           "placeholder": "#a1a7b0", "disabled": "#7b818a", "bright": "#ffffff"},
    HIGH_CONTRAST: {"window": "#000000", "window_text": "#ffffff", "base": "#000000", "alternate": "#0b0b0b",
                    "text": "#ffffff", "button": "#000000", "button_text": "#ffffff", "highlight": "#ffff00",
                    "highlighted_text": "#000000", "link": "#7fd8ff", "tooltip": "#000000",
                    "tooltip_text": "#ffffff", "placeholder": "#d0d0d0", "disabled": "#a0a0a0", "bright": "#ffffff"},
}


class _Current:
    theme = LIGHT


def current_theme() -> str:
    return _Current.theme


def highlights() -> HighlightPalette:
    """The highlight palette of the theme in use."""
    return HIGHLIGHTS[_Current.theme]


def system_theme() -> str:
    """High contrast when the system asks for it, dark when it is dark, else light."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        preference = getattr(accessibility(), "contrastPreference", None)
        high = getattr(getattr(Qt, "ContrastPreference", None), "HighContrast", None)
        if preference is not None and high is not None and preference() == high:
            return HIGH_CONTRAST
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return DARK
    return LIGHT


def chosen_theme(settings: QSettings) -> str | None:
    value = str(settings.value(SETTINGS_KEY, "") or "")
    return value if value in THEME_NAMES else None


def effective_theme(settings: QSettings) -> str:
    return chosen_theme(settings) or system_theme()


def remember_theme(settings: QSettings, theme: str | None) -> None:
    settings.setValue(SETTINGS_KEY, theme if theme in THEME_NAMES else "")
    settings.sync()


def style_sheet(theme: str) -> str:
    """The theme's style sheet, "@icons@" replaced by the icons folder ("" if the file is missing)."""
    try:
        text = resource_path("styles", f"{theme}.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    return text.replace("@icons@", resource_path("icons").as_posix())


def palette(theme: str) -> QPalette:
    colours = PALETTES[theme]
    result = QPalette()
    role = QPalette.ColorRole
    for name, which in (("window", role.Window), ("window_text", role.WindowText), ("base", role.Base),
                        ("alternate", role.AlternateBase), ("text", role.Text), ("button", role.Button),
                        ("button_text", role.ButtonText), ("highlight", role.Highlight),
                        ("highlighted_text", role.HighlightedText), ("link", role.Link),
                        ("tooltip", role.ToolTipBase), ("tooltip_text", role.ToolTipText),
                        ("placeholder", role.PlaceholderText), ("bright", role.BrightText)):
        result.setColor(which, QColor(colours[name]))
    disabled = QColor(colours["disabled"])
    for which in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, which, disabled)
    return result


def apply_theme(app: QApplication, theme: str) -> None:
    """Use ``theme`` from now on: palette, style sheet and the panes' highlight colours (repainted at once)."""
    theme = theme if theme in THEME_NAMES else LIGHT
    _Current.theme = theme
    app.setPalette(palette(theme))
    app.setStyleSheet(style_sheet(theme))
    for widget in app.allWidgets():
        widget.update()
