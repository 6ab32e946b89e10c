# The exec statement, with and without namespaces.
exec "x = 6 * 7"
print x
ns = {}
exec "y = len(system.perspective.getSessionInfo())" in ns
print ns["y"], "y" in globals()
g = {"factor": 3}
l = {}
exec "z = factor * 5" in g, l
print l, sorted(k for k in g if not k.startswith("__"))
code = compile("print 'compiled', 1 + 1", "<report>", "exec")
exec code
print eval("2 ** 10"), eval("a + b", {"a": 1, "b": 2})
src = """
def helper(n):
    return n * 2
"""
exec src
print helper(21)
