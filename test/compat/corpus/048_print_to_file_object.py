# print >>obj works with any object that has write().
class Collector:
    def __init__(self):
        self.chunks = []
    def write(self, text):
        self.chunks.append(text)

c = Collector()
for s in system.perspective.getSessionInfo("billy"):
    print >>c, s["project"], s["sessionScope"]
print >>c, "done",
print >>c, 1
print len(c.chunks)
print repr("".join(c.chunks))
print c.chunks[:4]
