# Parse web-server log lines with a compiled pattern and named groups, then summarise them.
import re
import sys

LOG = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<when>[^\]]+)\] '
    r'"(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) HTTP/1\.[01]" (?P<status>\d{3}) (?P<size>\d+|-)'
)

lines = [
    '192.168.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326',
    '10.0.0.7 - - [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 302 -',
    '10.0.0.7 - - [10/Oct/2023:13:56:02 +0000] "GET /static/app.js HTTP/1.0" 200 18211',
    'garbage line that does not parse',
    '172.16.4.20 - - [10/Oct/2023:13:57:11 +0000] "DELETE /api/item/42 HTTP/1.1" 404 153',
]

print(LOG.groups, sorted(LOG.groupindex.items()))
by_status = {}
total = 0
for line in lines:
    m = LOG.match(line)
    if m is None:
        print('skip:', line[:20])
        continue
    rec = m.groupdict()
    by_status.setdefault(rec['status'], []).append(rec['path'])
    if rec['size'] != '-':
        total += int(rec['size'])
    print(m.group('method'), m['path'], m.span('status'), m.lastgroup, m.lastindex)

print(by_status)
print('bytes served:', total)

m = LOG.match(lines[0])
print(m)
print(sys.getsizeof(m))  # 104 + 16 per group, group 0 included
print(m.start('ip'), m.end('ip'), m.group('ip', 'status'))
print(m.re is LOG, m.string is lines[0], m.pos, m.endpos)

# The same lines through the module-level functions (and the compile cache).
ips = [re.match(r'[\d.]+', l).group() for l in lines if re.match(r'\d', l)]
print(ips)
print(re.findall(r'"(\w+) (\S+)', lines[2]))
print(re.search(r'\[(\d+)/(\w+)/(\d+)', lines[4]).groups())
