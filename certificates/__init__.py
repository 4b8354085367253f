"""PDF certificates: HTML + CSS templates rendered by WeasyPrint, with QR codes.

Takes plain data in, gives PDF bytes out; never imports Flask or the database. Filled in by
the certificates issue; the package exists now so the layout of the design card holds.
"""
