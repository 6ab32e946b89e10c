import logging
import sys
# run_corpus.py runs the whole corpus in one Jython process: start from a fresh root logger.
for _h in logging.root.handlers[:]:
    logging.root.removeHandler(_h)
logging.root.setLevel(logging.WARNING)
logging.disable(logging.NOTSET)

log = logging.getLogger('job')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(name)s: %(message)s'))
log.addHandler(h)

def close_all(ids):
    for i in ids:
        if i is None:
            raise ValueError('session id missing')

try:
    close_all(['a', None])
except ValueError:
    log.exception('closing failed for %d ids', 2)

try:
    {}['missing']
except KeyError, e:
    log.error('lookup: %r', e, exc_info=True)

log.error('no traceback here')
try:
    1 / 0
except ZeroDivisionError:
    log.critical('with exc_info tuple', exc_info=sys.exc_info())
print 'done'
