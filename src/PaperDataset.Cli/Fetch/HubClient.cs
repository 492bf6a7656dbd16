using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace PaperDataset.Cli.Fetch;

/// <summary>How patient and how polite the client is.</summary>
/// <param name="MaxAttempts">Tries per request; 1 means no retry.</param>
/// <param name="GiveUpAfter">Attempts in a row, across requests, that got no response before every further request is refused unsent.</param>
internal sealed record HubClientOptions(int MaxAttempts, TimeSpan AttemptTimeout, TimeSpan RequestInterval, TimeSpan BaseRetryDelay, int GiveUpAfter);

/// <summary>A response body read whole, or why there is none; no attempt at all when the client had given up on the endpoint.</summary>
internal sealed record HubResponse(byte[]? Body, string? Failure, int Attempts)
{
    public bool WasSent => Attempts > 0;
}

/// <summary>
/// GETs from the Hub through a Polly pipeline: retries with exponential back-off and jitter on 429, 5xx, 408,
/// timeouts and dropped connections, honouring <c>Retry-After</c> (<see cref="HttpRetryStrategyOptions"/>), and a
/// timeout per attempt. The body is read inside the attempt, so a connection dropped mid-body is retried too.
/// Retry delays and the rate limit wait on <see cref="FetchEnvironment.DelayClock"/>; the attempt timeout always
/// runs on the real clock. Once <see cref="HubClientOptions.GiveUpAfter"/> attempts in a row got no response at all,
/// an <see cref="UnreachableEndpointBreaker"/> opens: nothing more is retried or sent.
/// </summary>
internal sealed class HubClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _retry;
    private readonly ResiliencePipeline _attemptTimeout;
    private readonly RequestPacer _pacer;
    private readonly HubClientOptions _options;
    private readonly UnreachableEndpointBreaker _breaker;

    /// <param name="token">Sent as a bearer token when not empty; never logged.</param>
    /// <param name="onRetry">Told the request, the attempt that failed, the delay before the next one and why.</param>
    /// <param name="onGivingUp">Told once, when the client gives up on the endpoint, why.</param>
    public HubClient(HubClientOptions options, string? token, TimeProvider delayClock, Action<Uri, int, TimeSpan, string> onRetry, Action<string> onGivingUp)
    {
        _options = options;
        _breaker = new UnreachableEndpointBreaker(options.GiveUpAfter, onGivingUp);
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
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = delayClock };
        if (options.MaxAttempts > 1)
        {
            // One attempt is no retry strategy at all: the strategy's options refuse zero retries.
            pipeline.AddRetry(RetryOptions(options, onRetry));
        }

        _retry = pipeline.Build();
    }

    private static ResiliencePropertyKey<Uri> RequestUri { get; } = new("papers.fetch.uri");

    /// <summary>Fetches one URL; a failure after the last attempt is returned, not thrown. Cancellation is thrown.</summary>
    public async Task<HubResponse> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (_breaker.Reason is { } reason)
        {
            return new HubResponse(null, reason, Attempts: 0);
        }

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
                        // Another request may have given up on the endpoint while this one waited to retry.
                        if (_breaker.Reason is { } gaveUp)
                        {
                            return Outcome.FromException<HttpResponseMessage>(new BrokenCircuitException(gaveUp));
                        }

                        await _pacer.WaitAsync(ctx.CancellationToken);
                        attempts++;
                        var answer = await _attemptTimeout.ExecuteAsync(token => SendAsync(uri, token), ctx.CancellationToken);
                        _breaker.Answered();
                        return Outcome.FromResult(answer);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        var failure = Outcome.FromException<HttpResponseMessage>(e);
                        if (IsNoResponse(e))
                        {
                            _breaker.NotAnswered(uri, Describe(failure, _options.AttemptTimeout));
                        }

                        return failure;
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

    private HttpRetryStrategyOptions RetryOptions(HubClientOptions options, Action<Uri, int, TimeSpan, string> onRetry) => new()
    {
        MaxRetryAttempts = options.MaxAttempts - 1,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.BaseRetryDelay,
        MaxDelay = TimeSpan.FromMinutes(1),
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(_breaker.Reason is null && IsTransient(args.Outcome, args.Context.CancellationToken)),
        OnRetry = args =>
        {
            var uri = args.Context.Properties.GetValue(RequestUri, null!);
            // AttemptNumber counts from 0: the attempt that failed is AttemptNumber + 1, the next one + 2.
            onRetry(uri, args.AttemptNumber + 2, args.RetryDelay, Describe(args.Outcome, options.AttemptTimeout));
            return ValueTask.CompletedTask;
        },
    };

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

    /// <summary>No HTTP response came back: the connection was refused, the name did not resolve, the connection dropped, or the attempt timed out.</summary>
    private static bool IsNoResponse(Exception exception) => exception is HttpRequestException or IOException or TimeoutRejectedException;

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && (HttpClientResiliencePredicates.IsTransient(outcome) || outcome.Exception is IOException);

    private static string Describe(Outcome<HttpResponseMessage> outcome, TimeSpan attemptTimeout) => outcome switch
    {
        { Result: { } response } => $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd(),
        { Exception: TimeoutRejectedException } => "no complete response within " + FetchReport.Seconds(attemptTimeout),
        { Exception: HttpRequestException or IOException } => "connection failed: " + Innermost(outcome.Exception).Message,
        { Exception: BrokenCircuitException gaveUp } => gaveUp.Message,
        _ => outcome.Exception?.Message ?? "no response",
    };

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;
}
