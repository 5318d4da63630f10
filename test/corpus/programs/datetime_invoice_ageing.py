# Accounts receivable ageing report: parse invoice dates, bucket by days overdue.
from datetime import date, datetime, timedelta
import calendar

TODAY = date(2024, 4, 30)

invoices = """\
INV-1001|2024-01-15|30|1250.00
INV-1002|2024-02-02|30|310.50
INV-1003|2024-02-28|60|4800.00
INV-1004|2024-03-20|14|99.99
INV-1005|2024-04-10|30|2200.00
INV-1006|2023-12-01|45|75.25
INV-1007|2024-04-29|7|640.00
"""

buckets = {"current": [], "1-30": [], "31-60": [], "61-90": [], "90+": []}
for line in invoices.splitlines():
    number, issued, terms, amount = line.split("|")
    issued = datetime.strptime(issued, "%Y-%m-%d").date()
    due = issued + timedelta(days=int(terms))
    overdue = (TODAY - due).days
    if overdue <= 0:
        key = "current"
    elif overdue <= 30:
        key = "1-30"
    elif overdue <= 60:
        key = "31-60"
    elif overdue <= 90:
        key = "61-90"
    else:
        key = "90+"
    buckets[key].append((number, due, overdue, float(amount)))
    print(f"{number} issued {issued:%d %b %Y} due {due.isoformat()} ({due:%a}) overdue {max(overdue, 0):>3} days")

print()
print(f"Ageing as of {TODAY:%A %d %B %Y} (week {TODAY.isocalendar()[1]}, day {TODAY:%j})")
for key, rows in buckets.items():
    total = sum(r[3] for r in rows)
    print(f"  {key:>7}: {len(rows)} invoice(s) {total:>10,.2f}")

oldest = min((r for rows in buckets.values() for r in rows), key=lambda r: r[1])
print("oldest due date:", oldest[1], "->", oldest[0])

# Month-end statements for the quarter.
for month in (2, 3, 4):
    last = calendar.monthrange(2024, month)[1]
    end = date(2024, month, last)
    print(f"statement {calendar.month_name[month]:<9} closes {end} ({calendar.day_name[end.weekday()]})",
          "leap" if calendar.isleap(end.year) and month == 2 else "")

stamp = datetime.strptime("30/Apr/2024:17:45:09", "%d/%b/%Y:%H:%M:%S")
print("report generated", stamp, stamp.strftime("%I:%M %p"), repr(stamp))
try:
    datetime.strptime("2024-02-30", "%Y-%m-%d")
except ValueError as e:
    print("bad date:", e)
try:
    date(2024, 13, 1)
except ValueError as e:
    print("bad month:", e)
