import logging
import sys
from StringIO import StringIO
# run_corpus.py runs the whole corpus in one Jython process: start from a fresh root logger.
for _h in logging.root.handlers[:]:
    logging.root.removeHandler(_h)
logging.root.setLevel(logging.WARNING)
logging.disable(logging.NOTSET)

# Without a stream, basicConfig logs to sys.stderr (looked up when the handler is made).
captured = StringIO()
saved = sys.stderr
sys.stderr = captured
try:
    logging.warning('no handlers yet: the root gets one')
    logging.getLogger('x.y').error('through the root handler')
    logging.info('below WARNING')
finally:
    sys.stderr = saved
print repr(captured.getvalue())

h = logging.getLogger().handlers[0]
print type(h).__name__, h.stream is captured, h.formatter._fmt
try:
    logging.getLogger().setLevel('LOUD')
except ValueError, e:
    print 'ValueError', e
