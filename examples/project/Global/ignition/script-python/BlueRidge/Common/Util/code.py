# The parent project's version: the child project overrides it.
def describe():
	return 'Global BlueRidge.Common.Util'
