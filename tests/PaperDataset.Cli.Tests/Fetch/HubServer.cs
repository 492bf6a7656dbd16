using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using PaperDataset.Testing;

namespace PaperDataset.Cli.Tests.Fetch;

/// <summary>A request as the fake Hub saw it.</summary>
internal sealed record SeenRequest(string PathAndQuery, string? Authorization);

/// <summary>
/// A fake Hub on 127.0.0.1 (Kestrel, a free port) that serves the real API responses of the repository (<see cref="HubFiles"/>) under the
/// API's paths: <c>/api/daily_papers?date=…</c> (paged with <c>p</c> and <c>limit</c> as the Hub does, the whole file
/// as it is when one page holds it), <c>/api/papers/search?q=…</c> and <c>/api/papers/{id}</c>. Faults are queued per
/// request and used up one per request, after which the request is served normally.
/// </summary>
internal sealed class HubServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Func<HttpContext, Task>>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _served = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SeenRequest> _seen = new();

    private HubServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>What <c>/api/papers/search</c> answers: real items of the daily-list shape.</summary>
    public static string SearchFile => HubFiles.PathOf("daily_papers_2025-03-17.json");

    public Uri Endpoint { get; }

    /// <summary>Daily-list parameter values (<c>week=…</c>, <c>month=…</c>) served from a file other than <c>daily_papers_{date}.json</c>.</summary>
    public ConcurrentDictionary<string, string> ListFiles { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<SeenRequest> Seen => [.. _seen];

    public static async Task<HubServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        HubServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new HubServer(app, new Uri(address));
        return server;
    }

    /// <summary>The body last served in full for a path and query, as the fetch must have saved it.</summary>
    public byte[] Served(string pathAndQuery) =>
        _served.TryGetValue(pathAndQuery, out var body) ? body : throw new InvalidOperationException($"Nothing was served for {pathAndQuery}; seen: {string.Join(", ", Seen.Select(s => s.PathAndQuery))}");

    public int Count(string pathAndQuery) => Seen.Count(s => s.PathAndQuery == pathAndQuery);

    /// <summary>Answers the next requests for <paramref name="pathAndQuery"/> with these faults, one each, in order.</summary>
    public void Fault(string pathAndQuery, params Func<HttpContext, Task>[] faults)
    {
        var queue = _faults.GetOrAdd(pathAndQuery, _ => new ConcurrentQueue<Func<HttpContext, Task>>());
        foreach (var fault in faults)
        {
            queue.Enqueue(fault);
        }
    }

    public static Func<HttpContext, Task> Status(int status, string? retryAfter = null) => context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        return context.Response.WriteAsync("{\"error\":\"try later\"}");
    };

    /// <summary>A 200 with this body (a page that is not JSON, or not of the expected shape).</summary>
    public static Func<HttpContext, Task> Body(string body) => context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    };

    /// <summary>Headers, then nothing until the client gives up.</summary>
    public static Func<HttpContext, Task> Hang => async context =>
    {
        await context.Response.StartAsync();
        await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
    };

    /// <summary>Promises a whole file, sends half of it, and drops the connection.</summary>
    public static Func<HttpContext, Task> DropMidBody(byte[] body) => async context =>
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
        await context.Response.Body.FlushAsync();
        context.Abort();
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var pathAndQuery = context.Request.Path + context.Request.QueryString;
        _seen.Enqueue(new SeenRequest(pathAndQuery, context.Request.Headers.Authorization.FirstOrDefault()));
        if (_faults.TryGetValue(pathAndQuery, out var faults) && faults.TryDequeue(out var fault))
        {
            await fault(context);
            return;
        }

        var body = Answer(context.Request);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("{\"error\":\"Not Found\"}");
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(body);
        _served[pathAndQuery] = body;
    }

    private byte[]? Answer(HttpRequest request)
    {
        var path = request.Path.Value ?? string.Empty;
        if (path == "/api/daily_papers")
        {
            var list = new[] { "date", "week", "month" }.Select(p => (Name: p, Value: request.Query[p].FirstOrDefault())).First(p => p.Value is not null);
            var file = ListFiles.TryGetValue($"{list.Name}={list.Value}", out var mapped) ? mapped : HubFiles.PathOf($"daily_papers_{list.Value}.json");
            var all = File.Exists(file) ? File.ReadAllBytes(file) : "[]"u8.ToArray();
            return Page(all, int.Parse(request.Query["p"].FirstOrDefault() ?? "0"), int.Parse(request.Query["limit"].FirstOrDefault() ?? "50"));
        }

        if (path == "/api/papers/search")
        {
            return File.ReadAllBytes(SearchFile);
        }

        const string papers = "/api/papers/";
        if (path.StartsWith(papers, StringComparison.Ordinal))
        {
            var id = path[papers.Length..];
            var paper = HubFiles.All.Where(f => Path.GetFileName(f).StartsWith("daily_papers_", StringComparison.Ordinal))
                .Select(f => JsonNode.Parse(File.ReadAllBytes(f)))
                .SelectMany(list => list!.AsArray())
                .Select(item => item is JsonObject o ? o["paper"] : null)
                .FirstOrDefault(p => p?["id"]?.GetValue<string>() == id);
            return paper is null ? null : Encoding.UTF8.GetBytes(paper.ToJsonString());
        }

        return null;
    }

    /// <summary>Page <paramref name="page"/> of a list; the file's own bytes when it fits on the first page.</summary>
    private static byte[] Page(byte[] all, int page, int limit)
    {
        var items = JsonNode.Parse(all)!.AsArray();
        if (page == 0 && items.Count <= limit)
        {
            return all;
        }

        var slice = new JsonArray(items.Skip(page * limit).Take(limit).Select(i => i?.DeepClone()).ToArray());
        return JsonSerializer.SerializeToUtf8Bytes(slice);
    }
}
