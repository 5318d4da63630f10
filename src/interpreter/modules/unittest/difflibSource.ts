/**
 * The part of difflib that unittest's failure messages use (`ndiff`: Differ over lines, with the
 * character-level `?` guide lines of a close pair), written in Python and run by the simulation
 * when unittest is imported. It mirrors the algorithm of CPython's Lib/difflib.py
 * (SequenceMatcher's longest-match recursion with the popular-element junk heuristic, Differ's
 * fancy replace with its 0.74/0.75 cutoffs and IS_CHARACTER_JUNK on ' ' and '\t'); the text is
 * our own.
 */
export const DIFFLIB_SOURCE = String.raw`
class _Matcher:
    def __init__(self, isjunk, a, b, autojunk=True):
        self.isjunk = isjunk
        self.a = a
        self.b = b
        self.autojunk = autojunk
        self._blocks = None
        self._codes = None
        self._index_b()

    def _index_b(self):
        b = self.b
        index = {}
        for i, elt in enumerate(b):
            where = index.get(elt)
            if where is None:
                index[elt] = [i]
            else:
                where.append(i)
        junk = set()
        if self.isjunk is not None:
            for elt in list(index):
                if self.isjunk(elt):
                    junk.add(elt)
            for elt in junk:
                del index[elt]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt, where in list(index.items()):
                if len(where) > limit:
                    popular.add(elt)
            for elt in popular:
                del index[elt]
        self._b2j = index
        self._junk = junk
        self._popular = popular
        self._full = None

    def _longest(self, alo, ahi, blo, bhi):
        a, b, b2j, junk = self.a, self.b, self._b2j, self._junk
        besti, bestj, bestsize = alo, blo, 0
        lengths = {}
        for i in range(alo, ahi):
            newlengths = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = lengths.get(j - 1, 0) + 1
                newlengths[j] = k
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            lengths = newlengths
        while besti > alo and bestj > blo and b[bestj - 1] not in junk and a[besti - 1] == b[bestj - 1]:
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while besti + bestsize < ahi and bestj + bestsize < bhi and b[bestj + bestsize] not in junk and a[besti + bestsize] == b[bestj + bestsize]:
            bestsize += 1
        while besti > alo and bestj > blo and b[bestj - 1] in junk and a[besti - 1] == b[bestj - 1]:
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while besti + bestsize < ahi and bestj + bestsize < bhi and b[bestj + bestsize] in junk and a[besti + bestsize] == b[bestj + bestsize]:
            bestsize += 1
        return besti, bestj, bestsize

    def blocks(self):
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        queue = [(0, la, 0, lb)]
        found = []
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            i, j, k = x = self._longest(alo, ahi, blo, bhi)
            if k:
                found.append(x)
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        found.sort()
        i1 = j1 = k1 = 0
        merged = []
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        if self._codes is not None:
            return self._codes
        i = j = 0
        codes = []
        for ai, bj, size in self.blocks():
            tag = ''
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            if tag:
                codes.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                codes.append(('equal', ai, i, bj, j))
        self._codes = codes
        return codes

    def ratio(self):
        matches = 0
        for blk in self.blocks():
            matches += blk[2]
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self._full is None:
            full = {}
            for elt in self.b:
                full[elt] = full.get(elt, 0) + 1
            self._full = full
        full = self._full
        avail = {}
        matches = 0
        for elt in self.a:
            if elt in avail:
                numb = avail[elt]
            else:
                numb = full.get(elt, 0)
            avail[elt] = numb - 1
            if numb > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def _ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


def _char_junk(ch):
    return ch in ' \t'


def _dump(tag, x, lo, hi):
    for i in range(lo, hi):
        yield '%s %s' % (tag, x[i])


def _plain_replace(a, alo, ahi, b, blo, bhi):
    if bhi - blo < ahi - alo:
        first = _dump('+', b, blo, bhi)
        second = _dump('-', a, alo, ahi)
    else:
        first = _dump('-', a, alo, ahi)
        second = _dump('+', b, blo, bhi)
    for g in (first, second):
        yield from g


def _keep_ws(s, tags):
    return ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(s, tags))


def _qformat(aline, bline, atags, btags):
    atags = _keep_ws(aline, atags).rstrip()
    btags = _keep_ws(bline, btags).rstrip()
    yield '- ' + aline
    if atags:
        yield '? %s\n' % atags
    yield '+ ' + bline
    if btags:
        yield '? %s\n' % btags


def _fancy_replace(a, alo, ahi, b, blo, bhi):
    best_ratio, cutoff = 0.74, 0.75
    cruncher = None
    eqi, eqj = None, None
    best_i = best_j = None
    for j in range(blo, bhi):
        bj = b[j]
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            m = _Matcher(_char_junk, ai, bj)
            if m.real_quick_ratio() > best_ratio and m.quick_ratio() > best_ratio and m.ratio() > best_ratio:
                best_ratio, best_i, best_j = m.ratio(), i, j
    if best_ratio < cutoff:
        if eqi is None:
            yield from _plain_replace(a, alo, ahi, b, blo, bhi)
            return
        best_i, best_j, best_ratio = eqi, eqj, 1.0
    else:
        eqi = None
    yield from _fancy_helper(a, alo, best_i, b, blo, best_j)
    aelt, belt = a[best_i], b[best_j]
    if eqi is None:
        atags = btags = ''
        m = _Matcher(_char_junk, aelt, belt)
        for tag, ai1, ai2, bj1, bj2 in m.opcodes():
            la, lb = ai2 - ai1, bj2 - bj1
            if tag == 'replace':
                atags += '^' * la
                btags += '^' * lb
            elif tag == 'delete':
                atags += '-' * la
            elif tag == 'insert':
                btags += '+' * lb
            else:
                atags += ' ' * la
                btags += ' ' * lb
        yield from _qformat(aelt, belt, atags, btags)
    else:
        yield '  ' + aelt
    yield from _fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)


def _fancy_helper(a, alo, ahi, b, blo, bhi):
    g = []
    if alo < ahi:
        if blo < bhi:
            g = _fancy_replace(a, alo, ahi, b, blo, bhi)
        else:
            g = _dump('-', a, alo, ahi)
    elif blo < bhi:
        g = _dump('+', b, blo, bhi)
    yield from g


def ndiff(a, b):
    m = _Matcher(None, a, b)
    for tag, alo, ahi, blo, bhi in m.opcodes():
        if tag == 'replace':
            g = _fancy_replace(a, alo, ahi, b, blo, bhi)
        elif tag == 'delete':
            g = _dump('-', a, alo, ahi)
        elif tag == 'insert':
            g = _dump('+', b, blo, bhi)
        elif tag == 'equal':
            g = _dump(' ', a, alo, ahi)
        yield from g
`;
