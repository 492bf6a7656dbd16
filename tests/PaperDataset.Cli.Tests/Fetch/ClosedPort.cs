using System;
using System.Net;
using System.Net.Sockets;

namespace PaperDataset.Cli.Tests.Fetch;

/// <summary>An endpoint on the loopback address that nothing listens on: every connection to it is refused at once.</summary>
internal static class ClosedPort
{
    public static Uri Endpoint()
    {
        // A port the system just handed out and nothing took back: free, and nobody else's.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
