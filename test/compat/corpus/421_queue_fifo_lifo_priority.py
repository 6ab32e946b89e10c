import Queue

q = Queue.Queue()
for job in ['export', 'email', 'archive']:
    q.put(job)
print q.qsize(), q.empty(), q.full()
while not q.empty():
    print 'job', q.get()
    q.task_done()
try:
    q.get(False)
except Queue.Empty, e:
    print 'Empty', repr(e)
try:
    q.get_nowait()
except Queue.Empty:
    print 'still empty'
try:
    q.get(True, 0.01)
except Queue.Empty:
    print 'Empty after the timeout'
b = Queue.Queue(2)
b.put(1)
b.put_nowait(2)
try:
    b.put(3, False)
except Queue.Full, e:
    print 'Full', repr(e), b.maxsize, b.full()
try:
    b.put(3, timeout=0.01)
except Queue.Full:
    print 'Full after the timeout'
l = Queue.LifoQueue()
for i in range(4):
    l.put(i)
print [l.get() for i in range(4)]
p = Queue.PriorityQueue()
for item in [(3, 'low'), (1, 'urgent'), (2, 'normal'), (1, 'also urgent')]:
    p.put(item)
print [p.get() for i in range(4)]
try:
    Queue.Queue().task_done()
except ValueError, e:
    print 'ValueError:', e
print issubclass(Queue.Empty, Exception), Queue.Queue().maxsize
