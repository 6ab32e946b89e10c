# Site settings parsed from text with the three ConfigParser classes; errors, interpolation, write().
import ConfigParser, StringIO
text = """# site config
[DEFAULT]
site = Plant A
base = /data

[database]
host = db01.local
port: 5432
user = report
path = %(base)s/db
timeout = 30.5
enabled = yes
multi = first line
   second line
; comment
[Email]
to = ops@example.com
subject = Report for %(site)s
"""
for cls in [ConfigParser.RawConfigParser, ConfigParser.ConfigParser, ConfigParser.SafeConfigParser]:
    c = cls()
    c.readfp(StringIO.StringIO(text))
    print cls.__name__, c.sections(), c.has_section('database'), c.has_section('DEFAULT'), c.options('Email')
    print c.get('database', 'path'), c.getint('database', 'port'), c.getfloat('database', 'timeout'), c.getboolean('database', 'enabled'), repr(c.get('database', 'multi'))
    print c.items('Email'), sorted(c.defaults().items())
    print c.get('Email', 'Subject'), c.has_option('Email', 'site'), c.has_option('nosuch', 'x') if cls is not ConfigParser.RawConfigParser else ''
    if cls is not ConfigParser.RawConfigParser:
        print c.get('database', 'path', raw=True), c.get('database', 'path', vars={'base': '/other'}), c.items('Email', raw=True)
for exc in ['c.get("nosuch", "x")', 'c.get("database", "nosuch")', 'c.add_section("database")', 'c.getint("database", "host")', 'c.getboolean("database", "host")', 'c.add_section("DEFAULT")', 'c.set("nosuch", "a", "b")']:
    try: eval(exc)
    except Exception, e: print type(e).__name__, e
c = ConfigParser.SafeConfigParser()
c.add_section('out'); c.set('out', 'b', '2'); c.set('out', 'a', '1'); c.set('DEFAULT', 'x', 'y')
out = StringIO.StringIO(); c.write(out); print repr(out.getvalue())
print c.remove_option('out', 'a'), c.remove_option('out', 'zz'), c.remove_section('out'), c.remove_section('out'), c.sections()
c2 = ConfigParser.SafeConfigParser()
c2.readfp(StringIO.StringIO('[s]\na = %(b)s\nb = %(a)s\nc = 100%%\nd = %(nosuch)s\ne = bad % here\n'))
for o in 'cdea':
    try: print o, c2.get('s', o)
    except Exception, e: print type(e).__name__, e
for bad in ['no section\n', '[s]\nnovalue\n', '[s\na=1\n']:
    try: ConfigParser.RawConfigParser().readfp(StringIO.StringIO(bad))
    except Exception, e: print type(e).__name__, repr(str(e))
print c.read(['/etc/x.ini'])
c3 = ConfigParser.RawConfigParser({'k': 'v'})
c3.optionxform = str
c3.readfp(StringIO.StringIO('[A]\nKey=Val\n'), 'f.ini')
print c3.items('A'), c3.get('A', 'Key')
print ConfigParser.DEFAULTSECT, ConfigParser.MAX_INTERPOLATION_DEPTH, issubclass(ConfigParser.NoSectionError, ConfigParser.Error)
