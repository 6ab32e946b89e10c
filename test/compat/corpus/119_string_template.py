# string.Template for notification text.
from string import Template
t = Template("Hello $user, your $scope session on ${project} has $pages page(s) open.")
for s in system.perspective.getSessionInfo(projectFilter="MyProject"):
    print t.substitute(user=s["username"], scope=s["sessionScope"], project=s["project"], pages=s["activePages"])
print Template("$a and $b").safe_substitute(a=1)
print Template("cost: $$${amount}").substitute({"amount": "5"})
try:
    Template("$missing").substitute({})
except KeyError, e:
    print "KeyError:", e
