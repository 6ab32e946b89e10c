import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "from datetime import timedelta, date, datetime, time\na, b = timedelta(days=1), timedelta(hours=23)\nprint a > b, a < b, a == timedelta(hours=24), max([a, b]), sorted([a, b])[0]\nd = {date(2024, 1, 2): 1, datetime(2024, 1, 2, 3): 2, time(1, 2): 3, a: 4}\nprint d[date(2024, 1, 2)], d[datetime(2024, 1, 2, 3)], d[time(1, 2)], d[timedelta(hours=24)]\nprint hash(date(2024, 1, 2)) == hash(date(2024, 1, 2)), len(set([date(2024, 1, 2), date(2024, 1, 2)]))\n";

describe('datetime comparisons and hashing (modules/datetime-patch.py)', () => {
  it('timedelta compares; date, datetime, time and timedelta work as dict keys', async () => {
    expect(await output(SOURCE)).toBe("True False True 1 day, 0:00:00 23:00:00\n1 2 3 4\nTrue 1\n");
  });
});
