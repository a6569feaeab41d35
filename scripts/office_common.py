"""Shared helpers and synthetic values for the office corpus generator."""
import base64
import copy
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib


def luhn(prefix):
    digits = [int(c) for c in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix + str((10 - total % 10) % 10)


def iban(country, bban):
    rearranged = bban + country + "00"
    number = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(number) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


CARD_1 = group4(luhn("453914880343646"))
CARD_2 = "-".join(re.findall("....", luhn("552433000012345")))
IBAN_DE = iban("DE", "370400440532013000")
IBAN_GB = iban("GB", "NWBK60161331926819")
SSN_1 = "536-22-8174"
SSN_2 = "412-67-3390"
PHONE_1 = "+1 415 555 0134"
PHONE_2 = "(212) 555-0187"
PHONE_3 = "+44 20 7946 0321"


class Seeds:
    """Records which seeded values a file holds, for the manifest."""

    def __init__(self):
        self.values = []

    def __call__(self, value):
        if value not in self.values:
            self.values.append(value)
        return value


def png_bytes():
    """A tiny valid PNG (4x4 grey), so pictures with alt text have something to show."""
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * 4 for _ in range(4))

    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def soffice_convert(src, target_ext, filter_name, out_dir):
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", f"{target_ext}:{filter_name}",
                    "--outdir", out_dir, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return os.path.join(out_dir, os.path.splitext(os.path.basename(src))[0] + "." + target_ext)


def rewrite_zip(path, edits):
    """Applies {part name: function(text) -> text} to a package (for XML the tools cannot write)."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in edits:
                data = edits[item.filename](data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)
    os.replace(tmp, path)


