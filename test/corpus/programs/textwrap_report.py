# textwrap (Lib/textwrap.py): formatting a plain-text report — wrapped paragraphs, a bulleted
# list with hanging indents, a truncated summary line and dedented help text.
import sys
import textwrap

intro = ("The quarterly review covers the self-service portal, the e-mail gateway and "
         "the long-awaited re-architecture of the billing pipeline--which, after three "
         "false starts, finally shipped.  Teams reported well-known issues: flaky tests, "
         "slow builds and an over-engineered config format.")
print(textwrap.fill(intro, width=48))
print()
for width in (20, 33):
    print(f'--- width {width} ---')
    for line in textwrap.wrap(intro, width):
        print(f'|{line:<{width}}|')

tasks = ['Migrate the user-facing API to version three, keeping backwards compatibility',
         'Fix the pipeline', 'Document the supercalifragilisticexpialidocious feature flag']
bullet = textwrap.TextWrapper(width=36, initial_indent='  * ', subsequent_indent='    ')
print('\n'.join(bullet.fill(t) for t in tasks))

print(textwrap.shorten(intro, width=60))
print(textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11))
print(textwrap.shorten(intro, 40, placeholder=' (more)'))
print(textwrap.wrap(intro, 30, max_lines=3))
print(textwrap.wrap('a-b-c-d-e-f-g-h-i-j-k', 6), textwrap.wrap('a-b-c-d-e-f-g-h-i-j-k', 6, break_on_hyphens=False))
print(textwrap.wrap('averyveryverylongword tail', 8), textwrap.wrap('averyveryverylongword tail', 8, break_long_words=False))
print(textwrap.wrap('tab\tseparated\tcolumns', 12), textwrap.wrap('tab\tseparated', 30, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap('  keep   the  spaces  ', 10, drop_whitespace=False))
print(textwrap.fill('One.  Two! Three? Four.', 12, fix_sentence_endings=True))

def usage():
    return textwrap.dedent('''\
        usage: report [options]

          -w WIDTH   wrap at WIDTH columns
          -q         quiet
        ''')
print(usage(), end='')
print(textwrap.indent(usage(), '> '), end='')
print(textwrap.indent('a\n\nb\n', '# ', lambda line: True), end='')
print(repr(textwrap.dedent('\t  x\n\t  y\n  \n')), repr(textwrap.dedent('  a\n\tb')))

for bad in (lambda: textwrap.wrap('abc', 0), lambda: textwrap.shorten('abc def', 4, placeholder=' [......]')):
    try:
        bad()
    except ValueError as err:
        print('ValueError:', err)

lines = textwrap.wrap(intro * 4, 40)
print(len(lines), sys.getsizeof(lines), sys.getsizeof(lines[0]), len(lines[0]))
