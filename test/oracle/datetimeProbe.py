"""Probe of datetime/calendar behaviour: run on 3.11.7/3.12.1/3.13.0 and on the simulation
(`node out/cli.js run test/oracle/datetimeProbe.py --python 3.12`); outputs must be identical."""
from datetime import date, datetime, timedelta, time, timezone
import datetime as dt


def attempt(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"


d = date(2024, 2, 29)
print(d, repr(d), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.isoformat(), d.ctime())
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), timedelta(days=2) + d)
print(d.replace(day=1), attempt(lambda: d.replace(year=2023)), d.year, d.month, d.day)
print(date.fromordinal(1), date.fromisoformat("2024-03-05"), date.fromisoformat("20240305"), date.fromisoformat("2024-W10-2"))
print(attempt(lambda: date.fromisoformat("2024-3-5")), attempt(lambda: date(2024, 1, 32)), attempt(lambda: date(10000, 1, 1)))
print(attempt(lambda: date(2024.0, 1, 1)), attempt(lambda: date(9999, 12, 31) + timedelta(days=1)))
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d != date(2024, 3, 1), d == "x", sorted([date(2024, 5, 1), d, date(2023, 1, 1)]))
print(len({d, date(2024, 2, 29), date(2024, 3, 1)}), {d: 1}[date(2024, 2, 29)])
td = timedelta(days=1, hours=-5, minutes=30, seconds=1.5, milliseconds=2)
print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(-td, abs(-td), td * 2, 3 * td, td * 0.5, td / 2, td // 3, td / timedelta(hours=1), td // timedelta(hours=1), td % timedelta(hours=1))
print(divmod(td, timedelta(hours=5)), bool(timedelta(0)), timedelta(weeks=1) > timedelta(days=6), timedelta(hours=24) == timedelta(days=1))
print(repr(timedelta(microseconds=1.5)), repr(timedelta(microseconds=2.5)), repr(timedelta(seconds=-1)), str(timedelta(days=-3, hours=2)))
print(attempt(lambda: timedelta(days=10**9)), attempt(lambda: timedelta(1) / 0), attempt(lambda: timedelta("1")))
n = datetime(2024, 3, 10, 14, 30, 5, 123456)
print(n, repr(n), n.isoformat(), n.isoformat(" ", "seconds"), n.isoformat(timespec="milliseconds"), n.date(), n.time(), n.timestamp())
print(n.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %y %I %U %W %w %u %V %G %e %%"), f"{n:%d/%m/%Y}", f"{n}", format(d, ""))
print(n + timedelta(hours=10), n - timedelta(days=400), n - datetime(2024, 1, 1), datetime(2024, 1, 1) - n)
print(n.replace(hour=0, minute=0, second=0, microsecond=0), datetime.combine(d, time(9, 15)), n.weekday(), n.isocalendar())
print(n > datetime(2024, 3, 10), n == datetime(2024, 3, 10, 14, 30, 5, 123456), n == d, attempt(lambda: n < d), attempt(lambda: d < n))
u = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)
k = datetime(2024, 3, 10, 18, 0, tzinfo=timezone(timedelta(hours=6), "BST"))
print(u, repr(u), k, repr(k), u == k, k - u, u.utcoffset(), k.tzname(), u.tzname(), k.astimezone(timezone.utc), u.astimezone(timezone(timedelta(hours=-4))))
print(u.strftime("%z %Z"), k.strftime("%z %Z %c"), n.strftime("[%z][%Z]"), u.timestamp(), repr(u.tzinfo), str(timezone(timedelta(hours=-3, minutes=-30))))
print(attempt(lambda: u - n), attempt(lambda: u < n), u == n, attempt(lambda: timezone(timedelta(hours=24))))
print(datetime.fromisoformat("2024-03-10T14:30:05.123"), datetime.fromisoformat("2024-03-10 14:30"), datetime.fromisoformat("2024-03-10T14:30:05Z"), datetime.fromisoformat("2024-03-10"))
print(repr(datetime.fromisoformat("2024-03-10T14:30:05-05:00")), attempt(lambda: datetime.fromisoformat("2024-03-10X")), attempt(lambda: datetime.fromisoformat("nope")))
for s, f in [("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"), ("05/03/24", "%d/%m/%y"), ("Mar 5 2024 3:04PM", "%b %d %Y %I:%M%p"),
             ("Tuesday, 05 March 2024", "%A, %d %B %Y"), ("2024-065", "%Y-%j"), ("12:30:45.5", "%H:%M:%S.%f"),
             ("2024-03-05T10:11:12+0130", "%Y-%m-%dT%H:%M:%S%z"), ("2024-03-05", "%Y-%m-%d %H"), ("2024-03-05 extra", "%Y-%m-%d"),
             ("2024-02-30", "%Y-%m-%d"), ("[10/Oct/2000:13:55:36]", "[%d/%b/%Y:%H:%M:%S]")]:
    print(attempt(lambda: datetime.strptime(s, f)))
t = time(9, 5, 7, 250)
print(t, repr(t), t.isoformat("minutes"), t.strftime("%H.%M %p"), time(), time(23, 59) > t, time.fromisoformat("10:20:30"), repr(time(1, tzinfo=timezone.utc)))
print(attempt(lambda: time(24)), attempt(lambda: time(1, 60)), attempt(lambda: time(1, 1, 60)), attempt(lambda: time(1, 1, 1, 10**6)))
print(date.min, date.max, datetime.max, repr(timedelta.max), repr(timedelta.min), time.max, date.resolution, timezone.utc, timezone.min, dt.MINYEAR, dt.MAXYEAR)
print(isinstance(n, date), issubclass(datetime, date), type(n - n).__name__, type(d).__name__, date.fromisocalendar(2024, 1, 1))

import calendar as c
print(c.month(2024, 2), c.month(2024, 9, 3, 2), c.TextCalendar(6).formatmonth(2024, 3), sep="|")
print(c.firstweekday(), c.month_name[1:3], list(c.day_abbr), c.month_abbr[12], len(c.month_abbr), c.isleap(1900), c.isleap(2000))
print(c.monthrange(2024, 2)[1], int(c.monthrange(2024, 2)[0]), c.weekday(2024, 1, 1), c.leapdays(2000, 2025), repr(c.weekheader(3)), repr(c.weekheader(2)))
print(attempt(lambda: c.monthrange(2024, 13)), isinstance(c.IllegalMonthError("x"), ValueError), c.monthcalendar(2024, 2))
print(list(c.Calendar().itermonthdates(2024, 2))[:2], c.Calendar(6).monthdayscalendar(2024, 2)[0], list(c.Calendar(6).iterweekdays()))
c.prmonth(2023, 12)
c.setfirstweekday(c.SUNDAY)
print(c.month(2025, 6), c.firstweekday(), c.TextCalendar().firstweekday, c.timegm((2024, 3, 10, 12, 0, 0)))
print(c.calendar(2024), c.TextCalendar(6).formatyear(2023, 3, 1, 4, 4), sep="|")
import copy


class MyDate(date):
    def describe(self):
        return f"{self:%d.%m.%Y}"


md = MyDate(2024, 1, 2)
print(md.describe(), repr(md), type(md + timedelta(1)).__name__, copy.copy(d), copy.deepcopy(u), f"{d:>12}|{d!s:>12}")
