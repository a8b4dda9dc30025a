"""Dialogs (their forms are designed in Qt Designer: ``forms/*.ui``)."""
