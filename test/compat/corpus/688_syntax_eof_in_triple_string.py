header = """Session report
id | user
