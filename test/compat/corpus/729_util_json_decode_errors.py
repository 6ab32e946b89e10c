# Bad JSON text raises; scripts catch it with both exception kinds
import java.lang
for text in ['{"a": 1', '[1, 2,', 'nope']:
    try:
        system.util.jsonDecode(text)
        print 'parsed', repr(text)
    except (Exception, java.lang.Exception), e:
        print 'failed', repr(text)
print system.util.jsonDecode('  [1]  ')
