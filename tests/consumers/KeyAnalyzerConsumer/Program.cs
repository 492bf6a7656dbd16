using PaperDataset;

// Known keys written as strings: suggestions (PDS103, PDS104) that dotnet format rewrites to Papers.Known handles.
var byId = Papers.Get(new PaperId("continual-learning-not-training-online-adaptation-for-agents"));
var byTitle = Papers.FindByTitle("  continual learning, NOT training: online adaptation for agents ");

// Unknown keys: PDS100 (a warning) and PDS101 (raised to an error by .editorconfig), each naming the closest key.
var missing = Papers.TryGet(new PaperId("continual-learning-not-training-online-adaptation-for-agent"), out _);
var typo = Papers.FindByTitle("Continual Learning, Not Training: Online Adaption For Agents");

Console.WriteLine($"{byId.Id} {byTitle?.Id} {missing} {typo?.Id}");
