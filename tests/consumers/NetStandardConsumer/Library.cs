// The library's own code compiles for netstandard2.0; only the catalogue cannot.
namespace Lab;

public static class Library
{
    public static string Name => "netstandard2.0 library";
}
