# Queue for the sandbox (issue 14): FIFO, LIFO and priority queues, written from the Python 2.7 documentation.
# The sandbox runs one thread, so no other thread can ever fill or empty a queue: a blocking get on an empty queue
# (or put on a full one) waits out its timeout and raises Empty (Full); without a timeout it would wait forever,
# as under Jython, so it sleeps until the sandbox's time limit ends the script.
import time as _time
import heapq
from collections import deque

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue']


class Empty(Exception):
    "Raised by Queue.get(block=0) / get_nowait()."
    pass


class Full(Exception):
    "Raised by Queue.put(block=0) / put_nowait()."
    pass


def _wait(timeout):
    if timeout is None:
        while True:
            _time.sleep(60)
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    _time.sleep(timeout)


class Queue:
    """A first-in, first-out queue holding at most maxsize items (no bound if maxsize <= 0)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            _wait(None)

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.full():
            if not block:
                raise Full
            _wait(timeout)
            raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def put_nowait(self, item):
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        if not self._qsize():
            if not block:
                raise Empty
            _wait(timeout)
            raise Empty
        return self._get()

    def get_nowait(self):
        return self.get(False)

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self, len=len):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Retrieves the lowest entry first (entries are typically (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item, heappush=heapq.heappush):
        heappush(self.queue, item)

    def _get(self, heappop=heapq.heappop):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()
