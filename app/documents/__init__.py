"""Printed documents: shipping labels, invoices, packing slips, pick lists.

Pure rendering: callers fill the frozen records in `data` from the database and hand them over;
nothing here queries, and nothing imports Qt. Every `render_*` function writes one PDF for a
whole batch (every document starts on a new page) and returns the number of pages written.

Batches: `progress(done)` is called every few documents and once at the end; `cancel()` is
asked before each document. A cancelled batch keeps the documents finished so far as a valid
PDF (the return value says how many pages); if none was finished, no file is created and
nothing is written to a stream. A path is written via a temporary file and renamed, so an
error never leaves a half-written PDF behind. Records validate themselves on construction
(`app.errors.ValidationError` naming the field), so a caller can report bad items one by one
and render the rest.
"""

from app.documents.data import (
    LANGUAGES,
    InvoiceData,
    InvoiceLine,
    InvoiceTotals,
    LabelData,
    Language,
    PackingSlipData,
    PackingSlipLine,
    Party,
    PickListData,
    PickRow,
)
from app.documents.fonts import FontInfo, cjk_font
from app.documents.invoice import render_invoices
from app.documents.labels import LabelSheet, LabelSize, render_labels, render_zpl
from app.documents.money import amount_in_chinese_words, format_money
from app.documents.packing_slip import render_packing_slips
from app.documents.pick_list import render_pick_lists

__all__ = [
    "LANGUAGES",
    "FontInfo",
    "InvoiceData",
    "InvoiceLine",
    "InvoiceTotals",
    "LabelData",
    "LabelSheet",
    "LabelSize",
    "Language",
    "PackingSlipData",
    "PackingSlipLine",
    "Party",
    "PickListData",
    "PickRow",
    "amount_in_chinese_words",
    "cjk_font",
    "format_money",
    "render_invoices",
    "render_labels",
    "render_packing_slips",
    "render_pick_lists",
    "render_zpl",
]
