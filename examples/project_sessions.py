# This script will get all sessions using the "MyProject" project and display information about them.
# Get the session info.
projectResults = system.perspective.getSessionInfo(projectFilter="MyProject")
# Loop through the sessions.
# Enumerate() gives both the session object and the index.
for index, sessionObj in enumerate(projectResults):
    # Print session info.
    print "Session", index, ": username: ", sessionObj["username"], "uptime: ", sessionObj["uptime"], " seconds"
