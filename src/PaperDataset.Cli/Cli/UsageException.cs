using System;

namespace PaperDataset.Cli.Cli;

/// <summary>The command line asked for something that cannot be done; reported on standard error with exit code 1.</summary>
internal sealed class UsageException(string message) : Exception(message);
