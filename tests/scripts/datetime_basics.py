# The datetime module on the program's clock: it starts at 1970-01-01 00:00:00 (local time is UTC).
import asyncio
import time
from datetime import date, datetime, timedelta, timezone
import datetime as dt

# the clock
start = datetime.now()
print(start, repr(start), date.today(), datetime.utcnow() == start, datetime.today())
print(datetime.now(timezone.utc), repr(datetime.now(tz=timezone.utc)), start.timestamp(), time.time())
time.sleep(1.25)
print(datetime.now(), datetime.now() - start, (datetime.now() - start).total_seconds())

# constructors, attributes, str and repr
moment = datetime(2024, 2, 29, 13, 5, 9, 120)
print(moment, repr(moment), moment.year, moment.month, moment.day, moment.hour, moment.minute,
      moment.second, moment.microsecond, moment.tzinfo)
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3)), repr(datetime(2024, 1, 2, 3, 4, 5)))
print(datetime(2024, 1, 2, 3, 4, 5), datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999))
print(datetime(year=2023, month=12, day=25, minute=30), datetime(2023, 12, 25, tzinfo=timezone.utc))
day = date(2024, 3, 1)
print(day, repr(day), day.year, day.month, day.day, day.weekday(), day.isoweekday(), day.isoformat())
print(moment.date(), repr(moment.date()), moment.weekday(), date(1970, 1, 1).weekday(), day.toordinal())
print(date.fromordinal(738946), date.fromisoformat('2021-07-04'), date.fromtimestamp(86400 * 3.5))
print(datetime.fromisoformat('2024-05-06T07:08:09'), datetime.fromisoformat('2024-05-06 07:08:09.5'),
      repr(datetime.fromisoformat('2024-05-06T07:08:09+02:00')), datetime.fromisoformat('2024-05-06'))

# isoformat and strftime
print(moment.isoformat(), moment.isoformat(' '), moment.isoformat(timespec='seconds'),
      moment.isoformat(timespec='milliseconds'), moment.isoformat(sep='_', timespec='minutes'))
print(moment.strftime('%Y-%m-%d %H:%M:%S.%f'), moment.strftime('%a %A %b %B %d %j %I %p %y %w %%'))
print(moment.strftime('[%z][%Z]'), datetime(2024, 1, 1, tzinfo=timezone.utc).strftime('%H:%M %z %Z'))
print(day.strftime('%d/%m/%Y %H:%M:%S'), f'{moment:%H.%M}', f'{day:%B %d}', f'{moment}', f'{day!r}')
print('%s | %r' % (moment, day), datetime.fromtimestamp(0), datetime.fromtimestamp(1700000000.5))
print(datetime.fromtimestamp(90061.25, timezone.utc), datetime.utcfromtimestamp(59.9999996))

# timedelta
print(timedelta(), repr(timedelta()), timedelta(1), timedelta(days=2, hours=3, minutes=4, seconds=5))
print(timedelta(weeks=1, milliseconds=1500, microseconds=7), repr(timedelta(seconds=90, microseconds=5)))
print(timedelta(days=-1), repr(timedelta(days=-1)), timedelta(seconds=-1), repr(timedelta(seconds=-1)))
print(timedelta(hours=-25, minutes=30), timedelta(microseconds=-1), -timedelta(days=3, hours=1))
print(timedelta(hours=1.5), timedelta(seconds=0.5), timedelta(days=0.1), timedelta(minutes=-0.25))
span = timedelta(days=1, seconds=7, microseconds=8)
print(span.days, span.seconds, span.microseconds, span.total_seconds(), timedelta(hours=36).total_seconds())
print(span + span, span - timedelta(days=2), span * 2, 3 * span, span / 2, span // 3, span * 0.5)
print(timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7),
      timedelta(hours=1) % timedelta(minutes=7), timedelta(seconds=1) / 3, timedelta(seconds=5) / 2.5)
print(abs(timedelta(hours=-2)), +span, bool(timedelta()), bool(timedelta(microseconds=1)))
print(timedelta(hours=2) > timedelta(minutes=119), timedelta(1) == timedelta(hours=24),
      timedelta(0) < timedelta(microseconds=1), timedelta(1) != timedelta(2), timedelta(1) <= timedelta(1))
print(sorted([timedelta(3), timedelta(-1), timedelta(hours=5)]), max(timedelta(1), timedelta(2)))
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta.resolution))
print(sum([timedelta(minutes=20)] * 4, timedelta()), timedelta(days=10, hours=5) // timedelta(days=1))

# datetime and date arithmetic
print(moment + timedelta(days=1), moment - timedelta(hours=14), timedelta(minutes=1) + moment)
print(datetime(2024, 3, 1) - datetime(2024, 2, 1), datetime(2024, 1, 1) - datetime(2024, 1, 2, 12))
print(date(2024, 12, 31) + timedelta(days=1), date(2024, 3, 1) - timedelta(days=1), date(2025, 1, 1) - date(2024, 1, 1))
print(datetime(2023, 12, 31, 23, 59, 59) + timedelta(seconds=1), datetime(2000, 2, 28) + timedelta(days=1))
print(moment > datetime(2024, 1, 1), moment == datetime(2024, 2, 29, 13, 5, 9, 120), moment != start,
      date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), day == moment)
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 31)]), min(moment, start))
print(moment.replace(year=2025, day=28), day.replace(month=2), moment.replace(tzinfo=timezone.utc))
print(moment.timestamp(), datetime(1970, 1, 2).timestamp(), datetime(1969, 12, 31, 23).timestamp())
print(datetime.min, datetime.max, date.min, date.max, isinstance(moment, date), isinstance(day, datetime))
print(type(moment), type(day), type(span), dt.MINYEAR, dt.MAXYEAR, dt.datetime is datetime)

# time zones
plus2 = timezone(timedelta(hours=2))
minus5 = timezone(timedelta(hours=-5), 'EST')
print(timezone.utc, repr(timezone.utc), plus2, repr(plus2), minus5, repr(minus5), timezone(timedelta(0)))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=plus2)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.timestamp(), aware.isoformat())
print(aware.astimezone(timezone.utc), aware.astimezone(minus5), aware.astimezone(minus5).tzname())
print(aware == datetime(2024, 6, 1, 10, 0, tzinfo=timezone.utc), aware - datetime(2024, 6, 1, tzinfo=timezone.utc))
print(datetime(2024, 6, 1) == aware, moment.utcoffset(), moment.tzname(), plus2.utcoffset(None))
print(datetime.fromtimestamp(0, plus2), datetime.now(minus5), datetime(2024, 1, 1, tzinfo=minus5).strftime('%z'))

# errors (their messages are those of CPython's C implementation, checked in tst_python_datetime; the
# reference run uses the pure-Python one, whose wording differs)
def attempt(label, f):
    try:
        f()
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(label, type(e).__name__)

attempt('month', lambda: datetime(2024, 13, 1))
attempt('day', lambda: date(2023, 2, 29))
attempt('year', lambda: date(0, 1, 1))
attempt('hour', lambda: datetime(2024, 1, 1, 24))
attempt('minute', lambda: datetime(2024, 1, 1, 0, 60))
attempt('second', lambda: datetime(2024, 1, 1, 0, 0, 60))
attempt('microsecond', lambda: datetime(2024, 1, 1, 0, 0, 0, 1000000))
attempt('too far', lambda: datetime(9999, 12, 31) + timedelta(days=1))
attempt('before 1', lambda: date(1, 1, 1) - timedelta(days=1))
attempt('huge delta', lambda: timedelta(days=1000000000))
attempt('naive vs aware', lambda: moment < aware)
attempt('subtract mixed', lambda: moment - aware)
attempt('date vs datetime', lambda: day < moment)
attempt('add int', lambda: moment + 1)
attempt('sub int', lambda: span - 1)
attempt('int plus', lambda: 1 + span)
attempt('compare int', lambda: span < 5)
attempt('divide by zero', lambda: span / 0)
attempt('timezone range', lambda: timezone(timedelta(hours=24)))
attempt('modulo by zero', lambda: span % timedelta(0))


async def tick(name, delay):
    await asyncio.sleep(delay)
    return name, datetime.now()


async def main():
    began = datetime.now()
    results = await asyncio.gather(tick('a', 2), tick('b', 0.5), tick('c', 1))
    for name, when in results:
        print(name, when.strftime('%H:%M:%S.%f'), when - began)
    deadline = datetime.now() + timedelta(seconds=3)
    while datetime.now() < deadline:
        await asyncio.sleep(1)
    print('deadline passed at', datetime.now().isoformat(), datetime.now() >= deadline)

asyncio.run(main())
