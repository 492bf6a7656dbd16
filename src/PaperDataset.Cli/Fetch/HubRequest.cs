using System;

namespace PaperDataset.Cli.Fetch;

/// <summary>One GET against the Hub and the file its body is saved as.</summary>
internal sealed record HubRequest(Uri Uri, string FileName)
{
    public override string ToString() => "GET " + Uri.AbsoluteUri;
}
