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

# The characters textwrap treats as whitespace (not str.isspace's: only these six).
_whitespace = '\t\n\x0b\x0c\r '


def _splitting_patterns():
    # Chunks: runs of whitespace; em-dashes ('--' and more) between words; words, cut after a
    # hyphen that has letters on both sides (two letters before, or letter-hyphen-letter-hyphen),
    # at their end, or before an em-dash.
    space = '[%s]' % re.escape(_whitespace)
    solid = '[^' + space[1:]
    punct = r'[\w!"\'&.,?]'
    alpha = r'[^\d\W]'
    hyphenated = r'''
        ( {sp}+
        | (?<={pu}) -{{2,}} (?=\w)
        | {so}+? (?: -(?: (?<={al}{{2}}-) | (?<={al}-{al}-)) (?= {al} -? {al})
                   | (?={sp}|\Z)
                   | (?<={pu}) (?=-{{2,}}\w)
                   )
        )'''.format(sp=space, pu=punct, al=alpha, so=solid)
    return re.compile(hyphenated, re.VERBOSE), re.compile('(%s+)' % space)


class TextWrapper:
    unicode_whitespace_trans = {ord(c): ord(' ') for c in _whitespace}
    wordsep_re, wordsep_simple_re = _splitting_patterns()
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

    def _chunks(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        pattern = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        chunks = [c for c in pattern.split(text) if c]
        if self.fix_sentence_endings:
            _two_spaces_after_sentences(chunks, self.sentence_end_re)
        return chunks

    def wrap(self, text):
        return _lay_out(self, self._chunks(text))

    def fill(self, text):
        return "\n".join(self.wrap(text))


def _two_spaces_after_sentences(chunks, sentence_end):
    i = 0
    while i + 1 < len(chunks):
        if chunks[i + 1] == " " and sentence_end.search(chunks[i]):
            chunks[i + 1] = "  "
            i += 1
        i += 1


def _blank(chunk):
    return not chunk.strip()


def _lay_out(w, chunks):
    if w.width <= 0:
        raise ValueError("invalid width %r (must be > 0)" % w.width)
    if w.max_lines is not None:
        last_indent = w.subsequent_indent if w.max_lines > 1 else w.initial_indent
        if len(last_indent) + len(w.placeholder.lstrip()) > w.width:
            raise ValueError("placeholder too large for max width")
    lines = []
    at = 0
    while at < len(chunks):
        indent = w.subsequent_indent if lines else w.initial_indent
        room = w.width - len(indent)
        if lines and w.drop_whitespace and _blank(chunks[at]):
            at += 1
        line = []
        used = 0
        while at < len(chunks) and used + len(chunks[at]) <= room:
            line.append(chunks[at])
            used += len(chunks[at])
            at += 1
        if at < len(chunks) and len(chunks[at]) > room:
            at = _split_long_chunk(w, chunks, at, line, room - used if room >= 1 else 1)
            used = sum(len(c) for c in line)
        if w.drop_whitespace and line and _blank(line[-1]):
            used -= len(line.pop())
        if not line:
            continue
        rest_blank = at == len(chunks) or (w.drop_whitespace and at == len(chunks) - 1 and _blank(chunks[at]))
        if w.max_lines is None or len(lines) + 1 < w.max_lines or (rest_blank and used <= room):
            lines.append(indent + ''.join(line))
        else:
            _end_with_placeholder(w, lines, line, used, indent, room)
            break
    return lines


def _split_long_chunk(w, chunks, at, line, space):
    # A chunk wider than a whole line: cut it to the space left (after its last inner hyphen
    # when break_on_hyphens), or, unbroken, give it a line of its own.
    chunk = chunks[at]
    if w.break_long_words:
        cut = space
        if w.break_on_hyphens and len(chunk) > space:
            hyphen = chunk.rfind('-', 0, space)
            if hyphen > 0 and chunk[:hyphen].strip('-'):
                cut = hyphen + 1
        line.append(chunk[:cut])
        chunks[at] = chunk[cut:]
        return at
    if not line:
        line.append(chunk)
        return at + 1
    return at


def _end_with_placeholder(w, lines, line, used, indent, room):
    mark = w.placeholder
    while line:
        if not _blank(line[-1]) and used + len(mark) <= room:
            lines.append(indent + ''.join(line) + mark)
            return
        used -= len(line.pop())
    previous = lines[-1].rstrip() if lines else None
    if previous is not None and len(previous) + len(mark) <= w.width:
        lines[-1] = previous + mark
    else:
        lines.append(indent + mark.lstrip())


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.split()))


def _leading_blanks(line):
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    # Lines of only spaces and tabs become empty and are ignored; the rest lose the longest
    # run of spaces and tabs they all start with.
    lines = ['' if not line.strip(' \t') else line for line in text.split('\n')]
    margin = None
    for line in lines:
        if not line:
            continue
        lead = _leading_blanks(line)
        if margin is None:
            margin = lead
        else:
            n = 0
            while n < len(margin) and n < len(lead) and margin[n] == lead[n]:
                n += 1
            margin = margin[:n]
    if margin:
        lines = [line[len(margin):] for line in lines]
    return '\n'.join(lines)


if _minor >= 13:
    def _has_text(line):
        return not line.isspace()
else:
    def _has_text(line):
        return line.strip()


def indent(text, prefix, predicate=None):
    wanted = _has_text if predicate is None else predicate
    if _minor >= 13:
        parts = []
        for line in text.splitlines(True):
            if wanted(line):
                parts.append(prefix)
            parts.append(line)
        return ''.join(parts)
    return ''.join(prefix + line if wanted(line) else line for line in text.splitlines(True))
`;

/** The names the module offers. */
const PUBLIC = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten'];

/** Creates the module (on first import). */
export function createTextwrap(interp: Interp): PyModuleObject {
  return runSourceModule(interp, { name: 'textwrap', source: TEXTWRAP_SOURCE, publicNames: PUBLIC });
}
