using System;

namespace PaperDataset.Cli.Fetch;

/// <summary>
/// What <c>papers fetch</c> takes from outside the command line: environment variables (<c>HF_ENDPOINT</c>,
/// <c>HF_TOKEN</c>) and the clock that retry back-off and the rate limit wait on. Tests pass their own so they
/// neither change the process environment nor sleep for real.
/// </summary>
internal sealed record FetchEnvironment(Func<string, string?> Variable, TimeProvider DelayClock)
{
    public static FetchEnvironment Process { get; } = new(Environment.GetEnvironmentVariable, TimeProvider.System);
}
