"""Adapters for outside formats: spreadsheets in and out, import templates, PDF page rendering,
font discovery. No use cases and no database here: services call these."""
