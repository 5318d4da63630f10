"""Draws media/icon.png (128x128): an arena of pools, some full, some partly used, some free.
Re-run with `python3 scripts/assets/makeIcon.py` after changing the design."""
import struct
import zlib

W = H = 128
BG = (30, 41, 59)
FULL = (250, 176, 5)
PART = (56, 142, 230)
FREE = (71, 85, 105)

# 4x4 pools; the number is how full each one is, out of 4.
FILL = [
    [4, 4, 3, 1],
    [4, 2, 4, 0],
    [3, 4, 1, 0],
    [4, 0, 2, 0],
]

def pixel(x, y):
    margin, gap, cell = 12, 6, 22
    cx, cy = x - margin, y - margin
    if cx < 0 or cy < 0:
        return BG
    col, ox = divmod(cx, cell + gap)
    row, oy = divmod(cy, cell + gap)
    if col > 3 or row > 3 or ox >= cell or oy >= cell:
        return BG
    f = FILL[row][col]
    if f == 4:
        return FULL
    if f == 0:
        return FREE if (ox in (0, cell - 1) or oy in (0, cell - 1)) else BG
    return PART if oy >= cell - f * cell // 4 else FREE

rows = b"".join(b"\x00" + bytes(c for x in range(W) for c in pixel(x, y)) for y in range(H))
def chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
open("media/icon.png", "wb").write(png)
