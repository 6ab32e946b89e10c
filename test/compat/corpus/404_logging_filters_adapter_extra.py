import logging
import sys
# run_corpus.py runs the whole corpus in one Jython process: start from a fresh root logger.
for _h in logging.root.handlers[:]:
    logging.root.removeHandler(_h)
logging.root.setLevel(logging.WARNING)
logging.disable(logging.NOTSET)

log = logging.getLogger('plant')
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(area)s %(message)s'))
log.addHandler(h)

log.info('pump started', extra={'area': 'north'})
try:
    log.info('bad extra', extra={'message': 'x'})
except KeyError, e:
    print 'KeyError', e

class OnlyArea(logging.Filter):
    def __init__(self, area):
        logging.Filter.__init__(self)
        self.area = area
    def filter(self, record):
        return getattr(record, 'area', None) == self.area

f = OnlyArea('south')
h.addFilter(f)
log.info('filtered out', extra={'area': 'north'})
log.info('kept', extra={'area': 'south'})
h.removeFilter(f)

adapter = logging.LoggerAdapter(log, {'area': 'east'})
adapter.info('via adapter %d', 1)
adapter.warning('adapter warning')
print adapter.isEnabledFor(logging.DEBUG)

# Filter by logger name
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('NAMED %(name)s %(message)s'))
h2.addFilter(logging.Filter('plant.a'))
root_child = logging.getLogger('plant.a.b')
other = logging.getLogger('plant.ab')
log.removeHandler(h)
log.addHandler(h2)
root_child.info('child of plant.a')
other.info('not a child of plant.a')

# disable() switches levels off everywhere
logging.disable(logging.INFO)
root_child.info('disabled')
root_child.warning('warning passes')
logging.disable(logging.NOTSET)
root_child.info('enabled again')

# NullHandler swallows everything
lib = logging.getLogger('lib')
lib.addHandler(logging.NullHandler())
lib.error('silent')
print logging.makeLogRecord({'msg': 'made', 'levelno': 5}).msg
