import sys
import traceback

class ConfigError(Exception):
    pass

try:
    raise ConfigError('missing key: %s' % 'host')
except ConfigError:
    print ''.join(traceback.format_exception(*sys.exc_info()))
