import heapq

h = []
for x in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, x)
print h[0]
print [heapq.heappop(h) for i in range(3)]
print heapq.nsmallest(2, [7, 2, 9, 4])
print heapq.nlargest(3, [7, 2, 9, 4])
data = [9, 4, 7, 1]
heapq.heapify(data)
print data[0], sorted(data)
