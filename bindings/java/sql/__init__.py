"""java.sql as Jython shows it: the exceptions a JDBC driver raises. SQLException carries the database's own
message, its SQLState and the vendor's error code."""
from java.lang import Exception as _JavaException


class SQLException(_JavaException):
    """java.sql.SQLException(reason=None, SQLState=None, vendorCode=0)."""

    def __init__(self, reason=None, SQLState=None, vendorCode=0):
        _JavaException.__init__(self, reason)
        self._sql_state = SQLState
        self._vendor_code = vendorCode

    def getSQLState(self):
        return self._sql_state

    def getErrorCode(self):
        return self._vendor_code

    def getNextException(self):
        return None


class SQLTimeoutException(SQLException):
    pass


class SQLSyntaxErrorException(SQLException):
    pass


class SQLIntegrityConstraintViolationException(SQLException):
    pass
