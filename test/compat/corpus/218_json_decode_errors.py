import json
docs = ['', '[1 2]', '{"a" 1}', '{"a":1 "b":2}', '{"tag": 5, "v" 7}', '{1:2}', '{"a":}', '[1,]', '[', '{"a":1,}',
        '"abc', '"a\\x"', '"a\\u12"', '[1] x', '1 2 3', '{"a":1}\n\n  [', '\n\n [1,\n 2 x]', '"a\tb"', '[01]',
        '1.', '{"a":1', '["a"', '{"a"', '[1,', '"\\ud834"', '"\\udd1e"', '"\\ud834\\u0041"', "{'a': 1}"]
for doc in docs:
    try:
        print repr(json.loads(doc))
    except ValueError, e:
        print repr(doc), '->', e
