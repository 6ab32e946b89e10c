import logging
import sys
from StringIO import StringIO
# run_corpus.py runs the whole corpus in one Jython process: start from a fresh root logger.
for _h in logging.root.handlers[:]:
    logging.root.removeHandler(_h)
logging.root.setLevel(logging.WARNING)
logging.disable(logging.NOTSET)

buf = StringIO()
app = logging.getLogger('app')
app.setLevel(logging.DEBUG)
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter('[%(levelname)-8s] %(name)-12s %(message)s'))
app.addHandler(handler)

db = logging.getLogger('app.db')
web = logging.getLogger('app.web')
print db.parent.name, web.parent.name, app.parent.name
print logging.getLogger('app.db') is db

db.debug('connect %s:%d', 'localhost', 5432)
web.info('GET /sessions')
web.setLevel('WARNING')
web.info('hidden by the level set by name')
web.error('500 on /close')

# the stdout handler sees only ERROR and above
out = logging.StreamHandler(sys.stdout)
out.setLevel(logging.ERROR)
out.setFormatter(logging.Formatter('STDOUT %(levelname)s %(message)s'))
app.addHandler(out)
db.warning('slow query')
db.error('lost connection')

# propagate=False stops at the logger
quiet = logging.getLogger('app.quiet')
quiet.propagate = False
quiet.error('nobody hears this')
app.removeHandler(out)
db.error('only in the buffer')

# a middle logger created late becomes the parent
deep = logging.getLogger('svc.a.b')
print deep.parent.name
mid = logging.getLogger('svc.a')
print deep.parent.name, mid.parent.name
print app.getChild('db') is db, app.getChild('x.y').name

print buf.getvalue()
print len(buf.getvalue().splitlines())
