# abc for the sandbox, written for it from the Python 2.7 documentation: ABCMeta with abstractmethod,
# abstractproperty and register().

def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace):
        cls = super(ABCMeta, mcls).__new__(mcls, name, bases, namespace)
        abstracts = set()
        for attr, value in namespace.items():
            if getattr(value, '__isabstractmethod__', False):
                abstracts.add(attr)
        for base in bases:
            for attr in getattr(base, '__abstractmethods__', ()):
                if getattr(getattr(cls, attr, None), '__isabstractmethod__', False):
                    abstracts.add(attr)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        missing = cls.__dict__.get('__abstractmethods__', getattr(cls, '__abstractmethods__', ()))
        if missing:
            raise TypeError("Can't instantiate abstract class %s with abstract methods %s"
                            % (cls.__name__, ', '.join(sorted(missing))))
        new = cls.__new__
        if new is object.__new__:
            instance = object.__new__(cls)
        else:
            instance = new(cls, *args, **kwargs)
        if isinstance(instance, cls):
            instance.__init__(*args, **kwargs)
        return instance

    def register(cls, subclass):
        if not isinstance(subclass, type) and not hasattr(subclass, '__bases__'):
            raise TypeError('Can only register classes')
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance)) or cls.__subclasscheck__(getattr(instance, '__class__', type(instance)))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for registered in cls._abc_registry:
            if registered is subclass or issubclass(subclass, registered):
                return True
        for sub in cls.__subclasses__() if hasattr(cls, '__subclasses__') else ():
            if sub is not cls and issubclass(subclass, sub):
                return True
        return False
