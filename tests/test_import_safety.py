"""Hostile and broken input: every case ends in a typed error naming the file or in a row
error, never in a crash, a hang or a memory blow-up."""

from __future__ import annotations

import codecs
import resource
import time
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from test_import_helpers import parse_all, write_csv, write_xlsx

from app.importing import (
    CorruptFile,
    EmptyFile,
    EncryptedFile,
    FileTooLarge,
    ImportFileError,
    Limits,
    UndecodableFile,
    UnsupportedFile,
    ZipBombSuspected,
    open_rows,
    parse_file,
)
from app.importing.errors import UnsafeXml
from app.importing.safety import check_file, ensure_safe_xml

HEADER = ["订单号", "收货人", "手机", "商品编码", "商品名称", "数量", "单价", "订单状态"]


def _orders(*rows: list[object]) -> list[list[object]]:
    return [HEADER, *rows]


def _valid_xlsx(path: Path) -> Path:
    return write_xlsx(path, _orders(["1", "张三", "13800000000", "S", "n", 1, 1, "待审核"]))


# --- whole-file refusals ------------------------------------------------------------------


def test_empty_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(EmptyFile, match=r"'empty\.csv' is empty"):
        parse_file(empty)
    blank = tmp_path / "blank.csv"
    blank.write_text("\r\n \r\n,,,\r\n", encoding="utf-8")
    with pytest.raises(EmptyFile, match=r"blank\.csv"):
        parse_file(blank)
    wb = openpyxl.Workbook()
    wb.save(tmp_path / "empty.xlsx")
    with pytest.raises(EmptyFile, match=r"empty\.xlsx"):
        parse_file(tmp_path / "empty.xlsx")


def test_text_renamed_to_xlsx(tmp_path: Path) -> None:
    fake = tmp_path / "orders.xlsx"
    fake.write_text("订单号,收货人\n1,张三\n", encoding="utf-8")
    with pytest.raises(CorruptFile, match=r"'orders\.xlsx' is named \.xlsx but is not an Excel"):
        parse_file(fake)


def test_truncated_xlsx(tmp_path: Path) -> None:
    good = _valid_xlsx(tmp_path / "good.xlsx").read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(CorruptFile, match=r"'cut\.xlsx' is damaged or incomplete"):
        parse_file(cut)


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "hello")
    with pytest.raises(CorruptFile, match="zip archive but not an Excel workbook"):
        parse_file(path)


def test_zip_bomb_ratio(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/worksheets/sheet1.xml", "w") as part:
            chunk = b"\0" * (1 << 20)
            for _ in range(64):  # 64 MiB of zeros compress to ~64 KB
                part.write(chunk)
    assert bomb.stat().st_size < 200_000
    started = time.perf_counter()
    with pytest.raises(ZipBombSuspected, match=r"'bomb\.xlsx' looks like a zip bomb"):
        parse_file(bomb)
    assert time.perf_counter() - started < 2  # refused from the directory, nothing inflated


def test_zip_entry_count_and_total_size(tmp_path: Path) -> None:
    path = _valid_xlsx(tmp_path / "ok.xlsx")
    with pytest.raises(ZipBombSuspected, match="parts"):
        check_file(path, Limits(max_zip_entries=3))
    with pytest.raises(ZipBombSuspected, match="would expand"):
        check_file(path, Limits(max_uncompressed_bytes=1000))


def test_file_too_large(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "big.csv", _orders(["1", "a", "1", "S", "n", "1", "1", "待审核"]))
    with pytest.raises(FileTooLarge, match=r"big\.csv"):
        parse_file(path, limits=Limits(max_file_bytes=50))


def _ole(markers: list[str]) -> bytes:
    body = b"".join(m.encode("utf-16-le") + b"\0" * 50 for m in markers)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + body + b"\0" * 1024


def test_encrypted_workbook(tmp_path: Path) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(_ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"]))
    with pytest.raises(EncryptedFile, match=r"'secret\.xlsx' is password-protected"):
        parse_file(path)


def test_broken_legacy_xls_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(_ole(["Root Entry", "Workbook"]))
    with pytest.raises(ImportFileError, match=r"old\.xls"):
        parse_file(path)
    word = tmp_path / "letter.xls"
    word.write_bytes(_ole(["Root Entry", "WordDocument"]))
    with pytest.raises(UnsupportedFile, match="not a workbook"):
        parse_file(word)


def test_other_binary_files(tmp_path: Path) -> None:
    pdf = tmp_path / "orders.csv"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    with pytest.raises(UnsupportedFile, match="is a PDF document"):
        parse_file(pdf)


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes("订单号,收货人\n1,".encode() + b"\x80\x81\xff\xfe\x00\x9f" * 10 + b"\n")
    with pytest.raises(UndecodableFile, match=r"'garbage\.csv' is not readable text"):
        parse_file(path)


def test_gbk_and_utf16_text_are_decoded(tmp_path: Path) -> None:
    rows = _orders(["1", "张三", "13800000000", "S", "商品", "1", "1", "待审核"])
    gbk = write_csv(tmp_path / "gbk.csv", rows, encoding="gbk")
    utf16 = tmp_path / "unicode.txt"  # Excel "Unicode text": UTF-16 with BOM, tab-separated
    utf16.write_bytes(
        codecs.BOM_UTF16_LE
        + "".join("\t".join(map(str, r)) + "\r\n" for r in rows).encode("utf-16-le")
    )
    for path, encoding in ((gbk, "gb18030"), (utf16, "utf-16")):
        result, orders, errors = parse_all(path)
        assert (result.encoding, result.format, errors) == (encoding, "kuaidan", [])
        assert orders[0].recipient_name == "张三" and orders[0].lines[0].name == "商品"


# --- XML attacks ----------------------------------------------------------------------------

_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE worksheet [\n <!ENTITY lol "lol">\n'
    + "".join(
        f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
        for i in range(1, 10)
    )
    + "]>\n"
)


def _billion_laughs(tmp_path: Path) -> Path:
    good = _valid_xlsx(tmp_path / "good.xlsx")
    evil = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                text = text.replace("<t>张三</t>", "<t>&lol9;</t>")
                data = (_LAUGHS + text).encode()
            zout.writestr(info, data)
    return evil


def test_billion_laughs_is_not_expanded(tmp_path: Path) -> None:
    evil = _billion_laughs(tmp_path)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    try:
        # calamine (quick-xml) does not expand custom entities: the cell is refused or literal.
        with open_rows(evil) as source:
            cells = [str(c) for _, row in source for c in row]
        assert not any("lollol" in c for c in cells)
    except ImportFileError as exc:
        assert "laughs.xlsx" in str(exc)
    # openpyxl goes through defusedxml, which refuses entity declarations outright.
    with pytest.raises(CorruptFile, match=r"laughs\.xlsx"), open_rows(evil, engine="openpyxl") as s:
        list(s)
    assert time.perf_counter() - started < 5
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 100  # 10^9 "lol"s would be 3 GB


def test_openpyxl_without_defusedxml_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    ensure_safe_xml()  # the real installation is safe
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(UnsafeXml, match="defusedxml"):
        ensure_safe_xml()


def test_formulas_are_data_never_evaluated(tmp_path: Path) -> None:
    path = tmp_path / "formulas.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER)
    ws.append(["1", "张三", "13800000000", "S", None, 1, 1, "待审核"])
    name = ws.cell(row=2, column=5)
    name.value = '=HYPERLINK("http://evil.example","click")'
    name.data_type = "s"  # typed as text in the file: it is data
    ws.append(["2", "李四", "13800000001", "S", "n", "=1+1", 1, "待审核"])  # a real formula
    wb.save(path)
    _, orders, errors = parse_all(path)
    assert orders[0].lines[0].name == '=HYPERLINK("http://evil.example","click")'
    # The formula has no cached value (never calculated) and is not evaluated by us.
    assert [(e.row, e.code) for e in errors] == [(3, "qty_missing")]

    csv_path = write_csv(
        tmp_path / "inject.csv",
        _orders(["1", "张三", "1", "S", "=cmd|' /C calc'!A0", "1", "1", "待审核"]),
    )
    _, orders, _ = parse_all(csv_path)
    assert orders[0].lines[0].name == "=cmd|' /C calc'!A0"


# --- bad cells become row errors ---------------------------------------------------------------


def test_long_cells_nul_bytes_and_bad_numbers(tmp_path: Path) -> None:
    rows = _orders(
        ["1", "张三", "13800000000", "S", "长" * 10_000, "1", "1.00", "待审核"],  # fine
        ["2", "李四", "13800000001", "S", "x" * 40_000, "1", "1.00", "待审核"],
        ["3", "王五", "13800000002", "S", "bad\x00name", "1", "1.00", "待审核"],
        ["4", "赵六", "13800000003", "S", "n", "-2", "1.00", "待审核"],
        ["5", "钱七", "13800000004", "S", "n", "1.5", "1.00", "待审核"],
        ["5", "钱七", "13800000004", "T", "n", "1", "-3.00", "待审核"],
        ["6", "孙八", "13800000005", "S", "n", "1", "abc", "待审核"],
        ["7", "", "13800000006", "S", "n", "1", "1.00", "待审核"],
        ["8", "", "", "S", "n", "1", "1.00", "交易关闭"],
        ["9", "周九", "1.38123E+10", "S", "n", "1", "1.00", "待审核"],
        ["", "", "", "S", "n", "1", "1.00", ""],
    )
    result, orders, errors = parse_all(write_csv(tmp_path / "bad.csv", rows))
    assert result.format == "kuaidan"
    assert [o.external_no for o in orders] == ["1", "8"]  # 8: cancelled, recipient optional
    # Accepted, and shortened to the 255 characters an order line stores.
    assert orders[0].lines[0].name == "长" * 254 + "…"
    assert [(e.row, e.column, e.code) for e in errors] == [
        (3, "商品名称", "cell_too_long"),
        (4, "商品名称", "cell_nul"),
        (5, "数量", "qty_invalid"),
        (6, "数量", "qty_invalid"),
        (7, "单价", "price_negative"),
        (8, "单价", "amount_invalid"),
        (9, "收货人", "recipient_missing"),
        (11, "手机", "phone_scientific"),
        (12, "订单号", "order_no_missing"),
    ]
    messages = {e.row: e.message for e in errors}
    assert messages[3] == "Product name has 40,000 characters; the limit is 32,767"
    assert messages[5] == "Quantity '-2' must be a whole number above 0"
    assert messages[6] == "Quantity '1.5' must be a whole number above 0"
    assert messages[7] == "Unit price '-3.00' must not be negative"
    assert messages[8] == "Unit price 'abc' is not an amount"
    # An order with one bad row yields errors for that row and no order (order 5, rows 6-7).
    assert all(o.external_no != "5" for o in orders)
    assert orders[1].total == Decimal("1.00")


# --- readers ---------------------------------------------------------------------------------


def _preamble_xlsx(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "pre.xlsx",
        [
            ["报表"],
            [],
            HEADER,
            ["1", "张三", 13800000000, "S", "n", 2, 9.9, "待审核"],
            [],
            ["2", "李四", "13800000001", "S", "n", 1, 1, "待审核"],
        ],
    )


def test_openpyxl_reads_the_same_rows_as_calamine(tmp_path: Path) -> None:
    path = _preamble_xlsx(tmp_path)

    def normalised(engine: str) -> list[tuple[int, list[object]]]:
        with open_rows(path, engine=engine) as source:  # type: ignore[arg-type]
            assert source.engine == engine
            rows = [(n, ["" if c is None else c for c in cells]) for n, cells in source]
        # Trailing empty cells/rows differ between the libraries; the content does not.
        return [(n, cells) for n, cells in rows if any(c != "" for c in cells)]

    calamine = normalised("calamine")
    assert [n for n, _ in calamine] == [1, 3, 4, 6]
    assert calamine == normalised("openpyxl")


def test_calamine_failure_falls_back_to_openpyxl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.importing import readers

    def broken(*args: object) -> None:
        raise RuntimeError("calamine cannot read this file")

    monkeypatch.setattr(readers, "_open_calamine", broken)
    result, orders, errors = parse_all(_preamble_xlsx(tmp_path))
    assert result.engine == "openpyxl"
    assert errors == []
    assert [(o.external_no, o.rows, o.phone) for o in orders] == [
        ("1", (4,), "13800000000"),
        ("2", (6,), "13800000001"),
    ]


def test_huge_sheets_are_streamed_with_openpyxl(tmp_path: Path) -> None:
    # Above the size ceiling calamine would hold the whole sheet in memory.
    result, orders, _ = parse_all(
        _preamble_xlsx(tmp_path), limits=Limits(calamine_max_sheet_xml_bytes=100)
    )
    assert result.engine == "openpyxl"
    assert len(orders) == 2


def test_values_longer_than_the_database_columns(tmp_path: Path) -> None:
    rows = _orders(
        ["N" * 65, "张三", "1", "S", "n", "1", "1", "待审核"],
        ["ok", "张三", "1", "S" * 65, "n", "1", "1", "待审核"],
    )
    _, orders, errors = parse_all(write_csv(tmp_path / "long.csv", rows))
    assert orders == []
    assert [(e.row, e.column, e.code) for e in errors] == [
        (2, "订单号", "too_long"),
        (3, "商品编码", "too_long"),
    ]
    assert errors[0].message.endswith("is longer than 64 characters")


def test_csv_rows_are_numbered_like_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('a,b\n1,"first line\nsecond line"\n\n2,x\r\n3,"say ""hi"""\n', encoding="utf-8")
    with open_rows(path) as source:
        rows = list(source)
    assert rows == [
        (1, ["a", "b"]),
        (2, ["1", "first line\nsecond line"]),  # one record over two physical lines
        (3, []),  # a blank line is an (empty) row
        (4, ["2", "x"]),
        (5, ["3", 'say "hi"']),
    ]
