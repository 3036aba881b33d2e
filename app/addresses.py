"""One way to write an address on one line, for screens, labels, documents and exports.

Chinese addresses are written large to small with no separators (浙江省杭州市西湖区文三路1号);
feeds often repeat the province, city or district inside the street part, and municipalities
have province == city (北京市北京市), so repeated parts are written once. Other addresses are
written small to large with commas (105 Victoria St, Toronto, Ontario, M5C 1A1): joining
those without separators gave "OntarioToronto105 Victoria St".
"""

from __future__ import annotations

import re

_CJK_RE = re.compile(r"[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]")


def is_chinese(*parts: str) -> bool:
    return any(_CJK_RE.search(p or "") for p in parts)


def format_address(
    province: str = "", city: str = "", district: str = "", street: str = "", postcode: str = ""
) -> str:
    """The address on one line in the way its country writes it (postcode: western only;
    Chinese documents print it in a field of its own)."""
    province, city, district, street = (
        (p or "").strip() for p in (province, city, district, street)
    )
    if is_chinese(province, city, district, street):
        out = ""
        for part in (province, city, district):
            if part and not out.endswith(part) and part not in street:
                out += part
        return out + street
    western = [street, district, city if city != province else "", province, (postcode or "")]
    return ", ".join(p.strip() for p in western if p and p.strip())
