"""Reviewing colleagues' annotations in the window: verdicts and discussion from the keyboard, the
history, per-author visibility, adjudication of two authors' versions and their agreement.

Everything is added to an existing ``MainWindow`` through its public attributes by
:func:`desktop.ui.review.install.install`; every write goes through :class:`ReviewOperations`.
"""
