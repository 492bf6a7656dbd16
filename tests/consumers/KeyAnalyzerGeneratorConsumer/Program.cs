using Lab.Keys;

// Known keys written as strings: suggestions (PDS103, PDS105) that dotnet format rewrites to Reading.Known handles.
var byId = Reading.Get(new PaperId("attention-is-all-you-need"));
var byArxivId = Reading.GetByArxivId("1512.03385");

// Unknown keys: PDS102 and PDS100 warnings, the first naming the closest arXiv id.
var unknownArxiv = Reading.TryGetByArxivId("1706.03726", out _);
var unknownId = Reading.TryGet(new PaperId("no-such-paper"), out _);

Console.WriteLine($"{byId.Id} {byArxivId.Id} {unknownArxiv} {unknownId}");
