# Report scripts build export file names with os.path; `import os` is for os.path only.
import os
import os.path
from os import path

base = '/data/reports'
names = ['daily_2024-03-05.csv', 'weekly.summary.xlsx', 'README', '.hidden', 'archive/old.tar.gz']
for name in names:
    full = os.path.join(base, name)
    root, ext = os.path.splitext(full)
    print '%-40s dir=%-22s base=%-22s ext=%r' % (full, os.path.dirname(full), os.path.basename(full), ext)
    print '   root=%s split=%r' % (root, path.split(full))
print os.path.join('a', '/abs', 'b'), os.path.join('a/', 'b'), os.path.join('', 'x'), repr(os.path.join('a', ''))
print os.path.normpath('/data//reports/../exports/./2024/'), os.path.normpath('a/b/../../..'), os.path.normpath('')
print os.path.abspath('/data/../etc/./x'), os.path.isabs('/x'), os.path.isabs('x/y')
print os.path.commonprefix(['/data/reports/a.csv', '/data/reports/b.csv', '/data/rep']), repr(os.path.commonprefix([]))
print os.path.relpath('/data/reports/2024/a.csv', '/data/exports'), os.path.relpath('/x', '/x')
print os.path.splitdrive('/data/x'), os.path.normcase('MiXeD'), os.path.split('/'), os.path.split('file.txt')
print os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.name
print os.path.sep, path.sep
print '.'.join(['report', '2024', 'csv']), os.extsep.join(['a', 'b'])
