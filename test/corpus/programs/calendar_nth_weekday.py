# "Meetup" style date puzzles: the nth / last / teenth weekday of a month, and month grids.
import calendar
from datetime import date, timedelta

def meetup(year, month, week, day_name):
    wanted = list(calendar.day_name).index(day_name)
    days = [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    candidates = [d for d in days if d.weekday() == wanted]
    if week == "teenth":
        return next(d for d in candidates if 13 <= d.day <= 19)
    if week == "last":
        return candidates[-1]
    return candidates[["first", "second", "third", "fourth", "fifth"].index(week)]

for args in [(2024, 1, "second", "Tuesday"), (2024, 2, "last", "Thursday"), (2024, 5, "teenth", "Friday"),
             (2024, 9, "first", "Monday"), (2024, 12, "fourth", "Sunday")]:
    d = meetup(*args)
    print(f"{args[2]:>6} {args[3]:<9} of {calendar.month_abbr[args[1]]} {args[0]}: {d} {d:%j}")

def nth_weekday(year, month, n, weekday):
    first = date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))

thanksgiving = nth_weekday(2024, 11, 4, calendar.THURSDAY)
print("Thanksgiving:", thanksgiving, thanksgiving.strftime("%A"), "days until Christmas:", (date(2024, 12, 25) - thanksgiving).days)
patch_tuesdays = [nth_weekday(2024, m, 2, calendar.TUESDAY).day for m in range(1, 13)]
print("patch Tuesdays:", patch_tuesdays)

print(calendar.month(2024, 2))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 11))
for week in calendar.monthcalendar(2024, 3):
    print(" ".join(f"{d:2}" if d else " ." for d in week))
print([calendar.isleap(y) for y in (1900, 2000, 2023, 2024)], calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 7, 4), calendar.day_abbr[calendar.weekday(2024, 7, 4)], calendar.monthrange(2023, 2)[1])
print(sum(1 for d in calendar.Calendar().itermonthdates(2024, 6) if d.month == 6 and d.weekday() < 5), "working days in June 2024")
calendar.setfirstweekday(calendar.MONDAY)
print(calendar.calendar(2025, w=2, l=1, c=4, m=4))
