/**
 * `textwrap` (Lib/textwrap.py, 3.11–3.13): `TextWrapper`, `wrap`, `fill`, `shorten`, `dedent` and
 * `indent`, written in Python and run by the simulation on the first import (sourceModule.ts), so
 * wrapping allocates what CPython's module allocates: the chunk list from the word-splitting
 * regular expression, a list per line and the joined line strings.
 *
 * The rules are CPython's: text is split into chunks of whitespace, words and, with
 * `break_on_hyphens`, word pieces ending in a hyphen between letters (`well-` `known`, never
 * `12-` `34`) and em-dashes (`--` between words); a line takes chunks while they fit; a chunk
 * longer than any line is cut at the width, or after its last hyphen that has a non-hyphen
 * before it; whitespace at a line's start (except the first line's) and end is dropped; with
 * `max_lines` the last kept line ends in the placeholder, moved to the previous line when no
 * word fits before it. `dedent` removes the longest common leading run of spaces and tabs (lines
 * of only spaces and tabs are emptied first and ignored).
 *
 * Obscurity: `indent` runs a generator of prefixed lines on 3.11 and 3.12 and builds a list of
 * prefixes and lines on 3.13; its default predicate is `line.strip()` before 3.13 and
 * `not line.isspace()` from 3.13 (the same choice for the lines `splitlines(True)` gives).
 */
import type { Interp } from '../../runtime/interp';
import type { PyModuleObject } from '../../runtime/moduleObject';
import { runSourceModule } from './sourceModule';

const TEXTWRAP_SOURCE = String.raw`
import re

_whitespace = '\t\n\x0b\x0c\r '


class TextWrapper:
    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    word_punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    whitespace = r'[%s]' % re.escape(_whitespace)
    nowhitespace = '[^' + whitespace[1:]
    wordsep_re = re.compile(r'''
        ( %(ws)s+                                   # a run of whitespace
        | (?<=%(wp)s) -{2,} (?=\w)                  # an em-dash between words
        | %(nws)s+? (?:                             # a word, up to ...
              -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
              (?= %(lt)s -? %(lt)s)                 # ... a hyphen between letters
            | (?=%(ws)s|\Z)                         # ... its end
            | (?<=%(wp)s) (?=-{2,}\w)               # ... an em-dash
            )
        )''' % {'wp': word_punct, 'lt': letter, 'ws': whitespace, 'nws': nowhitespace}, re.VERBOSE)
    del word_punct, letter, nowhitespace
    wordsep_simple_re = re.compile(r'(%s+)' % whitespace)
    del whitespace
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        splitter = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [piece for piece in splitter.split(text) if piece]

    def _fix_sentence_endings(self, chunks):
        ends_sentence = self.sentence_end_re.search
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        room = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(word) > room:
                hyphen = word.rfind('-', 0, room)
                if hyphen > 0 and any(ch != '-' for ch in word[:hyphen]):
                    cut = hyphen + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or (rest_is_blank and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    previous = lines[-1].rstrip()
                    if len(previous) + len(self.placeholder) <= self.width:
                        lines[-1] = previous + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


_whitespace_only_re = re.compile('^[ \t]+$', re.MULTILINE)
_leading_whitespace_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    text = _whitespace_only_re.sub('', text)
    margin = None
    for lead in _leading_whitespace_re.findall(text):
        if margin is None or margin.startswith(lead):
            margin = lead
        elif not lead.startswith(margin):
            for i, (a, b) in enumerate(zip(margin, lead)):
                if a != b:
                    margin = margin[:i]
                    break
    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text


if _minor >= 13:
    def indent(text, prefix, predicate=None):
        if predicate is None:
            predicate = lambda s: not s.isspace()
        pieces = []
        for line in text.splitlines(True):
            if predicate(line):
                pieces.append(prefix)
            pieces.append(line)
        return ''.join(pieces)
else:
    def indent(text, prefix, predicate=None):
        if predicate is None:
            def predicate(line):
                return line.strip()

        def prefixed_lines():
            for line in text.splitlines(True):
                yield (prefix + line if predicate(line) else line)
        return ''.join(prefixed_lines())
`;

/** The names the module offers. */
const PUBLIC = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten'];

/** Creates the module (on first import). */
export function createTextwrap(interp: Interp): PyModuleObject {
  return runSourceModule(interp, { name: 'textwrap', source: TEXTWRAP_SOURCE, publicNames: PUBLIC });
}
