# reduce, map and filter return lists in Python 2.
ss = system.perspective.getSessionInfo()
pages = map(lambda s: s["activePages"], ss)
print pages, type(pages).__name__
print filter(lambda n: n > 1, pages)
print reduce(lambda a, b: a + b, pages), reduce(lambda a, b: a * b, [1, 2, 3, 4], 10)
print map(None, [1, 2, 3], ["a", "b"])
print map(lambda a, b: a + b, [1, 2], [10, 20])
print filter(None, [0, 1, "", "x", None, [], [0]])
print filter(lambda c: c in "aeiou", "perspective")
print filter(lambda x: x % 2, (1, 2, 3, 4, 5))
print zip([1, 2, 3], "ab"), type(zip()).__name__
print map(str.upper, ["a", "b"]), map(len, ["", "ab"])
