

# --- perspective-sandbox: Skulpt's datetime dropped the pickle support that comparisons and hashing use.
def _timedelta_getstate(self):
    return (self._days, self._seconds, self._microseconds)


def _date_getstate(self):
    return (self._year, self._month, self._day)


def _time_getstate(self):
    return ((self._hour, self._minute, self._second, self._microsecond), self._tzinfo)


def _datetime_getstate(self):
    return ((self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond),
            self._tzinfo)


timedelta._getstate = _timedelta_getstate
date._getstate = _date_getstate
time._getstate = _time_getstate
datetime._getstate = _datetime_getstate
