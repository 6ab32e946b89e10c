# string module constants and functions.
import string
print string.ascii_lowercase, string.ascii_uppercase
print string.digits, string.hexdigits, string.octdigits
print repr(string.whitespace), len(string.punctuation), len(string.printable)
print string.capwords("perspective session report"), string.capwords("a-b c", "-")
print string.zfill("42", 5), string.join(["a", "b"], "-"), string.split("a b c")
print string.upper("abc"), string.lower("ABC"), string.strip("  x  "), string.replace("aaa", "a", "b")
print string.atoi("42"), string.atoi("ff", 16), string.atof("1.5"), string.find("abc", "c")
print string.letters[:5], string.lowercase[:3], string.uppercase[-3:]
