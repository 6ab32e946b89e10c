import { describe, expect, it } from 'vitest';
import { output, py, run } from '../helpers.js';

describe('PyJsonObjectAdapter (a session object)', () => {
  it('is a list of adapters in backend order', async () => {
    expect(await output(py`
      sessions = system.perspective.getSessionInfo()
      print type(sessions).__name__, len(sessions), [s["id"] for s in sessions]
      print type(sessions[0]).__name__, isinstance(sessions[0], dict)
    `)).toBe("list 4 [u's1', u's2', u's3', u's4']\nPyJsonObjectAdapter False\n");
  });

  it('supports subscript, in, len, iteration and attribute access', async () => {
    expect(await output(py`
      s = system.perspective.getSessionInfo("billy", "MyProject")[0]
      print s["username"], s.username, s.id, len(s), "uptime" in s, "authorized" in s, "nope" in s
      print [k for k in s][:3]
      print sorted(s.keys())[:2]
    `)).toBe("billy billy s1 12 True False False\n[u'userAgent', u'id', u'username']\n[u'activePages', u'clientAddress']\n");
  });

  it('raises KeyError for a missing key, with the key in the message', async () => {
    const result = await run('s = system.perspective.getSessionInfo()[0]\nprint s["nope"]\n');
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe([
      'Traceback (most recent call last):',
      '  File "test.py", line 2, in <module>',
      '    print s["nope"]',
      "KeyError: 'nope'",
      '',
    ].join('\n'));
  });

  it('has get, has_key, keys/values/items and the iter* forms', async () => {
    expect(await output(py`
      s = system.perspective.getSessionInfo("billy")[0]
      print s.get("project"), s.get("nope"), s.get("nope", 7), s.has_key("pageIds"), s.has_key("x")
      print type(s.keys()).__name__, len(s.values()), s.items()[1]
      print list(s.iterkeys())[:2], list(s.itervalues())[1], list(s.iteritems())[2]
      for k, v in s.iteritems():
          if k == "pageIds": print v
    `)).toBe("MyProject None 7 True False\nlist 12 (u'id', u's1')\n[u'userAgent', u'id'] s1 (u'username', u'billy')\n[u'p1', u'p2']\n");
  });

  it('converts to a dict and works as a % mapping', async () => {
    expect(await output(py`
      s = system.perspective.getSessionInfo("billy")[0]
      d = dict(s)
      print type(d).__name__, d["activePages"], sorted(d)[0]
      print "%(username)s on %(project)s since %(uptime)d ms" % s
    `)).toBe('dict 2 activePages\nbilly on MyProject since 1000 ms\n');
  });

  it('prints as a dict in the documented key order, with unicode strings and longs', async () => {
    expect(await output('print system.perspective.getSessionInfo("billy")[0]\n')).toBe(
      "{u'userAgent': u'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0', u'id': u's1', u'username': u'billy', "
      + "u'project': u'MyProject', u'uptime': 1000, u'clientAddress': u'10.0.0.1', u'lastComm': 10, "
      + "u'sessionScope': u'browser', u'activePages': 2, u'recentBytesSent': 5, u'totalBytesSent': 3000000000L, "
      + "u'pageIds': [u'p1', u'p2']}\n",
    );
  });

  it('mutates only its own copy', async () => {
    expect(await output(py`
      s = system.perspective.getSessionInfo("billy")[0]
      s["x"] = 1
      s.update({"username": "eve"}, project="P")
      del s["pageIds"]
      print s.pop("uptime"), s.setdefault("y", 2), s.get("x"), s["username"], s.project, len(s)
      again = system.perspective.getSessionInfo("billy")[0]
      print again["username"], again["project"], again["uptime"], len(again)
      s.clear()
      print len(s), len(system.perspective.getSessionInfo()[0])
    `)).toBe('1000 2 1 eve P 12\nbilly MyProject 1000 12\n0 12\n');
  });

  it('adds authorized for Ignition 8.1', async () => {
    expect(await output(py`
      for s in system.perspective.getSessionInfo(projectFilter="Other"):
          print s["username"], s["authorized"], len(s)
    `, { ignitionVersion: '8.1' })).toBe('billy True 13\nUnauthenticated False 13\n');
  });
});

describe('getSessionInfo call forms', () => {
  const ids = 'print [s["id"] for s in r]\n';
  it.each([
    ['r = system.perspective.getSessionInfo()', "[u's1', u's2', u's3', u's4']"],
    ['r = system.perspective.getSessionInfo("billy")', "[u's1', u's3']"],
    ['r = system.perspective.getSessionInfo("Billy")', "[u's2']"],
    ['r = system.perspective.getSessionInfo(usernameFilter="billy")', "[u's1', u's3']"],
    ['r = system.perspective.getSessionInfo(projectFilter="Other")', "[u's3', u's4']"],
    ['r = system.perspective.getSessionInfo("billy", "Other")', "[u's3']"],
    ['r = system.perspective.getSessionInfo("billy", projectFilter="MyProject")', "[u's1']"],
    ['r = system.perspective.getSessionInfo(None, "Other")', "[u's3', u's4']"],
    ['r = system.perspective.getSessionInfo(*["billy", "Other"])', "[u's3']"],
    ['r = system.perspective.getSessionInfo(**{"projectFilter": "MyProject"})', "[u's1', u's2']"],
    ['r = system.perspective.getSessionInfo(u"Unauthenticated")', "[u's4']"],
    ['r = system.perspective.getSessionInfo("nobody")', '[]'],
    ['from system.perspective import getSessionInfo\nr = getSessionInfo("billy")', "[u's1', u's3']"],
    ['import system.perspective\nr = system.perspective.getSessionInfo("billy")', "[u's1', u's3']"],
  ])('%s', async (call, expected) => {
    expect(await output(`${call}\n${ids}`)).toBe(`${expected}\n`);
  });

  it.each([
    ['getSessionInfo("a", "b", "c")', 'TypeError: getSessionInfo() takes at most 2 arguments (3 given)'],
    ['getSessionInfo(foo=1)', "TypeError: getSessionInfo() got an unexpected keyword argument 'foo'"],
    ['getSessionInfo("a", usernameFilter="b")', "TypeError: getSessionInfo() got multiple values for keyword argument 'usernameFilter'"],
    ['getSessionInfo(None, None, projectFilter="x")', "TypeError: getSessionInfo() got multiple values for keyword argument 'projectFilter'"],
    ['getSessionInfo(5)', "TypeError: getSessionInfo() argument 'usernameFilter' must be a string or None, not int"],
    ['getSessionInfo(projectFilter=["x"])', "TypeError: getSessionInfo() argument 'projectFilter' must be a string or None, not list"],
    ['getSessionInfo(None, len)', "TypeError: getSessionInfo() argument 'projectFilter' must be a string or None, not builtin_function_or_method"],
  ])('%s raises a CPython-style TypeError', async (call, message) => {
    const result = await run(`system.perspective.${call}\n`);
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(message);
  });

  it('is a built-in function with help text', async () => {
    expect(await output(py`
      f = system.perspective.getSessionInfo
      print f, f.__name__
      print f.__doc__.splitlines()[0]
    `)).toBe('<built-in function getSessionInfo> getSessionInfo\ngetSessionInfo(usernameFilter=None, projectFilter=None)\n');
  });
});
