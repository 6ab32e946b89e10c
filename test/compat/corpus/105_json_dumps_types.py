# -*- coding: utf-8 -*-
# json.dumps of Python values.
import json
print json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(1), json.dumps(2 ** 40)
print json.dumps(1.5), json.dumps(0.1 + 0.2), json.dumps(1e20), json.dumps(3.0)
print json.dumps("s"), json.dumps(u"jos\xe9"), json.dumps(u"jos\xe9", ensure_ascii=False).encode("utf-8")
print json.dumps([1, [2, (3, 4)]]), json.dumps({"k": None}), json.dumps([])
print json.dumps({"b": 1, "a": [1, 2]}, sort_keys=True, indent=4)
print json.dumps({"a": 1, "b": 2}, sort_keys=True, separators=(",", ":"))
print json.dumps("quote\" back\\ nl\n tab\t ctrl\x01")
print json.dumps({1: "int key", "x": 2}, sort_keys=True)
print type(json.dumps([1])).__name__
