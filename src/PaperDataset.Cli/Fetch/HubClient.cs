using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace PaperDataset.Cli.Fetch;

/// <summary>How patient and how polite the client is.</summary>
internal sealed record HubClientOptions(int MaxAttempts, TimeSpan AttemptTimeout, TimeSpan RequestInterval, TimeSpan BaseRetryDelay);

/// <summary>A response body read whole, or why there is none.</summary>
internal sealed record HubResponse(byte[]? Body, string? Failure, int Attempts);

/// <summary>
/// GETs from the Hub through a Polly pipeline: retries with exponential back-off and jitter on 429, 5xx, 408,
/// timeouts and dropped connections, honouring <c>Retry-After</c> (<see cref="HttpRetryStrategyOptions"/>), and a
/// timeout per attempt. The body is read inside the attempt, so a connection dropped mid-body is retried too.
/// Retry delays and the rate limit wait on <see cref="FetchEnvironment.DelayClock"/>; the attempt timeout always
/// runs on the real clock.
/// </summary>
internal sealed class HubClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly ResiliencePipeline _attemptTimeout;
    private readonly RequestPacer _pacer;
    private readonly HubClientOptions _options;

    /// <param name="token">Sent as a bearer token when not empty; never logged.</param>
    /// <param name="onRetry">Told the request, the attempt that failed, the delay before the next one and why.</param>
    public HubClient(HubClientOptions options, string? token, TimeProvider delayClock, Action<Uri, int, TimeSpan, string> onRetry)
    {
        _options = options;
        _http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All })
        {
            // The pipeline times each attempt; the client's own 100-second limit would cut across retries.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("PaperDataset-papers", "1.0"));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(token))
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        _pacer = new RequestPacer(delayClock, options.RequestInterval);
        _attemptTimeout = new ResiliencePipelineBuilder().AddTimeout(options.AttemptTimeout).Build();
        var retry = new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(0, options.MaxAttempts - 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseRetryDelay,
            MaxDelay = TimeSpan.FromMinutes(1),
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, args.Context.CancellationToken)),
            OnRetry = args =>
            {
                var uri = args.Context.Properties.GetValue(RequestUri, null!);
                // AttemptNumber counts from 0: the attempt that failed is AttemptNumber + 1, the next one + 2.
                onRetry(uri, args.AttemptNumber + 2, args.RetryDelay, Describe(args.Outcome, options.AttemptTimeout));
                return ValueTask.CompletedTask;
            },
        };
        _retry = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = delayClock }.AddRetry(retry).Build();
    }

    private static ResiliencePropertyKey<Uri> RequestUri { get; } = new("papers.fetch.uri");

    /// <summary>Fetches one URL; a failure after the last attempt is returned, not thrown. Cancellation is thrown.</summary>
    public async Task<HubResponse> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        var attempts = 0;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestUri, uri);
        try
        {
            var outcome = await _retry.ExecuteOutcomeAsync(
                async (ctx, _) =>
                {
                    try
                    {
                        await _pacer.WaitAsync(ctx.CancellationToken);
                        attempts++;
                        return Outcome.FromResult(await _attemptTimeout.ExecuteAsync(token => SendAsync(uri, token), ctx.CancellationToken));
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        return Outcome.FromException<HttpResponseMessage>(e);
                    }
                },
                context,
                state: 0);
            cancellationToken.ThrowIfCancellationRequested();
            using var response = outcome.Result;
            if (response is { IsSuccessStatusCode: true })
            {
                return new HubResponse(await response.Content.ReadAsByteArrayAsync(cancellationToken), null, attempts);
            }

            return new HubResponse(null, Describe(outcome, _options.AttemptTimeout), attempts);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public void Dispose() => _http.Dispose();

    private async ValueTask<HttpResponseMessage> SendAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && (HttpClientResiliencePredicates.IsTransient(outcome) || outcome.Exception is IOException);

    private static string Describe(Outcome<HttpResponseMessage> outcome, TimeSpan attemptTimeout) => outcome switch
    {
        { Result: { } response } => $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(),
        { Exception: TimeoutRejectedException } => "no complete response within " + FetchReport.Seconds(attemptTimeout),
        { Exception: HttpRequestException or IOException } => "connection failed: " + Innermost(outcome.Exception).Message,
        _ => outcome.Exception?.Message ?? "no response",
    };

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;
}
