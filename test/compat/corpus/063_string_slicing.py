# Slicing and indexing strings and lists.
sid = system.perspective.getSessionInfo()[0]["id"]
print sid[:8], sid[-12:], sid[9:13], sid[::-1][:6], sid[::5]
print sid[100:], repr(sid[5:2]), sid[-1], sid[0]
parts = sid.split("-")
print parts, len(parts)
print parts[1:-1], parts[::-1], parts[::2]
nums = range(10)
print nums[2:8:2], nums[-3:], nums[:-7], nums[8:2:-2]
nums[1:3] = ["a", "b", "c"]
print nums
del nums[::3]
print nums
