#!/usr/bin/env python3
# The static-initialiser mutants of the readers, applied by hand: Stryker's MTP runner reuses its test process, so it never
# switches them on (docs/robustness.md, "Mutation testing"). Every static initialiser that tests/mutation_exceptions.py
# sets aside for the Stryker run is mutated as Stryker would: a regex pattern emptied, options joined with '&' instead of '|', and (a sample) the first,
# a middle and the last name of a set or an array emptied. After each, the unit and variant tests of tests/PaperDataset.Robustness.Tests
# run; the mutant is KILLED when they fail. It edits the work tree and restores each file: run it on a clean tree.
#   python3 tests/mutation-statics.py            # every mutant
#   python3 tests/mutation-statics.py 3 7        # some of them, by the index it prints
import os, re, subprocess, sys

from mutation_exceptions import READING, source_files, static_fields

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
reading = os.path.join(repo, READING)
tests = os.path.join(repo, 'tests/PaperDataset.Robustness.Tests')
test_filter = '(FullyQualifiedName~.Units.|FullyQualifiedName~.Variants.)'


def replace_at(text, start, end, by):
    return text[:start] + by + text[end:]


def mutants():
    """(file, label, mutate) for each static-initialiser mutant, in a stable order."""
    for path in source_files(repo):
        text = open(path).read()
        for kind, field, start in static_fields(text):
            body = text[start:text.index(';', start)]
            if kind == 'Regex':
                pattern = re.search(r'@"(?:[^"]|"")*"', body)
                yield path, f'{field} pattern emptied', lambda t, s=start + pattern.start(), e=start + pattern.end(): replace_at(t, s, e, '@""')
                options = body.find(' | ')
                if options >= 0:
                    yield path, f'{field} options & instead of |', lambda t, s=start + options: replace_at(t, s, s + 3, ' & ')
            else:
                members = list(re.finditer(r'"[^"]*"', body))
                for member in (members[0], members[len(members) // 2], members[-1]):
                    yield path, f'{field} {member.group()} emptied', lambda t, s=start + member.start(), e=start + member.end(): replace_at(t, s, e, '""')


def outcome():
    run = subprocess.run(['dotnet', 'test', '--filter', test_filter], cwd=tests, capture_output=True, text=True)
    if 'Failed!' in run.stdout:
        return 'KILLED'
    if run.returncode != 0:
        return 'ERROR (no test result): ' + run.stdout.strip()[-300:]
    return 'SURVIVED'


only = set(sys.argv[1:])
for index, (path, label, mutate) in enumerate(mutants()):
    if only and str(index) not in only:
        continue
    original = open(path).read()
    mutated = mutate(original)
    assert mutated != original, label
    open(path, 'w').write(mutated)
    try:
        print(index, os.path.relpath(path, reading), label, outcome(), flush=True)
    finally:
        open(path, 'w').write(original)
