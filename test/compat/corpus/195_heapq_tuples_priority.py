import heapq

queue = []
heapq.heappush(queue, (2, 'write report'))
heapq.heappush(queue, (1, 'restart gateway'))
heapq.heappush(queue, (3, 'archive'))
heapq.heappush(queue, (1, 'alarm ack'))
while queue:
    prio, task = heapq.heappop(queue)
    print prio, task
print heapq.nlargest(2, [{'n': 3}, {'n': 9}, {'n': 5}], key=lambda d: d['n'])
print heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 7)
print list(heapq.merge([1, 4, 9], [2, 3, 10]))
