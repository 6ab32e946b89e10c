# A Java method's exception (SimpleDateFormat.parse) is a Java throwable.
from java.text import SimpleDateFormat, ParseException
import java.lang
fmt = SimpleDateFormat("yyyy-MM-dd")
for text in ["2024-03-05", "not a date", "2024/03/05"]:
    try:
        print text, "->", fmt.format(fmt.parse(text))
    except Exception, e:
        print "python exception?", e
    except java.lang.Exception, e:
        print text, "->", e, "|", e.getMessage(), isinstance(e, ParseException)
