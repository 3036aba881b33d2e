"""Shared UI parts (issue 21, item 6). So far: `format`, the one set of money, time and
quantity formatters; the paged table model, the short-list model, the dialog scaffold and
the error presenter are still to come here."""
