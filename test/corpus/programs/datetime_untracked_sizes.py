# datetime's objects are small C structs that the cyclic GC does not track: a schedule of many
# dates costs only their own bytes, and gc.is_tracked says False. A subclass is a GC type again.
import datetime
import gc
import sys

start = datetime.date(2024, 9, 2)
week = datetime.timedelta(weeks=1)
lessons = [start + week * i for i in range(12)]
print(lessons[0], lessons[-1], (lessons[-1] - lessons[0]).days, 'days')

samples = {
    'date': start,
    'datetime': datetime.datetime(2024, 9, 2, 8, 30),
    'aware datetime': datetime.datetime(2024, 9, 2, 8, 30, tzinfo=datetime.timezone.utc),
    'time': datetime.time(8, 30),
    'aware time': datetime.time(8, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2))),
    'timedelta': week,
    'timezone': datetime.timezone(datetime.timedelta(hours=-5), 'EST'),
    'utc': datetime.timezone.utc,
    'tzinfo': datetime.tzinfo(),
}
for name, obj in samples.items():
    print(f'{name:15} {type(obj).__name__:10} size={sys.getsizeof(obj):3} tracked={gc.is_tracked(obj)}')

print('list of 12 dates:', sys.getsizeof(lessons), '+', sum(sys.getsizeof(d) for d in lessons))
print('tracked among them:', sum(gc.is_tracked(d) for d in lessons))


class Lesson(datetime.date):
    pass


class Slot(datetime.datetime):
    __slots__ = ()


lesson = Lesson(2024, 9, 2)
slot = Slot(2024, 9, 2, 10)
lesson.topic = 'lists'
print(type(lesson).__name__, gc.is_tracked(lesson), lesson.topic, lesson == start)
print(type(slot).__name__, sys.getsizeof(slot), gc.is_tracked(slot))

gc.collect()
del lessons, samples
print('collected after del:', gc.collect())
