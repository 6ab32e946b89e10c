from java.text import SimpleDateFormat
fmt = SimpleDateFormat("yyyy-MM-dd HH:mm")
print fmt.format(fmt.parse("2025-01-02 03:04"))
fmt.parse("yesterday")
