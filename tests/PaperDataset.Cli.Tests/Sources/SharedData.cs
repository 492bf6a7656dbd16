using System.Linq;
using PaperDataset.Testing;

namespace PaperDataset.Cli.Tests;

/// <summary>The real files of the repository that the explorer is pointed at with <c>--source</c>.</summary>
internal static class SharedData
{
    /// <summary>Every real Hub file (the bundled responses and page, and the corrupted download), as <c>--source</c> arguments.</summary>
    public static string[] HubSources { get; } = [.. HubFiles.Folders.SelectMany(folder => new[] { "--source", folder })];

    /// <summary>The bundled data: the browser text copies and, under <c>hub/</c>, the Hub responses and page.</summary>
    public static string Data { get; } = Repository.PathOf("data");
}
