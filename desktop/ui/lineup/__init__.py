"""Line the sources up: the entity register, suggestions accepted with one key, the same thing marked
across every open article, and the comparison view where the sources' disagreements show.

``install.install(window)`` adds all of it to a main window through its public attributes and
signals (see ``desktop.ui.features``).
"""
