# "%(key)s" formatting with a session object as the mapping.
for s in system.perspective.getSessionInfo(projectFilter="WarehouseHMI"):
    print "%(username)-16s %(sessionScope)-8s %(lastComm)6d ms %(clientAddress)s" % s
info = {"user_name": "billy", "count": 3}
print "%(user_name)s has %(count)d sessions" % info
print "%(count)05d|%(count)-5d|%(count)+d" % info
