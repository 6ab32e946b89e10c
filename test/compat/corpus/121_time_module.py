# time module, deterministic parts only.
import time
t = time.gmtime(0)
print t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_yday, t.tm_wday
print time.strftime("%Y-%m-%d %H:%M:%S", t)
fixed = (2024, 3, 15, 8, 30, 0, 4, 75, 0)
print time.strftime("%d %b %Y, %H:%M", fixed)
print time.strftime("%A %j", fixed)
st = time.strptime("2024-03-15 08:30", "%Y-%m-%d %H:%M")
print st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_wday, st.tm_yday
print time.gmtime(86400 * 365)[:6]
print type(time.time()).__name__, time.time() > 1e9
print time.asctime(fixed)
start = time.time()
elapsed = time.time() - start
print "elapsed is a float:", isinstance(elapsed, float), elapsed >= 0
