import ConfigParser
from StringIO import StringIO

config = ConfigParser.SafeConfigParser({'retries': '3'})
config.readfp(StringIO('[gateway]\nname = gw-01\nport = 8088\n[alarms]\nlevel = High ; inline comment\nnotify = "" \n'))
for section in config.sections():
    for key, value in config.items(section):
        print '%s.%s = %r' % (section, key, value)
print config.getint('gateway', 'retries') + 1, config.read('/etc/ignition.conf'), config.has_option('alarms', 'retries')
try:
    config.set('alarms', 'bad', '50%')
except ValueError, e:
    print 'ValueError:', e
try:
    config.set('alarms', 'n', 5)
except TypeError, e:
    print 'TypeError:', e
print config.get('reports', 'path')
