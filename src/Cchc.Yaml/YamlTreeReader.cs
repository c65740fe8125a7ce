using Cchc.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Cchc.Yaml;

/// <summary>
/// Reads YamlDotNet's parser events into a <see cref="YamlTable"/> with an explicit stack, so neither a 10,000-deep
/// file nor an alias bomb can exhaust the stack or the memory.
/// </summary>
internal sealed class YamlTreeReader
{
    public const int MaxDepth = 64;
    public const long MaxExpandedNodes = 1_000_000;

    private readonly string _path;
    private readonly List<Diagnostic> _diagnostics;
    private readonly SourceLines _lines;

    public YamlTreeReader(string path, List<Diagnostic> diagnostics, SourceLines lines)
    {
        _path = path;
        _diagnostics = diagnostics;
        _lines = lines;
    }

    /// <summary>W115 findings of every scalar read (each once, aliases not repeated), in document order.</summary>
    public List<Diagnostic> Characters { get; } = [];

    /// <summary>The document as node objects (see <see cref="ReadTable"/>).</summary>
    public YNode? Read(string text) => ReadTable(text)?.ToTree();

    /// <summary>The document's nodes, or null when it cannot be read as one YAML document (the reason is a diagnostic).</summary>
    public YamlTable? ReadTable(string text)
    {
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        // A node per 16 characters is about what a plan holds (a generated one has one per 17).
        var table = new YamlTable(_path, text.Length / 16);
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        // The open collections, innermost last, each with where its children start in the children stack.
        var open = new Stack<(int Index, int FirstChild)>();
        var children = new ChildStack();
        // A mapping key is nearly always one of a few words: one string each instead of one per occurrence.
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        // Open flow collections ("[" or "{"), innermost last: an unclosed one is reported where it opens.
        var openFlow = new Stack<(char Open, SourceSpan Span)>();
        var last = SourceSpan.At(_path, 1, 1);
        var documents = 0;
        var aliases = 0;
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                last = Span(ev);
                switch (ev)
                {
                    case DocumentStart:
                        if (++documents > 1)
                        {
                            _diagnostics.Add(DiagnosticCatalog.E101.At(Span(ev), "tệp có nhiều hơn một tài liệu YAML (dấu ---); mỗi tệp chỉ chứa một kế hoạch",
                                "the file holds more than one YAML document (---); one plan per file"));
                            return table.RootIndex >= 0 ? table : null;
                        }

                        break;
                    case Scalar s:
                        var value = Diacritics.Compose(s.Value);
                        if (s.IsKey)
                        {
                            value = keys.TryGetValue(value, out var known) ? known : keys[value] = value;
                        }

                        var scalar = table.Add(Entry(ev, YKind.Scalar, value, s.Style == ScalarStyle.Plain));
                        ControlCharacters.Check(value, table.SpanOf(table[scalar]), text, _lines, _path, Characters);
                        Anchor(s.Anchor, scalar);
                        Attach(scalar);
                        break;
                    case SequenceStart seq:
                        if (!Open(YKind.Sequence, seq.Style == SequenceStyle.Flow ? '[' : null, seq.Anchor, ev))
                        {
                            return null;
                        }

                        break;
                    case MappingStart map:
                        if (!Open(YKind.Mapping, map.Style == MappingStyle.Flow ? '{' : null, map.Anchor, ev))
                        {
                            return null;
                        }

                        break;
                    case SequenceEnd or MappingEnd:
                        var (done, first) = open.Pop();
                        Close(done, first);
                        if (openFlow.Count > 0 && openFlow.Peek().Span == table.SpanOf(table[done]))
                        {
                            openFlow.Pop();
                        }

                        Attach(done);
                        break;
                    case AnchorAlias alias:
                        aliases++;
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            _diagnostics.Add(DiagnosticCatalog.E101.At(Span(ev), $"bí danh *{alias.Value} chưa được khai báo bằng &{alias.Value}",
                                $"alias *{alias.Value} has no anchor &{alias.Value}"));
                            return null;
                        }

                        ref var named = ref table[target];
                        if (named.IsOpen)
                        {
                            _diagnostics.Add(DiagnosticCatalog.E104.At(Span(ev),
                                $"bí danh *{alias.Value} nằm bên trong chính nút được đặt tên &{alias.Value} (dòng {named.Line}) nên nó tự tham chiếu, nở ra vô tận; hãy viết nội dung trực tiếp thay cho bí danh",
                                $"alias *{alias.Value} is inside the node it names (&{alias.Value}, line {named.Line}), so it refers to itself and expands forever; write the content out instead"));
                            return null;
                        }

                        // Copying the anchored node here must not make the expanded tree deeper than a written one may be.
                        if (open.Count + named.Height > MaxDepth)
                        {
                            _diagnostics.Add(DiagnosticCatalog.E103.At(Span(ev),
                                $"bí danh *{alias.Value} chép vào đây một cấu trúc sâu {named.Height} cấp, làm tệp lồng nhau quá {MaxDepth} cấp",
                                $"alias *{alias.Value} copies a structure {named.Height} levels deep here, nesting beyond {MaxDepth} levels"));
                            return null;
                        }

                        Attach(target);
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            var at = new SourceSpan(_path, (int)ex.Start.Line, (int)ex.Start.Column, (int)ex.End.Line, (int)ex.End.Column);
            var unclosed = ex.Message.Contains("did not find expected ',' or", StringComparison.Ordinal) && openFlow.Count > 0
                && openFlow.Peek().Span.Line != at.Line;
            _diagnostics.Add(unclosed ? Unclosed(openFlow.Peek()) : DiagnosticCatalog.E101.At(at, $"lỗi cú pháp YAML: {Translate(ex.Message)}", $"YAML syntax error: {ex.Message}"));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException
            // (an unclosed "[" followed by a less indented line): still a syntax error of the user's file.
            _diagnostics.Add(ex.Message.Contains("surrogate", StringComparison.OrdinalIgnoreCase)
                ? DiagnosticCatalog.E101.At(last, $"lỗi cú pháp YAML: {Translate("surrogate")}", "YAML syntax error: an escape \\uD800–\\uDFFF stands alone (half a surrogate pair)")
                : openFlow.Count > 0 ? Unclosed(openFlow.Peek())
                : DiagnosticCatalog.E101.At(last,
                    "lỗi cú pháp YAML sau vị trí này — kiểm tra dấu ngoặc, dấu ngoặc kép và thụt lề", "YAML syntax error after this point"));
            return null;
        }

        if (table.RootIndex < 0)
        {
            return null;
        }

        if (aliases > 0 && table[table.RootIndex].Size > MaxExpandedNodes)
        {
            _diagnostics.Add(DiagnosticCatalog.E104.At(table.SpanOf(table[table.RootIndex]),
                $"các bí danh YAML (&/*) làm tệp nở ra quá {MaxExpandedNodes:N0} nút; đây không phải một kế hoạch thật — hãy viết nội dung trực tiếp",
                $"YAML aliases (&/*) expand this file beyond {MaxExpandedNodes:N0} nodes; write the content out instead"));
            return null;
        }

        return table;

        // A flow collection's opening bracket is remembered so an unclosed one can be reported where it opened.
        bool Open(YKind kind, char? flowBracket, AnchorName anchor, ParsingEvent ev)
        {
            if (flowBracket is { } bracket)
            {
                openFlow.Push((bracket, Span(ev)));
            }

            if (open.Count >= MaxDepth)
            {
                _diagnostics.Add(DiagnosticCatalog.E103.At(Span(ev), $"cấu trúc lồng nhau quá sâu (quá {MaxDepth} cấp); một kế hoạch không cần sâu như vậy",
                    $"nesting is too deep (more than {MaxDepth} levels)"));
                return false;
            }

            var index = table.Add(Entry(ev, kind, "", isPlain: false));
            table[index].IsOpen = true;
            Anchor(anchor, index);
            open.Push((index, children.Count));
            return true;
        }

        // Its children are final: their count, its height and its size with aliases copied out.
        void Close(int index, int first)
        {
            var gathered = children.From(first);
            table.SetChildren(index, gathered);
            ref var e = ref table[index];
            var height = 0;
            long size = 1;
            foreach (var c in gathered)
            {
                ref var child = ref table[c];
                height = Math.Max(height, child.Height);
                size += child.Size;
            }

            e.Height = (byte)(height + 1);
            e.Size = (int)Math.Min(size, MaxExpandedNodes + 1);
            e.IsOpen = false;
            children.PopTo(first);
        }

        void Anchor(AnchorName anchor, int index)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = index;
            }
        }

        void Attach(int index)
        {
            if (open.Count == 0)
            {
                table.RootIndex = index;
            }
            else
            {
                children.Push(index);
            }
        }
    }

    private static YamlTable.Entry Entry(ParsingEvent ev, YKind kind, string value, bool isPlain) => new()
    {
        Value = value,
        Line = (int)ev.Start.Line,
        Column = (int)ev.Start.Column,
        EndLine = (int)ev.End.Line,
        EndColumn = (int)ev.End.Column,
        Size = 1,
        Height = 1,
        Kind = kind,
        IsPlain = isPlain,
    };

    /// <summary>The children of the open collections, innermost last.</summary>
    private sealed class ChildStack
    {
        private int[] _items = new int[64];

        public int Count { get; private set; }

        public void Push(int index)
        {
            if (Count == _items.Length)
            {
                Array.Resize(ref _items, _items.Length * 2);
            }

            _items[Count++] = index;
        }

        public ReadOnlySpan<int> From(int first) => _items.AsSpan(first, Count - first);

        public void PopTo(int first) => Count = first;
    }

    private static Diagnostic Unclosed((char Open, SourceSpan Span) flow)
    {
        var close = flow.Open == '[' ? ']' : '}';
        return DiagnosticCatalog.E101.At(flow.Span,
            $"dấu \"{flow.Open}\" mở ở đây chưa được đóng: thêm \"{close}\" ở cuối (hoặc thêm dấu phẩy còn thiếu giữa hai phần tử)",
            $"the \"{flow.Open}\" opened here is never closed: add \"{close}\" (or the missing comma between two entries)");
    }

    private SourceSpan Span(ParsingEvent ev) =>
        new(_path, (int)ev.Start.Line, (int)ev.Start.Column, (int)ev.End.Line, (int)ev.End.Column);

    private static string Translate(string message)
    {
        var m = message;
        var colon = m.IndexOf("): ", StringComparison.Ordinal);
        if (colon >= 0 && m.StartsWith('('))
        {
            m = m[(colon + 3)..];
        }

        return m switch
        {
            _ when m.Contains("quoted scalar", StringComparison.Ordinal) && !m.Contains("escape", StringComparison.Ordinal) =>
                "chuỗi mở bằng dấu ngoặc kép ở đây chưa được đóng — thêm dấu \" (hoặc ') ở cuối giá trị; dấu \" bên trong chuỗi viết là \\\"",
            _ when m.Contains("found invalid mapping", StringComparison.Ordinal) || m.Contains("mapping values are not allowed", StringComparison.Ordinal) =>
                "giá trị không đặt trong ngoặc kép mà có dấu \": \" — đặt cả văn bản trong ngoặc kép, ví dụ title: \"Kế hoạch: …\"",
            _ when m.Contains("tab", StringComparison.OrdinalIgnoreCase) =>
                "có ký tự Tab ở chỗ thụt lề; YAML chỉ cho phép thụt lề bằng dấu cách",
            _ when m.Contains("did not find expected key", StringComparison.Ordinal) =>
                "không tìm thấy khóa như mong đợi — kiểm tra thụt lề và dấu hai chấm của dòng này và dòng trước",
            _ when m.Contains("did not find expected", StringComparison.Ordinal) =>
                "cấu trúc chưa đóng hoặc thụt lề sai — kiểm tra ngoặc [ ], { } và dấu ngoặc kép",
            _ when m.Contains("found character that cannot start any token", StringComparison.Ordinal) =>
                "có ký tự không thể bắt đầu một giá trị (thường là ký tự Tab hoặc @, `) — đặt văn bản trong ngoặc kép",
            _ when m.Contains("found unexpected end of stream", StringComparison.Ordinal) =>
                "tệp kết thúc giữa chừng — thiếu dấu ngoặc kép hoặc ngoặc đóng",
            _ when m.Contains("surrogate", StringComparison.OrdinalIgnoreCase) =>
                "chuỗi trong ngoặc kép có mã \\uD800–\\uDFFF đứng lẻ (nửa cặp surrogate), không phải một ký tự; xóa mã này hoặc viết cả ký tự, ví dụ \\U0001F600",
            _ when m.Contains("unknown escape", StringComparison.Ordinal) =>
                "chuỗi trong ngoặc kép có ký tự thoát \\ không hợp lệ — dùng ngoặc đơn ' ' hoặc viết \\\\",
            _ => $"cấu trúc YAML không hợp lệ ({m})",
        };
    }
}
