p = getattr(system.perspective, 'print')
p("Hello World")
p(message="to the gateway", destination="gateway")
p(u'caf\xe9')
p(len(system.perspective.getSessionInfo()))
x = system.perspective.print("called as an attribute")
print x
