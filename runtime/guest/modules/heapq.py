# heapq for the sandbox, written for it from the Python 2.7 documentation: a binary min-heap kept in a list,
# heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].
__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest', 'heappushpop']


def _up(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _down(heap, pos):
    end = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= end:
            break
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = item


def heappush(heap, item):
    heap.append(item)
    _up(heap, 0, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _down(heap, 0)
    return top


def heapreplace(heap, item):
    top = heap[0]
    heap[0] = item
    _down(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _down(heap, 0)
    return item


def heapify(x):
    for i in reversed(xrange(len(x) // 2)):
        _down(x, i)


def nsmallest(n, iterable, key=None):
    if key is None:
        return sorted(iterable)[:max(n, 0)]
    return sorted(iterable, key=key)[:max(n, 0)]


def nlargest(n, iterable, key=None):
    if key is None:
        return sorted(iterable, reverse=True)[:max(n, 0)]
    return sorted(iterable, key=key, reverse=True)[:max(n, 0)]


def merge(*iterables):
    return iter(sorted([x for it in iterables for x in it]))
