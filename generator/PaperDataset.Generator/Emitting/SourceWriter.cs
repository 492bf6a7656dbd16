using System;
using System.Text;

namespace PaperDataset.Generator.Emitting;

/// <summary>A small indented writer that always writes '\n', so output is byte-identical on every OS.</summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length == 0)
        {
            _builder.Append('\n');
            return this;
        }

        // Multi-line text (raw string templates) is indented line by line.
        foreach (var line in text.Split('\n'))
        {
            if (line.Length > 0)
            {
                for (var i = 0; i < _indent; i++)
                {
                    _builder.Append(IndentUnit);
                }
            }

            _builder.Append(line).Append('\n');
        }

        return this;
    }

    /// <summary>Writes an opening brace and indents until the returned scope is disposed, which writes the closing brace and <paramref name="closing"/>.</summary>
    public IDisposable Block(string header, string closing = "")
    {
        Line(header).Line("{");
        _indent++;
        return new Scope(this, closing);
    }

    public override string ToString() => _builder.ToString();

    private sealed class Scope(SourceWriter writer, string closing) : IDisposable
    {
        public void Dispose()
        {
            writer._indent--;
            writer.Line("}" + closing);
        }
    }
}
