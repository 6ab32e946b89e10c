# The three import forms scripts use for Java classes.
import java.lang
import java.lang.Exception
from java.util import Date, ArrayList
from java.text import SimpleDateFormat
import java.util as ju
print java.lang.Exception.__name__, Date.__name__, ArrayList.__name__, SimpleDateFormat.__name__
print ju.HashMap.__name__
d = java.util.Date(0)
print d.getTime()
