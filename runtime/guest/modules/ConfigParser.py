# ConfigParser for the sandbox (issue 14): INI-style configuration, written from the Python 2.7 documentation and
# checked against Jython 2.7. Parse from text with readfp(StringIO(text)). read(filenames) reads nothing: the
# sandbox's open() refuses every file, and read() skips a file it cannot open (as Python does for a missing
# file), so it returns []. Sections and options keep their insertion order (OrderedDict), as in Python 2.7.
import re as _re
from collections import OrderedDict as _default_dict

__all__ = ['NoSectionError', 'DuplicateSectionError', 'NoOptionError', 'InterpolationError',
           'InterpolationDepthError', 'InterpolationSyntaxError', 'ParsingError', 'MissingSectionHeaderError',
           'ConfigParser', 'SafeConfigParser', 'RawConfigParser', 'DEFAULTSECT', 'MAX_INTERPOLATION_DEPTH']

DEFAULTSECT = 'DEFAULT'
MAX_INTERPOLATION_DEPTH = 10


class Error(Exception):
    """Base class of the ConfigParser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section


class DuplicateSectionError(Error):
    def __init__(self, section):
        Error.__init__(self, 'Section %r already exists' % section)
        self.section = section


class NoOptionError(Error):
    def __init__(self, option, section):
        Error.__init__(self, 'No option %r in section: %r' % (option, section))
        self.option = option
        self.section = section


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section


class InterpolationMissingOptionError(InterpolationError):
    def __init__(self, option, section, rawval, reference):
        msg = ('Bad value substitution:\n\tsection: [%s]\n\toption : %s\n\tkey    : %s\n\trawval : %s\n'
               % (section, option, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference


class InterpolationSyntaxError(InterpolationError):
    pass


class InterpolationDepthError(InterpolationError):
    def __init__(self, option, section, rawval):
        msg = ('Value interpolation too deeply recursive:\n\tsection: [%s]\n\toption : %s\n\trawval : %s\n'
               % (section, option, rawval))
        InterpolationError.__init__(self, option, section, msg)


class ParsingError(Error):
    def __init__(self, filename):
        Error.__init__(self, 'File contains parsing errors: %s' % filename)
        self.filename = filename
        self.errors = []

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %s, line: %d\n%r' % (filename, lineno, line))
        self.filename = filename
        self.lineno = lineno
        self.line = line
        self.errors = []


_HEADER = _re.compile(r'\[([^]]+)\]')
_OPTION = _re.compile(r'([^:=\s][^:=]*)\s*([:=])\s*(.*)$')
_OPTION_NO_VALUE = _re.compile(r'([^:=\s][^:=]*)\s*(?:([:=])\s*(.*))?$')
_BOOLEANS = {'1': True, 'yes': True, 'true': True, 'on': True, '0': False, 'no': False, 'false': False, 'off': False}


class RawConfigParser:
    """Configuration sections of options, with no interpolation of values."""

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._allow_no_value = allow_no_value
        if defaults:
            for key, value in defaults.items():
                self._defaults[self.optionxform(key)] = value

    def defaults(self):
        return self._defaults

    def sections(self):
        return list(self._sections.keys())

    def add_section(self, section):
        if section.lower() == 'default':
            raise ValueError('Invalid section name: %s' % section)
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._sections[section]['__name__'] = section

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        if section not in self._sections:
            raise NoSectionError(section)
        names = [k for k in self._sections[section].keys() if k != '__name__']
        names.extend(k for k in self._defaults.keys() if k not in self._sections[section])
        return names

    def read(self, filenames):
        """Reads each file that opens (in the sandbox, none: open() refuses every file); returns their names."""
        if isinstance(filenames, basestring):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                fp = open(name)
            except IOError:
                continue
            self._read(fp, name)
            done.append(name)
        return done

    def readfp(self, fp, filename=None):
        if filename is None:
            filename = getattr(fp, 'name', '<???>')
        self._read(fp, filename)

    def _section_or_defaults(self, section):
        if not section or section == DEFAULTSECT:
            return self._defaults
        if section not in self._sections:
            raise NoSectionError(section)
        return self._sections[section]

    def get(self, section, option):
        key = self.optionxform(option)
        if section not in self._sections:
            if section != DEFAULTSECT:
                raise NoSectionError(section)
            if key in self._defaults:
                return self._defaults[key]
            raise NoOptionError(option, section)
        if key in self._sections[section]:
            return self._sections[section][key]
        if key in self._defaults:
            return self._defaults[key]
        raise NoOptionError(option, section)

    def items(self, section):
        if section not in self._sections:
            if section != DEFAULTSECT:
                raise NoSectionError(section)
            values = self._dict()
        else:
            values = self._sections[section]
        merged = self._dict()
        for k, v in self._defaults.items():
            merged[k] = v
        for k, v in values.items():
            merged[k] = v
        return [(k, v) for k, v in merged.items() if k != '__name__']

    def getint(self, section, option):
        return int(self.get(section, option))

    def getfloat(self, section, option):
        return float(self.get(section, option))

    def getboolean(self, section, option):
        value = self.get(section, option)
        if value.lower() not in _BOOLEANS:
            raise ValueError('Not a boolean: %s' % value)
        return _BOOLEANS[value.lower()]

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        key = self.optionxform(option)
        if not section or section == DEFAULTSECT:
            return key in self._defaults
        if section not in self._sections:
            return False
        return key in self._sections[section] or key in self._defaults

    def set(self, section, option, value=None):
        self._section_or_defaults(section)[self.optionxform(option)] = value

    def write(self, fp):
        """Writes the configuration in INI form to fp (any object with write())."""
        blocks = []
        if self._defaults:
            blocks.append((DEFAULTSECT, self._defaults))
        for name, values in self._sections.items():
            blocks.append((name, values))
        for name, values in blocks:
            fp.write('[%s]\n' % name)
            for key, value in values.items():
                if key == '__name__':
                    continue
                if value is None:
                    fp.write('%s\n' % key)
                else:
                    fp.write('%s = %s\n' % (key, str(value).replace('\n', '\n\t')))
            fp.write('\n')

    def remove_option(self, section, option):
        values = self._section_or_defaults(section)
        key = self.optionxform(option)
        if key in values:
            del values[key]
            return True
        return False

    def remove_section(self, section):
        if section in self._sections:
            del self._sections[section]
            return True
        return False

    def _read(self, fp, fpname):
        current = None      # the dict of the section being read
        optname = None      # the option that continuation lines extend
        lineno = 0
        errors = None
        pattern = _OPTION_NO_VALUE if self._allow_no_value else _OPTION
        while True:
            line = fp.readline()
            if not line:
                break
            lineno += 1
            if line.strip() == '' or line[0] in '#;':
                continue
            if line[:3].lower() == 'rem' and line.split(None, 1)[0].lower() == 'rem':
                continue
            if line[0].isspace() and current is not None and optname:
                extra = line.strip()
                if extra:
                    current[optname].append(extra)
                continue
            header = _HEADER.match(line)
            if header:
                name = header.group(1)
                if name in self._sections:
                    current = self._sections[name]
                elif name == DEFAULTSECT:
                    current = self._defaults
                else:
                    current = self._dict()
                    current['__name__'] = name
                    self._sections[name] = current
                optname = None
                continue
            if current is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            m = pattern.match(line)
            if m is None:
                if errors is None:
                    errors = ParsingError(fpname)
                errors.append(lineno, repr(line))
                continue
            name, sep, value = m.group(1), m.group(2), m.group(3)
            optname = self.optionxform(name.rstrip())
            if value is None:
                current[optname] = None
                continue
            if ';' in value:
                # ' ;' starts an inline comment.
                at = value.find(';')
                if at != -1 and value[at - 1].isspace():
                    value = value[:at]
            value = value.strip()
            if value == '""':
                value = ''
            current[optname] = [value]
        if errors is not None:
            raise errors
        for values in [self._defaults] + list(self._sections.values()):
            for key, value in values.items():
                if isinstance(value, list):
                    values[key] = '\n'.join(value).rstrip()


class ConfigParser(RawConfigParser):
    """Values may refer to other options of the section (or DEFAULT) as %(name)s."""

    def _merged(self, section, vars):
        merged = self._dict()
        for k, v in self._defaults.items():
            merged[k] = v
        if section != DEFAULTSECT:
            if section not in self._sections:
                raise NoSectionError(section)
            for k, v in self._sections[section].items():
                merged[k] = v
        if vars:
            for k, v in vars.items():
                merged[self.optionxform(k)] = v
        return merged

    def get(self, section, option, raw=False, vars=None):
        values = self._merged(section, vars)
        key = self.optionxform(option)
        if key not in values:
            raise NoOptionError(option, section)
        value = values[key]
        if raw or value is None:
            return value
        return self._interpolate(section, key, value, values)

    def items(self, section, raw=False, vars=None):
        values = self._merged(section, vars)
        keys = [k for k in values.keys() if k != '__name__']
        if raw:
            return [(k, values[k]) for k in keys]
        return [(k, self._interpolate(section, k, values[k], values)) for k in keys]

    _REFERENCE = _re.compile(r'%\(([^)]*)\)s|.')

    def _interpolate(self, section, option, rawval, vars):
        value = rawval
        depth = MAX_INTERPOLATION_DEPTH
        while depth:
            depth -= 1
            if value and '%(' in value:
                value = self._REFERENCE.sub(self._lower_reference, value)
                try:
                    value = value % vars
                except KeyError, e:
                    raise InterpolationMissingOptionError(option, section, rawval, e.args[0])
            else:
                break
        if value and '%(' in value:
            raise InterpolationDepthError(option, section, rawval)
        return value

    def _lower_reference(self, match):
        name = match.group(1)
        if name is None:
            return match.group()
        return '%%(%s)s' % self.optionxform(name)


class SafeConfigParser(ConfigParser):
    """ConfigParser with stricter interpolation: '%' must start '%%' or '%(name)s'."""

    _VARIABLE = _re.compile(r'%\(([^)]+)\)s')

    def _interpolate(self, section, option, rawval, vars):
        parts = []
        self._expand(option, parts, rawval, section, vars, 1)
        return ''.join(parts)

    def _expand(self, option, parts, rest, section, values, depth):
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rest)
        while rest:
            at = rest.find('%')
            if at < 0:
                parts.append(rest)
                return
            if at > 0:
                parts.append(rest[:at])
                rest = rest[at:]
            follower = rest[1:2]
            if follower == '%':
                parts.append('%')
                rest = rest[2:]
            elif follower == '(':
                m = self._VARIABLE.match(rest)
                if m is None:
                    raise InterpolationSyntaxError(option, section, 'bad interpolation variable reference %r' % rest)
                name = self.optionxform(m.group(1))
                rest = rest[m.end():]
                if name not in values:
                    raise InterpolationMissingOptionError(option, section, rest, name)
                value = values[name]
                if '%' in value:
                    self._expand(option, parts, value, section, values, depth + 1)
                else:
                    parts.append(value)
            else:
                raise InterpolationSyntaxError(
                    option, section, "'%%' must be followed by '%%' or '(', found: %r" % (rest,))

    def set(self, section, option, value=None):
        if self._allow_no_value and value is None:
            pass
        elif not isinstance(value, basestring):
            raise TypeError('option values must be strings')
        if value is not None:
            bare = self._VARIABLE.sub('', value.replace('%%', ''))
            if '%' in bare:
                raise ValueError('invalid interpolation syntax in %r at position %d' % (value, bare.find('%')))
        ConfigParser.set(self, section, option, value)
