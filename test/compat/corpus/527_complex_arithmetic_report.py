# phasor sums in a report
phases = [complex(230, 0), complex(-115, 199.186), complex(-115, -199.186)]
total = sum(phases)
print repr(total.real), repr(total.imag), abs(total) < 1e-3
print [abs(p) for p in phases]
print (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (1 + 2j) ** 2, (2j).conjugate()
print complex('1+2j'), complex(' 3.5-4j '), complex(2), complex(1.5, 2)
