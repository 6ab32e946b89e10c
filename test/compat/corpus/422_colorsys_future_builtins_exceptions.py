import colorsys
import future_builtins
import exceptions

# A status colour ramp for a dashboard: hue from red (bad) to green (good).
for pct in [0, 25, 50, 75, 100]:
    r, g, b = colorsys.hsv_to_rgb(pct / 300.0, 0.8, 0.9)
    print pct, '#%02x%02x%02x' % (int(r * 255), int(g * 255), int(b * 255))
print colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hsv_to_rgb(0.5, 0.5, 0.4)
print colorsys.rgb_to_hls(1, 0.5, 0), colorsys.hls_to_rgb(0.1, 0.5, 1), colorsys.hls_to_rgb(0.3, 0.7, 0.4)
print colorsys.rgb_to_yiq(1, 0.5, 0), colorsys.yiq_to_rgb(0.5, 0.2, 0.1), colorsys.yiq_to_rgb(1, 1, 1)
print colorsys.rgb_to_hsv(0.5, 0.5, 0.5), colorsys.rgb_to_hls(0, 0, 0), colorsys.hsv_to_rgb(0.99, 1, 1)
print colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD
print future_builtins.hex(255), future_builtins.oct(8), future_builtins.oct(-8L), future_builtins.oct(0), future_builtins.hex(2 ** 40), future_builtins.ascii(u'x')
print list(future_builtins.map(str, [1, 2])), list(future_builtins.zip('ab', [1, 2])), list(future_builtins.filter(None, [0, 1, 2]))
print exceptions.ValueError is ValueError, exceptions.StandardError is StandardError, issubclass(exceptions.KeyError, exceptions.LookupError)
try:
    raise exceptions.RuntimeError('boom')
except RuntimeError, e:
    print 'caught', repr(e)
