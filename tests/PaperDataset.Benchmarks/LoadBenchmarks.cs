using System;
using System.Collections.Immutable;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PaperDataset.Json;

namespace PaperDataset.Benchmarks;

/// <summary>
/// Building the bundled catalogue's papers (warm: the loader is already JIT-compiled) and reading all their text once,
/// against System.Text.Json source-generated deserialisation of the same papers (the JSON written by Papers.WriteJson).
/// Cold start, with JIT and assembly loading, is measured in fresh processes by tests/scale/run.sh.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class LoadBenchmarks
{
    private Func<ImmutableArray<Paper>> _load = null!;
    private byte[] _utf8Json = [];
    private string _json = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        // The generated loader is private (Papers.Storage.LoadPapers); Papers.All holds its one result.
        var storage = typeof(Papers).GetNestedType("Storage", BindingFlags.NonPublic)
            ?? throw new InvalidOperationException("the generated catalogue has no nested Storage class; update LoadBenchmarks");
        var method = storage.GetMethod("LoadPapers", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
            ?? throw new InvalidOperationException("Papers.Storage has no LoadPapers(); update LoadBenchmarks");
        _load = method.CreateDelegate<Func<ImmutableArray<Paper>>>();

        using var stream = new MemoryStream();
        Papers.WriteJson(stream);
        _utf8Json = stream.ToArray();
        _json = Encoding.UTF8.GetString(_utf8Json);
        if (Json().Length != Papers.All.Length || _load().Length != Papers.All.Length)
        {
            throw new InvalidOperationException("the JSON does not hold the catalogue's papers");
        }
    }

    [Benchmark(Description = "catalogue: build papers")]
    public ImmutableArray<Paper> CatalogueLoad() => _load();

    [Benchmark(Description = "catalogue: build papers + read all text")]
    public long CatalogueLoadAndReadText() => ReadText(_load());

    [Benchmark(Baseline = true, Description = "STJ source-gen: UTF-8 bytes")]
    public ImmutableArray<Paper> Json() => JsonSerializer.Deserialize(_utf8Json, PaperJsonContext.Default.ImmutableArrayPaper);

    [Benchmark(Description = "STJ source-gen: UTF-8 bytes + read all text")]
    public long JsonAndReadText() => ReadText(JsonSerializer.Deserialize(_utf8Json, PaperJsonContext.Default.ImmutableArrayPaper));

    [Benchmark(Description = "STJ source-gen: string")]
    public ImmutableArray<Paper> JsonString() => JsonSerializer.Deserialize(_json, PaperJsonContext.Default.ImmutableArrayPaper);

    [Benchmark(Description = "STJ source-gen: stream")]
    public ImmutableArray<Paper> JsonStream() => JsonSerializer.Deserialize(new MemoryStream(_utf8Json, writable: false), PaperJsonContext.Default.ImmutableArrayPaper);

    private static long ReadText(ImmutableArray<Paper> papers)
    {
        long characters = 0;
        foreach (var paper in papers)
        {
            characters += paper.Title.Length + paper.Abstract.Length;
        }

        return characters;
    }
}
