using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using PaperDataset.Cli.Catalogue;

namespace PaperDataset.Cli.Cli;

/// <summary>Reports a usage error on standard error: what went wrong, a "did you mean" when a name was mistyped, and where help is.</summary>
internal static class UsageErrors
{
    public static int Report(TextWriter error, Command command, IEnumerable<string> messages, IEnumerable<string> unmatchedTokens)
    {
        var path = CommandPath(command);
        foreach (var message in messages.Distinct())
        {
            error.WriteLine($"{path}: {message}");
        }

        foreach (var token in unmatchedTokens.Distinct())
        {
            if (ClosestName(command, token) is { } name)
            {
                error.WriteLine($"Did you mean '{name}'?");
            }
        }

        error.WriteLine($"Run '{path} --help' for usage and examples.");
        return 1;
    }

    /// <summary>The subcommand or option of <paramref name="command"/> nearest to a mistyped token, if any is near.</summary>
    public static string? ClosestName(Command command, string token)
    {
        var names = command.Subcommands.Select(c => c.Name)
            .Concat(command.Options.Where(o => !o.Hidden).Select(o => o.Name))
            .Concat(command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases))
            .Where(n => n.Length > 2 || !token.StartsWith("--", System.StringComparison.Ordinal));
        return names
            .Select(name => (Name: name, Distance: EditDistance.Between(token.ToLowerInvariant(), name)))
            .Where(x => x.Distance <= System.Math.Max(1, x.Name.Length / 3))
            .OrderBy(x => x.Distance)
            .Select(x => x.Name)
            .FirstOrDefault();
    }

    public static string CommandPath(Command command) =>
        command is RootCommand ? "papers" : "papers " + command.Name;
}
