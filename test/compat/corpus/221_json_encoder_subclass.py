import json
import datetime
class ReportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, datetime.date):
            return o.isoformat()
        return json.JSONEncoder.default(self, o)
report = {'tags': set(['b', 'a']), 'day': datetime.date(2024, 3, 5), 'rows': [[1, 2], [3]]}
print json.dumps(report, cls=ReportEncoder, sort_keys=True, indent=2)
print json.dumps(set([2]), default=sorted), ReportEncoder().encode([set([5, 4])])
class Tagged(dict):
    pass
print json.dumps(Tagged(a=[1, Tagged()]))
try:
    json.dumps({'when': datetime.date(2024, 1, 1)})
except TypeError, e:
    print e
class Buffer(object):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def read(self):
        return ''.join(self.parts)
buf = Buffer()
json.dump({'x': [1, 2]}, buf)
print buf.read(), json.load(buf)
