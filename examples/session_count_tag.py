# Ignition's own session count system tag counts Vision clients only: a gateway timer script
# writes the number of Perspective sessions to a memory tag, for dashboards and alarms.
count = len(system.perspective.getSessionInfo())
results = system.tag.writeBlocking(
    ["[default]Perspective/SessionCount", "[default]Perspective/LastCount"],
    [count, system.date.now()])
for path, quality in zip(["SessionCount", "LastCount"], results):
    if not quality.isGood():
        system.util.getLogger("SessionCount").warn("write to %s failed: %s" % (path, quality))
print "Perspective sessions:", system.tag.readBlocking(["[default]Perspective/SessionCount"])[0].value
