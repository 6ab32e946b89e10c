# minidom tree operations: insertBefore, removeChild, replaceChild, siblings, attributes.
from xml.dom.minidom import parseString
doc = parseString('<list><a/><b/><c/></list>')
root = doc.documentElement
b = root.childNodes[1]
print b.previousSibling.tagName, b.nextSibling.tagName, root.firstChild.previousSibling
x = doc.createElement('x')
root.insertBefore(x, b)
root.removeChild(root.lastChild)
root.replaceChild(doc.createElement('z'), root.firstChild)
print root.toxml(), root.childNodes.length, root.hasChildNodes()
b.setAttribute('k', 'v')
b.setAttribute('a', '1')
print b.hasAttribute('k'), b.attributes.length, sorted(b.attributes.keys()), b.attributes['k'].value
b.removeAttribute('k')
print b.toxml(), b.parentNode.tagName, doc.documentElement is root
