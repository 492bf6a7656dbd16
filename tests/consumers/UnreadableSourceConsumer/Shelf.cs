namespace Reading;

/// <summary>Uses the generated catalogue, so that a build without it fails as a user's would.</summary>
public static class Shelf
{
    public static int Count => Papers.Count;
}
