"""Shared UI parts (issue 21, item 6): `format`, the one set of money, time and quantity
formatters; `paged_model`, the one model for big tables (orders, stock, parcels);
`list_model`, the one model for short lists (instead of hand-filled QTableWidgets);
`dialog`, the one dialog scaffold. The error presenter is `ui/errors.py`."""
