# Values without a JSON form are written as their string
enc = system.util.jsonEncode
d = system.date.fromMillis(0)
print enc([str(d)])
class Point(object):
    def __str__(self):
        return 'Point(1, 2)'
print enc({"p": str(Point())})
print enc({"n": 1}, 0) == enc({"n": 1})
