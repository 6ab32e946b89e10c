# io: operations on a closed StringIO / BytesIO (Jython's messages)
import io
for cls, v in ((io.StringIO, u'a\nb'), (io.BytesIO, 'a\nb')):
    for op in ['read()', 'readline()', 'write(v)', 'getvalue()', 'seek(0)', 'tell()', 'readlines()', 'truncate()', 'flush()', 'iter(f)']:
        f = cls(v); f.close()
        try: eval('f.' + op if op != 'iter(f)' else op); print op, 'ok'
        except ValueError, e: print op, e
