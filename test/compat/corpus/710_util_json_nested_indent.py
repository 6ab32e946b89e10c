# Nested lists and one-key dicts at several indent factors
data = [[1, [2, [3, []]]], {"a": {"b": {"c": [True, None]}}}, [], {}]
for f in [0, 1, 2, 3, 8]:
    print f
    print system.util.jsonEncode(data, f)
print system.util.jsonEncode([[[]]], 2)
print system.util.jsonEncode({"only": [1, 2]}, 2)
