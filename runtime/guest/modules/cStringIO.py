# cStringIO for the sandbox: the same in-memory files as StringIO.
from StringIO import StringIO

InputType = OutputType = StringIO
