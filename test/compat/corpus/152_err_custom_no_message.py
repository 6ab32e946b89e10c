# An uncaught exception without a message.
class Abort(Exception):
    pass
print "aborting",
raise Abort()
