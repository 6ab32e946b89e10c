import { describe, expect, it } from 'vitest';
import { output } from '../../helpers.js';

// Expected output recorded with Jython 2.7 (jython /tmp/script.py) from the same source.
const SOURCE = "print \"%.0e %.1e %.0g %.2g %.0f %.1f\" % (2.5, 2.25, 2.5, 2.25, 3.5, 0.25)\nprint \"%f\" % 1e60, \"%.2f\" % -1e22, \"%g\" % 1e60\nprint \"%.3f %.2f\" % (1.0005, 1.125), \"%.1f\" % -0.25, \"%.0f\" % -0.4, \"%.0f %.0f %.0f %.0f\" % (0.5, 1.5, 2.5, -0.5), \"%.2f\" % 2.675\n";

describe('%e %f %g rounding and big values (float-format.ts)', () => {
  it('rounds exact ties to even and prints every digit of a huge %f', async () => {
    expect(await output(SOURCE)).toBe("2e+00 2.2e+00 2 2.2 4 0.2\n999999999999999949387135297074018866963645011013410073083904.000000 -10000000000000000000000.00 1e+60\n1.000 1.12 -0.2 -0 0 2 2 -0 2.67\n");
  });
  it('str.format and format() of floats (e, f, g, % types) as Jython', async () => {
    const source = "print \"{:.0f} {:.1f} {:.1e} {:,.2f} {:+.1f} {:08.2f} {:>9.2f}| {:<9.1%}| {:^9.0f}| {:.3g} {:f} {:E} {:,} {:.2f}\".format(2.5, 2.25, 2.25, 1234567.891, 2.25, -3.14159, 2.675, 0.125, 0.5, 2.5e-5, 1e22, 0.5, 1234.5, 7)\nprint format(2.5, \".0f\"), format(-0.0, \".1f\"), \"{:=+10.2f}|{:x<8.1f}|{:07,.1f}\".format(3.14159, 2.25, 12345.67)\n";
    expect(await output(source)).toBe("2 2.2 2.2e+00 1,234,567.89 +2.2 -0003.14      2.67| 12.5%    |     0    | 2.5e-05 10000000000000000000000.000000 5.000000E-01 1,234.5 7.00\n2 -0.0 +     3.14|2.2xxxxx|12,345.7\n");
  });
});
