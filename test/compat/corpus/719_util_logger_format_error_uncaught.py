log = system.util.getLogger("Audit")
print 'before'
log.infof("%d sessions", "many")
print 'not reached'
