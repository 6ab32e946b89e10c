import traceback


def load(row):
    return int(row['count'])

try:
    load({'count': 'n/a'})
except ValueError:
    print traceback.format_exc()
