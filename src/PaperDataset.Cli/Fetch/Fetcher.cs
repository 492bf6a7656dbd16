using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace PaperDataset.Cli.Fetch;

/// <summary>
/// Saves each target's responses into a folder: every page of a daily list until a page holds fewer items than
/// asked for, a file already there skipped unless forced (its item count still decides whether a further page is
/// needed, so a rerun resumes a paged day), a body of the wrong shape reported and not saved, a request the client
/// refused to send (it gave up on the endpoint) reported as not fetched.
/// </summary>
internal sealed class Fetcher(HubClient client, Uri endpoint, string directory, int pageSize, bool force, FetchReport report)
{
    /// <summary>Saves every page of one target; false when a request failed or a response was refused.</summary>
    public async Task<bool> FetchAsync(FetchTarget target, CancellationToken cancellationToken)
    {
        for (var page = 0; ; page++)
        {
            var request = target.Request(endpoint, page, pageSize);
            if (page > 0)
            {
                report.FurtherPagePlanned();
            }

            var path = Path.Combine(directory, request.FileName);
            int items;
            if (!force && File.Exists(path))
            {
                report.FileSkipped(request);
                items = target.Shape.Check(await File.ReadAllBytesAsync(path, cancellationToken)).Items;
            }
            else
            {
                var response = await client.GetAsync(request.Uri, cancellationToken);
                if (response.Body is null && !response.WasSent)
                {
                    report.RequestNotSent(request);
                    return false;
                }

                if (response.Body is null)
                {
                    report.RequestFailed(request, response.Attempts > 1
                        ? $"failed after {response.Attempts} attempts: {response.Failure}"
                        : $"failed: {response.Failure}");
                    return false;
                }

                var check = target.Shape.Check(response.Body);
                if (!check.IsValid)
                {
                    report.RequestFailed(request, $"the response is not {target.Shape.Describe()} ({check.Problem}); not saved");
                    return false;
                }

                if (page > 0 && check.Items == 0)
                {
                    report.NoMorePages(request);
                    return true;
                }

                await AtomicFile.WriteAsync(path, response.Body, cancellationToken);
                report.FileSaved(request, response.Body.Length);
                items = check.Items;
            }

            if (!target.IsPaged || items < pageSize)
            {
                return true;
            }
        }
    }
}
