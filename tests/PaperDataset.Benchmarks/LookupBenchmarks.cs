using System;
using BenchmarkDotNet.Attributes;

namespace PaperDataset.Benchmarks;

/// <summary>Steady-state access to the bundled catalogue: every one of these must allocate nothing.</summary>
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class LookupBenchmarks
{
    private PaperId _id;
    private string _title = string.Empty;
    private string _titleOtherCase = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        // Steady state: the catalogue is loaded and every title and abstract has been read once.
        long characters = 0;
        foreach (var paper in Papers.All)
        {
            characters += paper.Title.Length + paper.Abstract.Length;
        }

        var middle = Papers.All[Papers.All.Length / 2];
        _id = new PaperId(new string(middle.Id.Value.AsSpan())); // a caller's own string, not the catalogue's instance
        _title = new string(middle.Title.AsSpan());
        _titleOtherCase = middle.Title.ToUpperInvariant();
        if (characters == 0 || !Papers.TryGet(_id, out _) || Papers.FindByTitle(_title) is null)
        {
            throw new InvalidOperationException("the bundled catalogue is empty");
        }
    }

    [Benchmark(Description = "TryGet by id")]
    public Paper? TryGetById() => Papers.TryGet(_id, out var paper) ? paper : null;

    [Benchmark(Description = "FindByTitle (exact)")]
    public Paper? FindByTitle() => Papers.FindByTitle(_title);

    [Benchmark(Description = "FindByTitle (other case)")]
    public Paper? FindByTitleOtherCase() => Papers.FindByTitle(_titleOtherCase);

    [Benchmark(Description = "enumerate All (read Title, Abstract)")]
    public long EnumerateAll()
    {
        long characters = 0;
        foreach (var paper in Papers.All)
        {
            characters += paper.Title.Length + paper.Abstract.Length;
        }

        return characters;
    }

    [Benchmark(Description = "Known handle")]
    public Paper KnownHandle() => Papers.Known.Yolov9LearningWhatYouWantToLearnUsingProgrammableGradientInformation;
}
