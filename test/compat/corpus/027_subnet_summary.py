# Summarise client addresses by /16 and /24 subnet.
subnets = {}
for s in system.perspective.getSessionInfo():
    parts = s["clientAddress"].split(".")
    net = ".".join(parts[:3]) + ".0/24"
    subnets[net] = subnets.get(net, 0) + 1
for net in sorted(subnets, key=lambda n: (-subnets[n], n)):
    print "%-18s %d" % (net, subnets[net])
octets = [int(x) for x in system.perspective.getSessionInfo()[0]["clientAddress"].split(".")]
print octets, sum(octets)
