# UserString for the sandbox, written for it from the Python 2.7 documentation: a string kept in .data, and
# MutableString.


def _wrap_str_method(name):
    def method(self, *args):
        result = getattr(self.data, name)(*args)
        if isinstance(result, basestring):
            return self.__class__(result)
        return result
    method.__name__ = name
    return method


def _plain_method(name):
    def method(self, *args):
        return getattr(self.data, name)(*args)
    method.__name__ = name
    return method


class UserString(object):
    def __init__(self, seq):
        if isinstance(seq, basestring):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __long__(self):
        return long(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __cmp__(self, other):
        if isinstance(other, UserString):
            return cmp(self.data, other.data)
        return cmp(self.data, other)

    def __eq__(self, other):
        return self.__cmp__(other) == 0

    def __ne__(self, other):
        return self.__cmp__(other) != 0

    def __lt__(self, other):
        return self.__cmp__(other) < 0

    def __le__(self, other):
        return self.__cmp__(other) <= 0

    def __gt__(self, other):
        return self.__cmp__(other) > 0

    def __ge__(self, other):
        return self.__cmp__(other) >= 0

    def __contains__(self, char):
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __getslice__(self, start, end):
        return self.__class__(self.data[max(start, 0):max(end, 0)])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, basestring):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, basestring):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)


for _name in ['capitalize', 'center', 'expandtabs', 'ljust', 'lower', 'lstrip', 'replace', 'rjust', 'rstrip',
              'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill', 'decode', 'encode']:
    setattr(UserString, _name, _wrap_str_method(_name))
for _name in ['count', 'endswith', 'find', 'index', 'isalpha', 'isalnum', 'isdecimal', 'isdigit', 'islower',
              'isnumeric', 'isspace', 'istitle', 'isupper', 'join', 'partition', 'rfind', 'rindex', 'rpartition',
              'rsplit', 'split', 'splitlines', 'startswith']:
    setattr(UserString, _name, _plain_method(_name))
del _name


class MutableString(UserString):
    def __hash__(self):
        raise TypeError('unhashable type (it is mutable)')

    def __setitem__(self, index, sub):
        if index < 0:
            index += len(self.data)
        if index < 0 or index >= len(self.data):
            raise IndexError
        self.data = self.data[:index] + sub + self.data[index + 1:]

    def __delitem__(self, index):
        if index < 0:
            index += len(self.data)
        if index < 0 or index >= len(self.data):
            raise IndexError
        self.data = self.data[:index] + self.data[index + 1:]

    def immutable(self):
        return UserString(self.data)
