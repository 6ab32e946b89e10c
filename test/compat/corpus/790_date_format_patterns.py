d = system.date.fromMillis(1709210096789)   # 2024-02-29 12:34:56.789 UTC
for p in ["EEE, MMM d, yyyy", "EEEE MMMM dd", "h:mm a", "hh:mm:ss.SSS", "yy-M-d H:m:s", "D 'day' w 'week'",
          "yyyy-MM-dd'T'HH:mm:ss.SSSZ", "z zzzz", "'o''clock' MM", "K k", "u F"]:
    print repr(p), system.date.format(d, p)
print system.date.format(system.date.fromMillis(0), "yyyy-MM-dd HH:mm:ss")
