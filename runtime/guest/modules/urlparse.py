# urlparse for the sandbox, written from the Python 2.7 documentation of the module and checked against Jython 2.7:
# splitting URLs into components, putting them back together, resolving relative URLs and parsing query strings.
from collections import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit', 'parse_qs', 'parse_qsl']

# Schemes whose URLs are relative-capable, have a network location, or carry ;parameters.
uses_relative = ['ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', '', 'sftp', 'svn', 'svn+ssh']
uses_netloc = ['ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', '', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh']
uses_params = ['ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', '', 'sftp', 'tel']
uses_query = ['http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtspu', 'sip', 'sips', '']
uses_fragment = ['ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp', 'snews', 'file',
                 'prospero', '']

scheme_chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'


class _NetlocMixin(object):
    __slots__ = ()

    def _userinfo(self):
        netloc = self.netloc
        if '@' not in netloc:
            return None, None
        info = netloc.rsplit('@', 1)[0]
        if ':' in info:
            user, password = info.split(':', 1)
            return user, password
        return info, None

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self.netloc.rsplit('@', 1)[-1]
        if host.startswith('['):
            end = host.find(']')
            host = host[1:end] if end >= 0 else host[1:]
        elif ':' in host:
            host = host.split(':', 1)[0]
        return host.lower() or None

    @property
    def port(self):
        host = self.netloc.rsplit('@', 1)[-1]
        if host.startswith('['):
            end = host.find(']')
            host = host[end + 1:] if end >= 0 else ''
        if ':' not in host:
            return None
        port = int(host.split(':', 1)[1], 10)
        if 0 <= port <= 65535:
            return port
        return None


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment'), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult', 'scheme netloc path params query fragment'), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _split_scheme(url, scheme):
    colon = url.find(':')
    if colon > 0:
        candidate = url[:colon]
        if all(c in scheme_chars for c in candidate):
            rest = url[colon + 1:]
            # 'host:80' keeps no scheme: what follows the colon is a port number.
            if not rest or any(c not in '0123456789' for c in rest):
                return candidate.lower(), rest
    return scheme, url


def _split_netloc(url):
    end = len(url)
    for sep in '/?#':
        at = url.find(sep, 2)
        if at >= 0:
            end = min(end, at)
    return url[2:end], url[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Splits a URL into (scheme, netloc, path, query, fragment)."""
    scheme, url = _split_scheme(url, scheme)
    netloc = query = fragment = ''
    if url[:2] == '//':
        netloc, url = _split_netloc(url)
        if ('[' in netloc and ']' not in netloc) or (']' in netloc and '[' not in netloc):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    """Splits a URL into (scheme, netloc, path, params, query, fragment)."""
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        slash = path.rfind('/')
        semicolon = path.find(';', slash if slash >= 0 else 0)
        if semicolon >= 0:
            path, params = path[:semicolon], path[semicolon + 1:]
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(parts):
    """Puts a (scheme, netloc, path, query, fragment) tuple back together."""
    scheme, netloc, url, query, fragment = parts
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(parts):
    """Puts a (scheme, netloc, path, params, query, fragment) tuple back together."""
    scheme, netloc, url, params, query, fragment = parts
    if params:
        url = '%s;%s' % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def _resolve_path(base_path, rel_path):
    # The relative path's segments go after the base's directory; '.' segments go, and each '..' cancels the
    # real segment before it. Python 2.7 keeps a '..' that climbs above the root ('http://a/../g').
    segments = base_path.split('/')[:-1] + rel_path.split('/')
    if segments[-1] == '.':
        segments[-1] = ''
    segments = [s for s in segments if s != '.']
    changed = True
    while changed:
        changed = False
        for i in range(1, len(segments) - 1):
            if segments[i] == '..' and segments[i - 1] not in ('', '..'):
                del segments[i - 1:i + 1]
                changed = True
                break
    if segments[-2:] == ['', '..']:
        segments[-1] = ''
    elif len(segments) >= 2 and segments[-1] == '..':
        segments[-2:] = ['']
    return '/'.join(segments)


def urljoin(base, url, allow_fragments=True):
    """Resolves url against the base URL (RFC 3986's rules, as Python 2.7 applies them)."""
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if path[:1] == '/':
        return urlunparse((scheme, netloc, path, params, query, fragment))
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    return urlunparse((scheme, netloc, _resolve_path(bpath, path), params, query, fragment))


def urldefrag(url):
    """(url without its fragment, fragment)."""
    if '#' in url:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        return urlunparse((scheme, netloc, path, params, query, '')), fragment
    return url, ''


def _unquote_plus(text):
    import urllib
    return urllib.unquote(text.replace('+', ' '))


def parse_qsl(qs, keep_blank_values=0, strict_parsing=0):
    """The name=value pairs of a query string, in order, unquoted ('+' is a space)."""
    pairs = [piece for part in qs.split('&') for piece in part.split(';')]
    result = []
    for pair in pairs:
        if not pair and not strict_parsing:
            continue
        name_value = pair.split('=', 1)
        if len(name_value) != 2:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (pair,))
            if keep_blank_values:
                name_value.append('')
            else:
                continue
        if name_value[1] or keep_blank_values:
            result.append((_unquote_plus(name_value[0]), _unquote_plus(name_value[1])))
    return result


def parse_qs(qs, keep_blank_values=0, strict_parsing=0):
    """A dict from each name of a query string to the list of its values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
