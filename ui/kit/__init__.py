"""Shared UI parts (issue 21, item 6): `format`, the one set of money, time and quantity
formatters; `dialog`, the one dialog scaffold. The error presenter is `ui/errors.py`."""
