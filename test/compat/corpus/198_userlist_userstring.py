from UserList import UserList
from UserString import UserString

class Stack(UserList):
    def push(self, x):
        self.append(x)

s = Stack([1, 2])
s.push(3)
print s, len(s), s[0], s[-1], s.pop(), s
print s + [9], 2 in s
u = UserString('Tag Path')
print u.upper(), u.lower(), len(u), u.split(), u.startswith('Tag')
