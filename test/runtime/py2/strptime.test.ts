import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "from datetime import datetime\nfor args in [(\"2024-03-15T08:30:00.25\", \"%Y-%m-%dT%H:%M:%S.%f\"), (\"Friday, March 15 24 12:05 am\", \"%A, %B %d %y %I:%M %p\"),\n             (\"  15 mar 2024\", \" %d %b %Y\"), (\"2024 075\", \"%Y %j\"), (\"12:30\", \"%H:%M\"), (\"2024-03-15 junk\", \"%Y-%m-%d\"),\n             (\"2024-02-30\", \"%Y-%m-%d\"), (\"2024-03-15\", \"%Y-%m-%d %Q\"), (\"Feb 29\", \"%b %d\"), (\"2024-03-15 +0000\", \"%Y-%m-%d %z\"), (\"5/3/24\", \"%d/%m/%y\")]:\n    try:\n        print repr(datetime.strptime(*args))\n    except Exception, e:\n        print type(e).__name__, e\n";

describe('datetime.strptime (modules/_strptime.py)', () => {
  it('parses the common directives and fails with Python 2.7 messages', async () => {
    expect(await output(SOURCE)).toBe("datetime.datetime(2024, 3, 15, 8, 30, 0, 250000)\ndatetime.datetime(2024, 3, 15, 0, 5)\ndatetime.datetime(2024, 3, 15, 0, 0)\ndatetime.datetime(2024, 3, 15, 0, 0)\ndatetime.datetime(1900, 1, 1, 12, 30)\nValueError unconverted data remains:  junk\nValueError ('day must be in 1..29', 30)\nValueError 'Q' is a bad directive in format '%Y-%m-%d %Q'\nValueError ('day must be in 1..28', 29)\nValueError 'z' is a bad directive in format '%Y-%m-%d %z'\ndatetime.datetime(2024, 3, 5, 0, 0)\n");
  });
});
