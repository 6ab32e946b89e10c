import json
print json.loads('[1, 2.5, -3e2, 1E+2, 10000000000, true, false, null, "x\\u00e9\\n", {"k": [{}]}]')
print json.loads('[NaN, Infinity, -Infinity, 1.0, -0, 0.5e-3]')
print repr(json.loads('"\\ud834\\udd1e"')), repr(json.loads('"abc"')), repr(json.loads('"caf\xc3\xa9"'))
print repr(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'))
print json.loads('{"a": 1.5}', parse_float=str), json.loads('[7]', parse_int=float)
print json.loads('[NaN]', parse_constant=repr)
print json.loads('{"b":1,"a":2}', object_pairs_hook=lambda pairs: pairs)
print json.loads('{"b":1}', object_hook=lambda d: ('hook', d))
print json.JSONDecoder().raw_decode('[1] rest'), json.loads('  [1]  \n')
print repr(json.loads('"a\x01b"', strict=False))
print type(json.loads('1')).__name__, type(json.loads('12345678901234')).__name__, type(json.loads('1.0')).__name__
