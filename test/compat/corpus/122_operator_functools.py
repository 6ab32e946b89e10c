# operator and functools.partial.
import operator
from functools import partial
ss = system.perspective.getSessionInfo()
print reduce(operator.add, [s["activePages"] for s in ss])
print reduce(operator.mul, [1, 2, 3, 4])
print map(operator.itemgetter("username"), ss[:3])
print operator.add("a", "b"), operator.mod(7, 3), operator.neg(5), operator.not_(0)
getUser = partial(system.perspective.getSessionInfo, projectFilter="WarehouseHMI")
print [s["username"] for s in getUser()]
print len(getUser("billy")), len(getUser(usernameFilter="admin"))
int2 = partial(int, base=2)
print int2("1010"), int2("11")
