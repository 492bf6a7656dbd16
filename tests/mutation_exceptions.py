#!/usr/bin/env python3
"""Mutation testing's exceptions, kept out of the product code.

Stryker.NET reads its `// Stryker disable` directives only from the source it mutates, so tests/mutation.sh runs this
on its private copy of the tree, which writes them there; the code a maintainer reads carries none. Two kinds:

- Static initialisers (a Regex, a set or an array of names) of the readers: Stryker's MTP runner reuses its test process, so a
  static field's mutant is never switched on (stryker-net PR #3695) and would show as a survivor. Every such field is
  found by its shape, so a new one is covered without a list; tests/mutation-statics.py mutates them by hand instead.
- Equivalent mutants, one by one: the file, the line the directive goes above (which must be found exactly once, or
  the run stops, so a stale entry cannot silently lapse), the mutator and why it is equivalent.

    python3 tests/mutation_exceptions.py ROOT     # write the directives into the tree at ROOT (a copy!)
"""
import os
import re
import sys

READING = 'generator/PaperDataset.Sources/Reading'

STATIC_FIELD = re.compile(r'^(?P<indent>[ \t]*)(?:private |internal |public )?static readonly (?P<type>Regex|HashSet<string>|string\[\]) (?P<field>\w+) =', re.M)

EQUIVALENT = [
    ('Rendered/RenderedPart.cs', 'public string Text { get; init; } = string.Empty;', 'String',
     'nothing reads the text of a part that shows none'),
    ('HubJson/HubJsonTreeReader.cs', 'private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);', 'Boolean',
     'the flag only changes GetPreamble, which nothing calls (GetBytes never writes a byte order mark)'),
    ('HubJson/Utf8Positions.cs', 'private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);', 'Boolean',
     'the flag only changes GetPreamble, which nothing calls'),
    ('HubJson/HubJsonTreeReader.cs', 'var reader = new Utf8JsonReader(', 'Initializer',
     "the reader's defaults are the options stated (a depth of 64, comments refused); they are written out to be read"),
    ('HubJson/HubJsonTreeReader.cs', 'ArrayPool<byte>.Shared.Return(bytes);', 'Statement',
     'a rented array not returned is only not reused'),
    ('HubJson/HubJsonTreeReader.cs', 'if (!reader.ValueIsEscaped)', 'Block',
     'a name without escapes decodes from the text to itself; the byte lookup only saves decoding it'),
    ('HubJson/HubJsonTree.cs', 'public string Value => _value ??= IsEscaped ? PaperJsonText.Unescape(text, ContentStart, ContentLength) : text.Substring(ContentStart, ContentLength);', 'Assignment',
     'the value is cached only to decode it once; decoding it again gives the same string'),
]


def source_files(root):
    for folder, _, names in sorted(os.walk(os.path.join(root, READING))):
        for name in sorted(n for n in names if n.endswith('.cs')):
            yield os.path.join(folder, name)


def static_fields(text):
    """(type, field, start of its initialiser) for each static initialiser of a reader's source text."""
    for match in STATIC_FIELD.finditer(text):
        yield match['type'], match['field'], match.end()


def with_directives(relative, text):
    """The text of the reader at `relative` (to the Reading folder) with a directive above each exception."""
    out = []
    anchors = [entry for entry in EQUIVALENT if entry[0] == relative]
    for line in text.split('\n'):
        field = STATIC_FIELD.match(line)
        if field:
            out.append(f'{field["indent"]}// Stryker disable once all : a static initialiser')
        for _, anchor, mutator, why in anchors:
            if line.strip() == anchor:
                out.append(f'{line[:len(line) - len(line.lstrip())]}// Stryker disable once {mutator} : equivalent, {why}')
        out.append(line)
    return '\n'.join(out)


def apply(root):
    found = {entry: 0 for entry in EQUIVALENT}
    fields = 0
    for path in source_files(root):
        text = open(path, encoding='utf-8').read()
        if 'Stryker disable' in text:
            sys.exit(f'{path}: a Stryker directive in the product code; mutation testing keeps its exceptions in {__file__}')
        relative = os.path.relpath(path, os.path.join(root, READING)).replace(os.sep, '/')
        for entry in EQUIVALENT:
            if entry[0] == relative:
                found[entry] = sum(1 for line in text.split('\n') if line.strip() == entry[1])
        fields += sum(1 for _ in static_fields(text))
        changed = with_directives(relative, text)
        if changed != text:
            open(path, 'w', encoding='utf-8').write(changed)
    stale = [f'{file}: "{anchor}" found {found[(file, anchor, m, w)]} times' for (file, anchor, m, w) in EQUIVALENT if found[(file, anchor, m, w)] != 1]
    if stale:
        sys.exit('mutation exceptions that no longer match exactly one line:\n  ' + '\n  '.join(stale))
    print(f'mutation exceptions: {fields} static initialisers, {len(EQUIVALENT)} equivalent mutants')


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    apply(sys.argv[1])
