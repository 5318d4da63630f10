# A small meeting scheduler: weekly slots, working hours, clashes and time zones.
from datetime import date, datetime, time, timedelta, timezone

WORK_START = time(9, 0)
WORK_END = time(17, 30)

meetings = [
    ("Standup", datetime(2024, 3, 11, 9, 15), timedelta(minutes=15)),
    ("Design review", datetime(2024, 3, 11, 10, 0), timedelta(hours=1, minutes=30)),
    ("Lunch & learn", datetime(2024, 3, 11, 12, 0), timedelta(hours=1)),
    ("1:1", datetime(2024, 3, 11, 11, 0), timedelta(minutes=45)),
    ("Retro", datetime(2024, 3, 15, 16, 0), timedelta(hours=2)),
]

meetings.sort(key=lambda m: m[1])
for name, start, length in meetings:
    end = start + length
    late = end.time() > WORK_END
    print(f"{start:%a %d %b %H:%M}-{end:%H:%M}  {name:<14} {str(length):>8}{'  (runs late)' if late else ''}")

print("clashes:")
for (n1, s1, l1), (n2, s2, l2) in zip(meetings, meetings[1:]):
    if s1 + l1 > s2:
        print(f"  {n1} overlaps {n2} by {s1 + l1 - s2}")

busy = sum((l for _, s, l in meetings if s.date() == date(2024, 3, 11)), timedelta())
day = datetime.combine(date(2024, 3, 11), WORK_END) - datetime.combine(date(2024, 3, 11), WORK_START)
print("busy on Monday:", busy, f"of {day} ({busy / day:.0%})", "free:", day - busy)

# Next four fortnightly sprint reviews, skipping weekends.
review = datetime(2024, 3, 15, 14, 0)
for _ in range(4):
    review += timedelta(weeks=2)
    while review.weekday() >= 5:
        review += timedelta(days=1)
    print("sprint review", review.isoformat(timespec="minutes"), review.strftime("%A"), "week", review.isocalendar().week)

# The same standup for colleagues in other zones.
standup = datetime(2024, 3, 11, 9, 15, tzinfo=timezone.utc)
for label, hours in [("London", 0), ("Berlin", 1), ("New York", -4), ("Kolkata", 5.5)]:
    local = standup.astimezone(timezone(timedelta(hours=hours)))
    print(f"{label:<9}{local:%H:%M} {local.tzname()} {local.utcoffset()}")

slot = timedelta(minutes=25)
print("pomodoros in a work day:", day // slot, "left over:", day % slot)
print("total:", sum((l for *_, l in meetings), timedelta()).total_seconds() / 3600, "hours")
print(repr(meetings[0][1]), repr(meetings[1][2]), meetings[0][1] < meetings[1][1], max(m[2] for m in meetings))
