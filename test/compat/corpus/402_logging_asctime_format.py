import logging
import re
from StringIO import StringIO
# run_corpus.py runs the whole corpus in one Jython process: start from a fresh root logger.
for _h in logging.root.handlers[:]:
    logging.root.removeHandler(_h)
logging.root.setLevel(logging.WARNING)
logging.disable(logging.NOTSET)

# asctime changes from run to run: check its shape, not its value.
buf = StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter('%(asctime)s - %(name)s - %(levelname)s - %(message)s'))
log = logging.getLogger('timed')
log.addHandler(h)
log.setLevel(logging.INFO)
log.info('first')
log.warning('second')

for line in buf.getvalue().splitlines():
    m = re.match(r'^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) - (.*)$', line)
    print bool(m), m.group(2)

buf2 = StringIO()
h2 = logging.StreamHandler(buf2)
h2.setFormatter(logging.Formatter('%(asctime)s %(message)s', datefmt='%d/%m/%Y %H:%M'))
log2 = logging.getLogger('timed.custom')
log2.propagate = 0
log2.addHandler(h2)
log2.error('custom datefmt')
line = buf2.getvalue().rstrip('\n')
print bool(re.match(r'^\d\d/\d\d/\d{4} \d\d:\d\d custom datefmt$', line)), repr(line[16:])

# the record carries the time fields
r = logging.LogRecord('n', logging.INFO, '/scripts/report.py', 12, 'hello %s', ('world',), None)
print r.getMessage(), r.levelname, r.levelno, r.filename, r.module, r.lineno, r.pathname
print isinstance(r.created, float), 0 <= r.msecs < 1000, r.relativeCreated >= 0
print r.threadName, r.exc_info, r.exc_text, r.args
f = logging.Formatter()
print repr(f.format(r)), f.usesTime()
print logging.Formatter('%(asctime)s').usesTime()
