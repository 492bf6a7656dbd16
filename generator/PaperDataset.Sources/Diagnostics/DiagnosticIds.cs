namespace PaperDataset.Sources.Diagnostics;

/// <summary>The stable diagnostic ids, as constants (Roslyn's release tracking reads them at compile time).</summary>
internal static class DiagnosticIds
{
    public const string InternalError = "PDS000";

    public const string UnrecognisedLine = "PDS001";

    public const string MalformedMeta = "PDS002";

    public const string MissingCaptureDate = "PDS003";

    public const string CaptureDateMismatch = "PDS004";

    public const string ConflictingDuplicate = "PDS005";

    public const string NoEntries = "PDS006";

    public const string InvalidCaptureDate = "PDS007";

    public const string MissingAbstract = "PDS008";

    public const string IdCollision = "PDS009";

    public const string MissingPageDate = "PDS010";

    public const string InvalidBuildProperty = "PDS011";

    public const string SkippedHeaderLine = "PDS012";

    public const string NotATextCopy = "PDS013";

    public const string HandlesOmitted = "PDS014";

    public const string UnsupportedProject = "PDS015";

    public const string InvalidJson = "PDS016";

    public const string NotPaperObjects = "PDS017";

    public const string IncompletePaper = "PDS018";

    public const string UnusableField = "PDS019";

    public const string NoDailyPapersData = "PDS020";

    public const string InvalidSourceFormat = "PDS021";
}
