def activeCount(sessions):
return len(sessions)

print activeCount([])
