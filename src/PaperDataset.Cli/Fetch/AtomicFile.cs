using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace PaperDataset.Cli.Fetch;

/// <summary>
/// Writes a file whole or not at all: the bytes go to a hidden temporary file beside it, are flushed to disk,
/// and the temporary file is renamed over the target. An interruption (Ctrl+C, a crash, a full disk) leaves at
/// most a temporary file, never a truncated target, so a rerun that skips existing files never skips a broken one.
/// </summary>
internal static class AtomicFile
{
    public static async Task WriteAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(bytes, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
