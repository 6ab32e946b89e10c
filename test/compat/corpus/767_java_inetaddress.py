from java.net import InetAddress
host = InetAddress.getLocalHost()
name = host.getHostName()
print type(name).__name__, len(name) > 0
print str(host).startswith(name + "/")
print host.getHostAddress().count(".")
print InetAddress.getLocalHost().getHostName() == name
