"""Search the desk (Ctrl+Shift+F) and batch search: a dock over ``desktop.services.search``.

The find bar in an article (Ctrl+F) lives with the pane (``desktop.ui.find_bar``); this package
adds the Search dock, the Search menu and the batch table, installed as a feature (``install``).
"""
