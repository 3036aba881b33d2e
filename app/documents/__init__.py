"""Printed documents: shipping labels, invoices, packing slips, pick lists.

Pure rendering: callers fill the frozen records in `data` from the database and hand them over;
nothing here queries, and nothing imports Qt. Every `render_*` function writes one PDF for a
whole batch (every document starts on a new page) and returns the number of pages written.
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
from app.documents.labels import LabelSize, mask_phone, render_labels, render_zpl
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
    "mask_phone",
    "render_invoices",
    "render_labels",
    "render_packing_slips",
    "render_pick_lists",
    "render_zpl",
]
