using System;
using System.Text;
using PaperDataset.Cli;

// Titles and abstracts are Unicode, and so are the rich tables' borders; UTF-8 is what terminals and pipes expect.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

return await PapersApp.RunAsync(args, Console.Out, Console.Error, plain: Console.IsOutputRedirected);
