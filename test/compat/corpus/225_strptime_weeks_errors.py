from datetime import datetime
for text, fmt in [('2024 10 3', '%Y %U %w'), ('2024 10 3', '%Y %W %w'), ('2023 0 0', '%Y %U %w'),
                  ('2023 0 1', '%Y %W %w'), ('2024 5 Friday', '%Y %W %A'), ('2024 0 Mon', '%Y %U %a')]:
    d = datetime.strptime(text, fmt)
    print text, '|', fmt, '->', d.date(), d.timetuple()[6:8]
for text, fmt in [('2024-03-05x', '%Y-%m-%d'), ('2024/03/05', '%Y-%m-%d'), ('2024-02-30', '%Y-%m-%d'),
                  ('2024-03-05', '%Y-%m-%d %q'), ('2024', '%Y%'), ('20243', '%Y %m'), ('2024-13-01', '%Y-%m-%d'),
                  (5, '%Y')]:
    try:
        datetime.strptime(text, fmt)
    except (ValueError, TypeError), e:
        print type(e).__name__, e
