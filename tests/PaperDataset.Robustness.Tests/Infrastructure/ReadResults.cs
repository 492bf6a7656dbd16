using System.Linq;
using PaperDataset.Sources.Model;

namespace PaperDataset.Robustness.Tests.Infrastructure;

/// <summary>What the reader tests compare a read with.</summary>
internal static class ReadResults
{
    /// <summary>Each diagnostic as its id and the 1-based line it names, <c>PDS001@12</c>, in the order reported.</summary>
    public static string[] Ids(ReadResult parsed) => parsed.Diagnostics.Select(diagnostic => $"{diagnostic.Id}@{diagnostic.Position.LineNumber}").ToArray();
}
