data = system.util.jsonDecode('{"sessions": [{"id": "s1", "pages": 2, "ratio": 0.5, "ok": true, "note": null}], "total": 12345678901}')
s = data['sessions'][0]
print s['id'], type(s['id']).__name__, s['pages'], s['ratio'], s['ok'], s['note']
print data['total'], type(data['total']).__name__
print system.util.jsonDecode('[1, 2.5, "x"]')
print system.util.jsonDecode(system.util.jsonEncode({"k": [1, 2]}))['k']
