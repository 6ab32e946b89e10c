# xml.dom.minicompat: the list type of minidom's childNodes and getElementsByTagName results.


class NodeList(list):
    @property
    def length(self):
        return len(self)

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None


class EmptyNodeList(tuple):
    @property
    def length(self):
        return 0

    def item(self, index):
        return None
