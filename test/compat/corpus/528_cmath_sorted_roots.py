import cmath
# roots of a*x**2 + b*x + c, complex when the discriminant is negative
def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
for coeffs in [(1, -3, 2), (1, 2, 5), (2, 4, 8), (1, 1, -1)]:
    r1, r2 = roots(*coeffs)
    print coeffs, r1, r2
