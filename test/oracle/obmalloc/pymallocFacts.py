"""Measure pymalloc's observable behaviour on a real interpreter and print it as JSON.

The simulator's tests in src/engine/obmalloc/*.test.ts compare against the JSON this prints
(checked in as expected/<version>.json; regenerate with ./run.sh). Every fact is a *relative*
one (strides, offsets in a pool, reuse order, deltas of the _debugmallocstats counters), so it
does not depend on where the kernel put the arenas.

bytes objects are used as probes: they are not GC-tracked, so id(obj) is the block address, and
bytes(n) requests 33 + n bytes (PyBytesObject header 32 + trailing NUL).
"""
import json
import os
import re
import sys

POOL = 16384
HEADER = 48


def stats_text():
    r, w = os.pipe()
    saved = os.dup(2)
    os.dup2(w, 2)
    sys._debugmallocstats()
    os.dup2(saved, 2)
    os.close(w)
    os.close(saved)
    chunks = []
    while True:
        b = os.read(r, 1 << 16)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    return b"".join(chunks).decode()


def num(s):
    return int(s.replace(",", ""))


def parse_stats(out):
    d = {"rows": []}
    for m in re.finditer(r"^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$", out, re.M):
        d["rows"].append([int(g) for g in m.groups()])
    for key in ["arenas allocated total", "arenas reclaimed", "arenas highwater mark",
                "arenas allocated current", "bytes in allocated blocks",
                "bytes in available blocks", "bytes lost to pool headers",
                "bytes lost to quantization", "bytes lost to arena alignment",
                "arena map mid nodes", "arena map bot nodes", "bytes lost to arena map root",
                "bytes lost to arena map mid", "bytes lost to arena map bot"]:
        m = re.search(r"# %s\s*=\s*([\d,]+)" % key, out)
        d[key] = num(m.group(1))
    m = re.search(r"(\d+) unused pools \* 16384 bytes\s*=\s*([\d,]+)", out)
    d["unused pools"] = int(m.group(1))
    m = re.search(r"(\d+) arenas \* 1048576 bytes/arena\s*=\s*([\d,]+)", out)
    d["arena bytes"] = num(m.group(2))
    totals = re.findall(r"^Total\s*=\s*([\d,]+)$", out, re.M)
    d["total"] = num(totals[0])
    return d


def blob(n, i):
    # a fresh bytes object of len n (33 + n request bytes); bytes([c]) is a cached singleton, so
    # the only block this allocates in the probed class is the result (as probes/place.py does)
    return bytes([i % 256]) * n


facts = {"version": sys.version.split()[0]}

# ---- placement in one size class (class 20: 336-byte blocks, bytes of len 303) ----
objs = [blob(303, i) for i in range(200)]
ids = [id(o) for o in objs]
same_pool_diffs = [ids[i + 1] - ids[i] for i in range(len(ids) - 1)
                   if ids[i + 1] // POOL == ids[i] // POOL]
# the first block of every pool run after the first: a freshly initialised pool starts at +48
# a pool that holds 48 of our blocks was carved (or re-initialised) for us: blocks at +48 + 336k
by_pool = {}
for a in ids:
    by_pool.setdefault(a // POOL, []).append(a % POOL)
whole = [sorted(v) for v in by_pool.values() if len(v) == 48]
# the most common step between consecutive allocations in one pool (the head pool may also hand
# out older freed blocks first, in LIFO order, which gives a few other steps)
facts["strideInPool336"] = max(set(same_pool_diffs), key=same_pool_diffs.count)
facts["wholePoolsOf336"] = len(whole)
facts["wholePoolOffsetsAre48Plus336k"] = all(v == [48 + 336 * k for k in range(48)] for v in whole)
# LIFO reuse: free #30, #20, #10 then allocate three
a = {k: ids[k] for k in (10, 20, 30)}
for k in (30, 20, 10):
    objs[k] = None
again = [blob(303, 1000 + j) for j in range(3)]
facts["lifoReuseOrder"] = [next((k for k, v in a.items() if v == id(x)), "new") for x in again]

# ---- a full pool goes to the front of usedpools ----
objs2 = [blob(303, i) for i in range(48 * 4)]
pools = {}
for o in objs2:
    pools.setdefault(id(o) // POOL, []).append(o)
full = [p for p, lst in pools.items() if len(lst) == 48]
last_pool = id(objs2[-1]) // POOL
victim_pool = full[0]
victim = pools[victim_pool][5]
victim_id = id(victim)
pools[victim_pool][5] = None
objs2 = [o for o in objs2 if id(o) != victim_id]
del victim
newcomer = blob(303, 7)
facts["fullPoolFreedBlockReusedFirst"] = id(newcomer) == victim_id
facts["tailPoolWasNotFull"] = len(pools[last_pool]) < 48 or last_pool != victim_pool
del objs2, pools, newcomer, again, objs

# ---- arenas: ~3 arenas of one class, then free them all (probe arenas.py) ----
before = parse_stats(stats_text())
big = [blob(303, i) for i in range(3 * 48 * 64)]
mid = parse_stats(stats_text())
del big
after = parse_stats(stats_text())
facts["arenasAddedBy3ArenasOf336"] = mid["arenas allocated total"] - before["arenas allocated total"]
facts["arenasReclaimedAfterFreeingThem"] = after["arenas reclaimed"] - mid["arenas reclaimed"]

# ---- the stats dump: NUMBLOCKS per class and the derivations ----
keep = [blob(n - 33, n) for n in range(48, 513, 16) for _ in range(3)]
d = parse_stats(stats_text())
facts["blocksPerPool"] = {str(idx): (inuse + avail) // npools
                          for idx, size, npools, inuse, avail in d["rows"]
                          if (inuse + avail) % npools == 0}
facts["blocksPerPoolExact"] = all((inuse + avail) % npools == 0 for _, _, npools, inuse, avail in d["rows"])
alloc = sum(inuse * size for _, size, _, inuse, _ in d["rows"])
avail = sum(av * size for _, size, _, _, av in d["rows"])
headers = sum(np * 48 for _, _, np, _, _ in d["rows"])
quant = sum(np * ((POOL - 48) % size) for _, size, np, _, _ in d["rows"])
facts["allocatedBytesIsSumInUseTimesSize"] = alloc == d["bytes in allocated blocks"]
facts["availableBytesIsSumAvailTimesSize"] = avail == d["bytes in available blocks"]
facts["poolHeadersIsPoolsTimes48"] = headers == d["bytes lost to pool headers"]
facts["quantizationIsPoolsTimesRemainder"] = quant == d["bytes lost to quantization"]
six = (d["bytes in allocated blocks"] + d["bytes in available blocks"] + d["unused pools"] * POOL
       + d["bytes lost to pool headers"] + d["bytes lost to quantization"]
       + d["bytes lost to arena alignment"])
facts["sixTermsAddUpToArenaBytes"] = six == d["arena bytes"] == d["total"]
facts["alignmentIsMultipleOfPool"] = d["bytes lost to arena alignment"] % POOL == 0
facts["arenaMapBytes"] = [d["bytes lost to arena map root"], d["bytes lost to arena map mid"],
                          d["bytes lost to arena map bot"]]
facts["arenaMapNodes"] = [d["arena map mid nodes"], d["arena map bot nodes"]]

# ---- how many arenas are 16 KiB-aligned (64 pools) after growing to ~24 arenas ----
many = [blob(303, i) for i in range(20 * 48 * 64)]
d = parse_stats(stats_text())
# ASLR moves the mmap base, so the exact count varies run to run (e.g. 20, 23 of 23 on 3.12.1);
# what holds is that most arenas are not 16 KiB-aligned and so hold 63 pools
unaligned = d["bytes lost to arena alignment"] // POOL
facts["mostArenasUnalignedWhenMany"] = unaligned * 2 > d["arenas allocated current"]
del many

# ---- getallocatedblocks: raw fallback blocks count too ----
n0 = sys.getallocatedblocks()
raws = [bytearray(600) for _ in range(10)]
facts["allocatedBlocksDelta10Bytearray600"] = sys.getallocatedblocks() - n0

print(json.dumps(facts, indent=1, sort_keys=True))
