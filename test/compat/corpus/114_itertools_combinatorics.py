# product, permutations, combinations.
from itertools import product, permutations, combinations, combinations_with_replacement, izip_longest
projects = sorted(set(s["project"] for s in system.perspective.getSessionInfo()))
print list(combinations(projects, 2))
print len(list(permutations(projects))), list(permutations("ab"))
print list(product("ab", [1, 2]))
print list(product([0, 1], repeat=2))
print list(combinations_with_replacement("ab", 2))
print list(izip_longest("abc", [1], fillvalue="-"))
