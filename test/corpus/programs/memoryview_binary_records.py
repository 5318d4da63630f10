"""Parse fixed-size sensor records out of one bytearray without copying, using memoryview
slices and cast('H'), then patch a field in place through a cast view."""
import sys
import tracemalloc

RECORD = 8  # id:u16, temperature:u16 (tenths of a degree), humidity:u16, flags:u16


def build_packet(readings):
    packet = bytearray()
    for rid, temp, hum, flags in readings:
        for value in (rid, temp, hum, flags):
            packet += value.to_bytes(2, 'little')
    return packet


packet = build_packet([(1, 215, 40, 0), (2, 198, 55, 1), (3, 250, 33, 0), (4, 301, 61, 3)])
print('packet bytes:', len(packet))

view = memoryview(packet)
print('format', view.format, 'itemsize', view.itemsize, 'ndim', view.ndim)
print('shape', view.shape, 'strides', view.strides, 'readonly', view.readonly)
print('contiguous', view.contiguous, view.c_contiguous, view.f_contiguous, view.suboffsets)
print('obj is packet:', view.obj is packet)

words = view.cast('H')
print('words', words.format, words.itemsize, words.shape, words.strides, words.nbytes)
print('all words', words.tolist())

for n in range(len(packet) // RECORD):
    rec = view[n * RECORD:(n + 1) * RECORD].cast('H')
    rid, temp, hum, flags = rec.tolist()
    alarm = 'ALARM' if flags & 2 else 'ok'
    print(f'record {rid}: {temp / 10:.1f} C, {hum}% {alarm}')

# every temperature: the second word of each record (a strided view)
temps = words[1::4]
print('temps', temps.tolist(), 'strides', temps.strides, 'contiguous', temps.c_contiguous)
print('max temp', max(temps) / 10)

# fix a bad reading in place through the cast view; the bytearray sees it
words[5] = 205
print('patched record 2 bytes:', packet[8:16].hex(' '))
print('hex of record 1:', view[:8].hex(), view[:8].hex(':', 2))
try:
    words[5] = 70000
except ValueError as e:
    print('ValueError:', e)
try:
    words[0] = 'x'
except TypeError as e:
    print('TypeError:', e)

# a 2-D table view: 4 records x 4 fields
table = view.cast('H', shape=[4, 4])
print('table', table.shape, table.strides, table.tolist())
print('record 4 humidity', table[3, 2])
grid = view.cast('B', shape=[4, 8])
print('grid', grid.shape, grid.strides, grid.ndim, grid.nbytes)
print('grid[2, 0] =', grid[2, 0])
try:
    grid[0]
except NotImplementedError as e:
    print('NotImplementedError:', e)

frozen = words.toreadonly()
print('readonly copy', frozen.readonly, frozen.tolist() == words.tolist())
try:
    frozen[0] = 9
except TypeError as e:
    print('TypeError:', e)

signed = memoryview(b'\xff\xff\x01\x00').cast('h')
print('signed', signed.tolist(), signed.tobytes())
floats = memoryview(bytearray(16)).cast('d')
floats[0] = 21.5
floats[1] = 3
print('floats', floats.tolist())
chars = memoryview(bytearray(b'abc')).cast('c')
chars[0] = b'A'
print('chars', chars.tolist(), chars.obj)

try:
    view.cast('x')
except ValueError as e:
    print('ValueError:', e)
try:
    words.cast('I')
except TypeError as e:
    print('TypeError:', e)
try:
    view[1:4].cast('H')
except TypeError as e:
    print('TypeError:', e)
try:
    view[::2].cast('B')
except TypeError as e:
    print('TypeError:', e)
try:
    packet.append(0)
except BufferError as e:
    print('BufferError:', e)

print('sizes', sys.getsizeof(view), sys.getsizeof(words), sys.getsizeof(grid))
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
extra = memoryview(packet)
after_view = tracemalloc.get_traced_memory()[0]
two_d = extra.cast('B', shape=[2, 16])
after_cast = tracemalloc.get_traced_memory()[0]
print('memoryview() allocates', after_view - before, 'cast 2-D allocates', after_cast - after_view)
del two_d, extra
tracemalloc.stop()

with memoryview(packet) as scratch:
    print('first byte', scratch[0])
print('released', 'released' in repr(scratch))
try:
    scratch.nbytes
except ValueError as e:
    print('ValueError:', e)

for v in (rec, temps, words, frozen, grid, table, view):
    v.release()
packet.append(0)
print('after release', len(packet))
