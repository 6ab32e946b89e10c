# A tiny logger class printing levelled messages, like system.util.getLogger output in the console.
class Logger(object):
    LEVELS = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR"]
    def __init__(self, name, level="INFO"):
        self.name = name
        self.threshold = self.LEVELS.index(level)
    def log(self, level, msg, *args):
        if self.LEVELS.index(level) >= self.threshold:
            print "%-5s [%s] %s" % (level, self.name, msg % args if args else msg)
    def info(self, msg, *args): self.log("INFO", msg, *args)
    def warn(self, msg, *args): self.log("WARN", msg, *args)
    def debug(self, msg, *args): self.log("DEBUG", msg, *args)
    def infof(self, fmt, *args): self.log("INFO", fmt.replace("%", "%%").replace("{}", "%s"), *args)

log = Logger("SessionAudit")
log.info("starting audit of %d sessions", len(system.perspective.getSessionInfo()))
for s in system.perspective.getSessionInfo():
    if s["lastComm"] > 10000:
        log.warn("session %s (%s) idle for %d ms", s["id"][:8], s["username"], s["lastComm"])
    log.debug("checked %s", s["id"])
log.info("100% done")
log.infof("{} users, {} projects", len(set(s["username"] for s in system.perspective.getSessionInfo())), 3)
