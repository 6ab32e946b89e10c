import copySource from './copy.py';
import typesSource from './types.py';
import tracebackSource from './traceback.py';
import linecacheSource from './linecache.py';
import contextlibSource from './contextlib.py';
import heapqSource from './heapq.py';
import abcSource from './abc.py';
import userDictSource from './UserDict.py';
import userListSource from './UserList.py';
import userStringSource from './UserString.py';
import cStringIOSource from './cStringIO.py';
import hashlibSource from './hashlib.py';
import md5Source from './md5.py';
import shaSource from './sha.py';
import hmacSource from './hmac.py';
import binasciiSource from './binascii.py';
import zlibSource from './zlib.py';
import base64Source from './base64.py';
import randomSource from './random.py';
import csvSource from './csv.py';
import pprintSource from './pprint.py';
import uuidSource from './uuid.py';
import structSource from './struct.py';
import ioSource from './io.py';
import calendarSource from './calendar.py';
import colorsysSource from './colorsys.py';
import futureBuiltinsSource from './future_builtins.py';
import exceptionsSource from './exceptions.py';
import errnoSource from './errno.py';
import posixpathSource from './posixpath.py';
import fnmatchSource from './fnmatch.py';
import setsSource from './sets.py';
import queueSource from './Queue.py';
import fractionsSource from './fractions.py';
import decimalSource from './decimal.py';
import shlexSource from './shlex.py';
import configParserSource from './ConfigParser.py';
import difflibSource from './difflib.py';
import arraySource from './array.py';
import tokenSource from './token.py';
import cmathSource from './cmath.py';
import warningsSource from './warnings.py';
import localeSource from './locale.py';
import weakrefSource from './weakref.py';
import unicodedataSource from './unicodedata.py';
import unicodedataDbSource from './_unicodedata_db.py';
import inspectSource from './inspect.py';
import tokenizeSource from './tokenize.py';
import osSource from './os/__init__.py';
import osPathSource from './os/path.py';
import loggingSource from './logging/__init__.py';
import urlparseSource from './urlparse.py';
import urllibSource from './urllib.py';
import codecsSource from './codecs.py';
import loggingHandlersSource from './logging/handlers.py';
import { XML_PYTHON } from './xml-modules.js';
import { psxmlModule } from './native/xml.js';
import { pstracebackModule } from './native/pstraceback.js';
import { pshashModule } from './native/pshash.js';
import { binasciiModule } from './native/binascii.js';
import { pszlibModule } from './native/zlib.js';
import { randomModule } from './native/random.js';
import { psstructModule } from './native/struct.js';
import { pscmathModule } from './native/cmath.js';
import { pswarningsModule } from './native/warnings.js';
import { psunicodedataModule } from './native/unicodedata.js';
import { environmentModule } from './native/environment.js';
import type { PyObject, SkGlobal } from '../skulpt-types.js';

declare const Sk: SkGlobal;

/**
 * The standard-library modules written for the sandbox (issue 14), by module name. Each is compiled on its
 * first import only; registering one costs a property assignment.
 */
export const STDLIB_PYTHON: Record<string, string> = {
  copy: copySource,
  types: typesSource,
  traceback: tracebackSource,
  linecache: linecacheSource,
  contextlib: contextlibSource,
  heapq: heapqSource,
  abc: abcSource,
  UserDict: userDictSource,
  UserList: userListSource,
  UserString: userStringSource,
  cStringIO: cStringIOSource,
  hashlib: hashlibSource,
  md5: md5Source,
  sha: shaSource,
  hmac: hmacSource,
  binascii: binasciiSource,
  zlib: zlibSource,
  base64: base64Source,
  random: randomSource,
  csv: csvSource,
  pprint: pprintSource,
  urlparse: urlparseSource,
  urllib: urllibSource,
  codecs: codecsSource,
  uuid: uuidSource,
  struct: structSource,
  io: ioSource,
  calendar: calendarSource,
  colorsys: colorsysSource,
  future_builtins: futureBuiltinsSource,
  exceptions: exceptionsSource,
  errno: errnoSource,
  posixpath: posixpathSource,
  fnmatch: fnmatchSource,
  sets: setsSource,
  Queue: queueSource,
  fractions: fractionsSource,
  decimal: decimalSource,
  shlex: shlexSource,
  ConfigParser: configParserSource,
  difflib: difflibSource,
  array: arraySource,
  token: tokenSource,
  cmath: cmathSource,
  warnings: warningsSource,
  locale: localeSource,
  weakref: weakrefSource,
  unicodedata: unicodedataSource,
  _unicodedata_db: unicodedataDbSource,
  inspect: inspectSource,
  tokenize: tokenizeSource,
  // Packages: the key is the path under src/lib/ without .py.
  'logging/__init__': loggingSource,
  'logging/handlers': loggingHandlersSource,
  'os/__init__': osSource,
  'os/path': osPathSource,
  ...XML_PYTHON,
};

/** JS helper modules of the stdlib modules above (pure computation). */
export const STDLIB_NATIVE: Record<string, () => Record<string, PyObject>> = {
  _pstraceback: pstracebackModule,
  _pshash: pshashModule,
  _psbinascii: binasciiModule,
  _pszlib: pszlibModule,
  _psrandom: randomModule,
  _psstruct: psstructModule,
  _psxml: psxmlModule,
  _pscmath: pscmathModule,
  _pswarnings: pswarningsModule,
  _psunicodedata: psunicodedataModule,
  _psenv: environmentModule,
};
