/** The Python part of system.perspective: print (a keyword in Python 2, defined as _print) and getProjectInfo. */
export const PERSPECTIVE_PYTHON = String.raw`# Globals bound by the host before this runs: _PROJECT_INFO (a dict; lastModified in epoch milliseconds or None).
import sys
import copy as _copy

_DESTINATIONS = ('client', 'gateway', 'all')


def _print(message=None, sessionId=None, pageId=None, destination='client'):
    """Prints the message on stdout (the sandbox's console), whatever the destination."""
    if destination not in _DESTINATIONS:
        raise ValueError("destination must be 'client', 'gateway' or 'all', not %r" % (destination,))
    if isinstance(message, basestring):
        text = message
    else:
        text = unicode(message)
    sys.stdout.write(text)
    sys.stdout.write('\n')


def getProjectInfo():
    """The project's name, title, description, lastModified (a java.util.Date, or None when no resource records
    it), lastModifiedBy, views and pageConfigs."""
    info = _copy.deepcopy(_PROJECT_INFO)
    if info['lastModified'] is not None:
        from java.util import Date
        info['lastModified'] = Date(long(info['lastModified']))
    return info
`;
