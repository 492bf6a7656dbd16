using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace PaperDataset.Cli.Cli;

/// <summary>The standard help, followed by an "Examples:" section for commands that have examples.</summary>
internal sealed class ExamplesHelpAction(HelpAction help, IReadOnlyDictionary<Command, IReadOnlyList<string>> examples)
    : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var result = help.Invoke(parseResult);
        if (examples.TryGetValue(parseResult.CommandResult.Command, out var lines))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var line in lines)
            {
                output.WriteLine("  " + line);
            }

            output.WriteLine();
        }

        return result;
    }
}
