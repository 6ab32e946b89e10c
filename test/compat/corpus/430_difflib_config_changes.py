# Comparing two versions of a tag configuration export, and fuzzy matching of tag names.
import difflib

old = ['[Line1]\n', 'speed = 120\n', 'temp_limit = 80\n', 'mode = auto\n', '\n', '[Line2]\n', 'speed = 100\n', 'temp_limit = 75\n', 'mode = manual\n', 'owner = ops\n']
new = ['[Line1]\n', 'speed = 125\n', 'temp_limit = 80\n', 'mode = auto\n', '\n', '[Line2]\n', 'speed = 100\n', 'temp_limit = 75\n', 'mode = auto\n', '\n', '[Line3]\n', 'speed = 90\n']
for line in difflib.unified_diff(old, new, fromfile='tags-v1.ini', tofile='tags-v2.ini'):
    print line,
print '---'
for line in difflib.unified_diff(old, new, 'a', 'b', '2024-03-01', '2024-03-05', n=1, lineterm=''):
    print line
print '---'
for line in difflib.context_diff(old, new, fromfile='v1', tofile='v2', n=1):
    print line,
print '---'
for line in difflib.ndiff(['motor speed 120\n', 'pump flow 40\n', 'valve open\n'], ['motor speed 125\n', 'pump flow 40\n', 'valve closed\n', 'fan on\n']):
    print line,
print '---'
s = difflib.SequenceMatcher(None, 'Line1/Motor/Speed', 'Line2/Motor/Temp')
print s.ratio(), s.quick_ratio(), s.real_quick_ratio()
print s.get_matching_blocks()
for op in s.get_opcodes():
    print op
s = difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print round(s.ratio(), 3), s.get_opcodes(), s.find_longest_match(0, 29, 0, 38)
print difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy'])
print difflib.get_close_matches('Motor_Sped', ['Motor_Speed', 'Motor_Temp', 'Pump_Speed', 'motor_speed'], n=2, cutoff=0.5)
print difflib.get_close_matches('xyz', ['abc']), difflib.SequenceMatcher(None, '', '').ratio(), difflib.SequenceMatcher(None, [1, 2, 3, 4], [2, 3, 5]).get_opcodes()
delta = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print ''.join(delta),
print ''.join(difflib.restore(delta, 1)), ''.join(difflib.restore(delta, 2)),
print difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x')
a = ['x%d\n' % (i % 7) for i in range(250)]
b = a[:100] + ['new\n'] + a[130:]
print difflib.SequenceMatcher(None, a, b).get_opcodes(), round(difflib.SequenceMatcher(None, a, b).ratio(), 6)
print difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
for line in difflib.ndiff(['\tif x:\n', 'a  b\n'], ['\tif y:\n', 'a b\n']):
    print repr(line)
