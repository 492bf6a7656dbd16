using PaperDataset.Testing;

namespace PaperDataset.Cli.Tests;

/// <summary>Real files beside the repository (<c>../shared</c>), which CI has too.</summary>
internal static class SharedData
{
    /// <summary>Real Hub API responses and a saved papers page (their README lists what each holds).</summary>
    public static string HubApi { get; } = Repository.PathOf("..", "shared", "hf-api");

    /// <summary>The bundled browser text copies.</summary>
    public static string Data { get; } = Repository.PathOf("data");
}
