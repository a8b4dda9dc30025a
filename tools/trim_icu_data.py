"""Shrink Qt's ICU data library for the bundle: keep what a Chinese/English office program needs.

    python tools/trim_icu_data.py SRC_LIBICUDATA DEST_LIBICUDATA [--users QT_LIB...]
    python tools/trim_icu_data.py SRC_LIBICUDATA --list

PySide6's wheel ships ``libicudata.so.NN`` (about 30 MB): ICU's "common data" package for some 800
locales, exported as one symbol, ``icudtNN_dat``. ICU looks every item up in that package's table of
contents, so a package holding only the items this program can use works the same for it:

* every tree's resource bundles for root, English (en*) and Chinese (zh*), and the trees' shared key
  pools (pool.res) and locale indexes (res_index.res, kept unchanged: ICU falls back to a parent or
  root for a listed locale it cannot open, as it does for any locale without its own data);
* the non-locale data: Unicode properties, normalisation, character names, collation's root table
  (coll/ucadata.icu), time zones, plural/likely-subtag/supplemental data, the converter alias table;
* converters: GB18030, GBK (windows-936) and GB2312; UTF-8/16/32, ASCII and Latin-1 are built into ICU's code.

Left out: the other locales' bundles in every tree, the other legacy converters, and the break
iterators' rules and dictionaries (Thai, Khmer, Lao, Burmese, Chinese/Japanese: 2.9 MB) and the
transliterators (1 MB), which only ICU's BreakIterator and Transliterator APIs read. Qt 6 calls ICU
only for time zones (ucal), converters (ucnv) and collation (ucol): ``--users LIB...`` checks the Qt
libraries' imported ICU functions and refuses to trim if one of them uses a service left out.

The kept items are written as a new common-data package (ICU's "CmnD" format: a data header, a table
of contents of name/data offsets sorted by name, items 16-byte aligned) and assembled with binutils
(``as``, ``ld``) into a shared library with the same soname and the same symbol. Pure Python apart from
the assembler and linker; no network.
"""

from __future__ import annotations

import argparse
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# --- reading the ELF library ------------------------------------------------------------------


def _elf_symbols(blob: bytes) -> list[tuple[str, bytes | None]]:
    """The symbols of an ELF file: (name, bytes) for defined ones, (name, None) for imported ones."""
    if blob[:4] != b"\x7fELF" or blob[4] != 2 or blob[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    (e_shoff,) = struct.unpack_from("<Q", blob, 0x28)
    e_shentsize, e_shnum = struct.unpack_from("<HH", blob, 0x3A)
    sections = []
    for i in range(e_shnum):
        (_name, typ, _flags, addr, off, size, link, _info, _align, entsize) = struct.unpack_from(
            "<IIQQQQIIQQ", blob, e_shoff + i * e_shentsize
        )
        sections.append((typ, addr, off, size, link, entsize))
    symbols: list[tuple[str, bytes | None]] = []
    for typ, _addr, off, size, link, entsize in sections:
        if typ not in (2, 11):  # SHT_SYMTAB, SHT_DYNSYM
            continue
        str_off = sections[link][2]
        for j in range(size // entsize):
            st_name, _st_info, _st_other, st_shndx, st_value, st_size = struct.unpack_from(
                "<IBBHQQ", blob, off + j * entsize
            )
            end = blob.index(b"\0", str_off + st_name)
            name = blob[str_off + st_name : end].decode("ascii")
            if not name:
                continue
            if st_shndx == 0:
                symbols.append((name, None))
            elif st_shndx < len(sections):
                _t, sec_addr, sec_off, _s, _l, _e = sections[st_shndx]
                start = sec_off + st_value - sec_addr
                symbols.append((name, blob[start : start + st_size]))
    return symbols


def _elf_symbol(blob: bytes, pattern: re.Pattern[str]) -> tuple[str, bytes]:
    """The name and bytes of the first defined symbol whose name matches ``pattern``."""
    for name, data in _elf_symbols(blob):
        if data is not None and pattern.fullmatch(name):
            return name, data
    raise ValueError(f"no symbol matching {pattern.pattern}")


# ICU services whose data this trim leaves out. Qt 6 (libQt6Core) calls only ucal_* (time zones),
# ucnv_* (QStringConverter's extra codecs) and ucol_* (QCollator); check_users() refuses to trim
# for a Qt that starts using one of these.
DROPPED_SERVICES = re.compile(
    r"(ubrk_|utrans_|u_strToTitle|ucasemap_|.*BreakIterator|.*Transliterator)"
)


def check_users(libraries: list[Path]) -> None:
    """Fail if one of ``libraries`` imports an ICU service whose data is left out."""
    for lib in libraries:
        used = {name for name, data in _elf_symbols(lib.read_bytes()) if data is None}
        bad = sorted(n for n in used if DROPPED_SERVICES.match(n))
        if bad:
            raise SystemExit(f"{lib.name} uses ICU's {bad[:3]}: its data would be missing")


# --- the ICU common-data package --------------------------------------------------------------

MAGIC = b"\xda\x27"


def parse_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split a CmnD package into its data header and its (name, item) list, in TOC order."""
    (header_size,) = struct.unpack_from("<H", data, 0)
    if data[2:4] != MAGIC or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not a little-endian ICU common-data (CmnD) package")
    base = header_size
    (count,) = struct.unpack_from("<I", data, base)
    entries = [struct.unpack_from("<II", data, base + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_off, data_off) in enumerate(entries):
        end = data.index(b"\0", base + name_off)
        name = data[base + name_off : end].decode("ascii")
        stop = entries[i + 1][1] if i + 1 < count else len(data) - base
        items.append((name, data[base + data_off : base + stop]))
    return data[:header_size], items


def build_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A CmnD package: the header, then count, the TOC, the names, and the items 16-byte aligned."""
    items = sorted(items, key=lambda it: it[0].encode("ascii"))  # ICU binary-searches the TOC
    count = len(items)
    names = b""
    name_offsets = []
    toc_size = 4 + 8 * count
    for name, _ in items:
        name_offsets.append(toc_size + len(names))
        names += name.encode("ascii") + b"\0"
    body = bytearray(struct.pack("<I", count) + b"\0" * (8 * count) + names)
    data_offsets = []
    for _name, item in items:
        body += b"\0" * (-(len(header) + len(body)) % 16)
        data_offsets.append(len(body))
        body += item
    for i in range(count):
        struct.pack_into("<II", body, 4 + 8 * i, name_offsets[i], data_offsets[i])
    body += b"\0" * (-(len(header) + len(body)) % 16)
    return header + bytes(body)


# --- what to keep -----------------------------------------------------------------------------

KEEP_LOCALES = re.compile(r"(root|en|en_.*|zh|zh_.*)")
LOCALE_NAME = re.compile(r"[a-z]{2,3}(_[A-Za-z0-9]+)*")
# GB18030; GBK (windows-936 is an extension of ibm-1386, which it needs); GB2312 (EUC-CN, ibm-1383)
KEEP_CONVERTERS = re.compile(r"(gb18030|windows-936-2000|ibm-1386_P100-2001|ibm-1383_P110-1999)")
ALWAYS = ("pool", "res_index")  # each tree's shared key pool and its locale index


def keep(item: str) -> bool:
    """Whether the package item ``item`` (e.g. ``icudt73l/coll/zh.res``) stays."""
    path = item.split("/", 1)[1] if "/" in item else item
    tree, _, file = path.rpartition("/")
    stem, _, ext = file.rpartition(".")
    if tree in ("translit", "brkitr"):
        return False  # read only by ICU's Transliterator and BreakIterator APIs (see check_users)
    if ext == "cnv":
        return bool(KEEP_CONVERTERS.fullmatch(stem))
    if ext == "res" and stem not in ALWAYS and LOCALE_NAME.fullmatch(stem):
        return bool(KEEP_LOCALES.fullmatch(stem))
    return True


# --- the replacement library ------------------------------------------------------------------


def link(symbol: str, soname: str, package: bytes, dest: Path) -> None:
    """Assemble ``package`` as the exported read-only symbol ``symbol`` of a shared library."""
    with tempfile.TemporaryDirectory(prefix="icudata-") as tmp:
        dat, asm, obj = Path(tmp) / "icudt.dat", Path(tmp) / "icudt.s", Path(tmp) / "icudt.o"
        dat.write_bytes(package)
        asm.write_text(
            f"""    .section .rodata
    .globl {symbol}
    .type {symbol}, @object
    .balign 16
{symbol}:
    .incbin "{dat.as_posix()}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",@progbits
""",
            encoding="ascii",
        )
        subprocess.run(["as", "-o", str(obj), str(asm)], check=True)
        subprocess.run(
            ["ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", str(dest), str(obj)],
            check=True,
        )


def trim(src: Path, dest: Path) -> tuple[int, int]:
    """Write the trimmed library to ``dest``; returns the sizes of the source and result in bytes."""
    blob = src.read_bytes()
    symbol, data = _elf_symbol(blob, re.compile(r"icudt\d+_dat"))
    header, items = parse_package(data)
    kept = [(name, item) for name, item in items if keep(name)]
    package = build_package(header, kept)
    # the package must read back the same (a wrong offset would only show up inside ICU)
    if parse_package(package)[1] != sorted(kept, key=lambda it: it[0].encode("ascii")):
        raise AssertionError("rebuilt ICU package does not read back")
    link(symbol, src.name, package, dest)
    return len(blob), dest.stat().st_size


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("dest", type=Path, nargs="?")
    ap.add_argument("--list", action="store_true", help="list the items, kept (+) or dropped (-)")
    ap.add_argument("--users", type=Path, nargs="*", default=[], help="libraries that call ICU")
    args = ap.parse_args(argv)
    check_users(args.users)
    if args.list:
        _symbol, data = _elf_symbol(args.src.read_bytes(), re.compile(r"icudt\d+_dat"))
        for name, item in parse_package(data)[1]:
            print("+" if keep(name) else "-", f"{len(item):9d}", name)
        return 0
    if args.dest is None:
        ap.error("DEST is needed unless --list")
    before, after = trim(args.src, args.dest)
    print(f"{args.src.name}: {before / 2**20:.1f} MiB -> {after / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
