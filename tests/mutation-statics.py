#!/usr/bin/env python3
# The static-initialiser mutants of the rendered readers, applied by hand: Stryker's MTP runner reuses its test process,
# so it never switches them on (README, "Mutation testing"). Each regex pattern emptied (Stryker's string mutation), the
# case-insensitive option dropped, and three reserved Hub names emptied; after each, the unit and variant tests of
# tests/PaperDataset.Robustness.Tests run and the mutant is KILLED when they fail. It edits the work tree and restores each
# file; run it on a clean tree.   python3 tests/mutation-statics.py [index ...]
import os,subprocess,sys,re
repo=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src_root=repo+'/generator/PaperDataset.Sources/Reading/'
fields=[('Rendered/RenderedText.cs',n) for n in ['PaperUrl','ArxivUrl','HubUrl','GitHubUrl','AuthorCountText','AuthorsBullet','UpvoteText','StarCount']]
fields+=[('Markdown/MarkdownLinks.cs',n) for n in ['Avatar','AvatarThenName','TrailingCount']]
fields+=[('Markdown/MarkdownReader.cs',n) for n in ['LinkEnd','TitleBreak','DateWithComments']]
fields+=[('Markdown/MarkdownChrome.cs','Chrome')]
fields+=[('TextBrowser/TextBrowserReader.cs',n) for n in ['ReferenceEnd','ReferenceClose','DateWithComments','Organization']]
fields+=[('LinkLines/LinkLinesReader.cs',n) for n in ['Url','AuthorLink']]
extra=[('Rendered/RenderedText.cs','RegexOptions.CultureInvariant | RegexOptions.IgnoreCase','RegexOptions.CultureInvariant & RegexOptions.IgnoreCase','AuthorsBullet options')]
for name in ['"models"','"buckets"','"login"']:
    extra.append(('Rendered/RenderedText.cs',name,'""','SitePages '+name))
only=sys.argv[1:]
filt="(FullyQualifiedName~.Units.|FullyQualifiedName~.Variants.)"
def run():
    r=subprocess.run(f'cd {repo}/tests/PaperDataset.Robustness.Tests && dotnet test --filter "{filt}" 2>&1 | tail -3',shell=True,capture_output=True,text=True)
    return 'KILLED' if ('Failed!' in r.stdout or ' error ' in r.stdout) else 'SURVIVED: '+r.stdout.strip()[-200:]
jobs=[]
for f,n in fields:
    def mutate(s,n=n):
        m=re.search(r'static readonly Regex '+n+r' = new\(\s*(@"(?:[^"]|"")*")',s)
        assert m,(n)
        return s[:m.start(1)]+'@""'+s[m.end(1):]
    jobs.append((f,n,mutate))
for f,a,b,label in extra:
    jobs.append((f,label,lambda s,a=a,b=b: s.replace(a,b,1)))
for i,(f,label,mutate) in enumerate(jobs):
    if only and str(i) not in only: continue
    p=src_root+f; s=open(p).read()
    m=mutate(s); assert m!=s,label
    open(p,'w').write(m)
    try: print(i,f,label,run(),flush=True)
    finally: open(p,'w').write(s)
