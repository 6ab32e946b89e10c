"""The java package of the sandbox: the Java classes Ignition scripts import, as Jython shows them.

Subpackages load on first use, as Jython's Java packages do: `import java` then `java.util.Date` works.
"""
_SUBPACKAGES = ('lang', 'util', 'text', 'net', 'sql')


def __getattr__(name):
    if name in _SUBPACKAGES:
        __import__('java.' + name)
        return globals()[name]
    raise AttributeError("java.%s is not available in the sandbox" % name)
