using Cchc.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Cchc.Yaml;

/// <summary>
/// Builds a <see cref="YNode"/> tree from YamlDotNet's parser events with an explicit stack, so neither
/// a 10,000-deep file nor an alias bomb can exhaust the stack or the memory.
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

    public YNode? Read(string text)
    {
        var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        var anchors = new Dictionary<string, YNode>(StringComparer.Ordinal);
        var stack = new Stack<(YNode Node, YNode? PendingKey)>();
        // Open flow collections ("[" or "{"), innermost last: an unclosed one is reported where it opens.
        var openFlow = new Stack<(char Open, SourceSpan Span)>();
        YNode? root = null;
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
                            return root;
                        }

                        break;
                    case Scalar s:
                        var scalar = new YNode(YKind.Scalar, Span(ev))
                        {
                            Value = Diacritics.Compose(s.Value),
                            IsPlain = s.Style == ScalarStyle.Plain,
                            Tag = s.Tag.IsEmpty ? null : s.Tag.Value,
                        };
                        ControlCharacters.Check(scalar, text, _lines, _path, Characters);
                        Attach(scalar, s.Anchor);
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
                        var done = stack.Pop().Node;
                        done.IsOpen = false;
                        if (openFlow.Count > 0 && openFlow.Peek().Span == done.Span)
                        {
                            openFlow.Pop();
                        }

                        Attach(done, AnchorName.Empty, pushed: true);
                        break;
                    case AnchorAlias alias:
                        aliases++;
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                        {
                            _diagnostics.Add(DiagnosticCatalog.E101.At(Span(ev), $"bí danh *{alias.Value} chưa được khai báo bằng &{alias.Value}",
                                $"alias *{alias.Value} has no anchor &{alias.Value}"));
                            return null;
                        }

                        if (target.IsOpen)
                        {
                            _diagnostics.Add(DiagnosticCatalog.E104.At(Span(ev),
                                $"bí danh *{alias.Value} nằm bên trong chính nút được đặt tên &{alias.Value} (dòng {target.Span.Line}) nên nó tự tham chiếu, nở ra vô tận; hãy viết nội dung trực tiếp thay cho bí danh",
                                $"alias *{alias.Value} is inside the node it names (&{alias.Value}, line {target.Span.Line}), so it refers to itself and expands forever; write the content out instead"));
                            return null;
                        }

                        // Copying the anchored node here must not make the expanded tree deeper than a written one may be.
                        if (stack.Count + target.Height > MaxDepth)
                        {
                            _diagnostics.Add(DiagnosticCatalog.E103.At(Span(ev),
                                $"bí danh *{alias.Value} chép vào đây một cấu trúc sâu {target.Height} cấp, làm tệp lồng nhau quá {MaxDepth} cấp",
                                $"alias *{alias.Value} copies a structure {target.Height} levels deep here, nesting beyond {MaxDepth} levels"));
                            return null;
                        }

                        Attach(target, AnchorName.Empty, pushed: true);
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

        if (root is not null && aliases > 0 && ExpandedSize(root) > MaxExpandedNodes)
        {
            _diagnostics.Add(DiagnosticCatalog.E104.At(root.Span,
                $"các bí danh YAML (&/*) làm tệp nở ra quá {MaxExpandedNodes:N0} nút; đây không phải một kế hoạch thật — hãy viết nội dung trực tiếp",
                $"YAML aliases (&/*) expand this file beyond {MaxExpandedNodes:N0} nodes; write the content out instead"));
            return null;
        }

        return root;

        // A flow collection's opening bracket is remembered so an unclosed one can be reported where it opened.
        bool Open(YKind kind, char? flowBracket, AnchorName anchor, ParsingEvent ev)
        {
            if (flowBracket is { } bracket)
            {
                openFlow.Push((bracket, Span(ev)));
            }

            return Push(new YNode(kind, Span(ev)), anchor, ev);
        }

        bool Push(YNode node, AnchorName anchor, ParsingEvent ev)
        {
            if (stack.Count >= MaxDepth)
            {
                _diagnostics.Add(DiagnosticCatalog.E103.At(Span(ev), $"cấu trúc lồng nhau quá sâu (quá {MaxDepth} cấp); một kế hoạch không cần sâu như vậy",
                    $"nesting is too deep (more than {MaxDepth} levels)"));
                return false;
            }

            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }

            stack.Push((node, null));
            node.IsOpen = true;
            return true;
        }

        void Attach(YNode node, AnchorName anchor, bool pushed = false)
        {
            if (!pushed && !anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }

            if (stack.Count == 0)
            {
                root = node;
                return;
            }

            var (parent, key) = stack.Pop();
            if (parent.Kind == YKind.Sequence)
            {
                parent.AddItem(node);
                stack.Push((parent, null));
            }
            else if (key is null)
            {
                stack.Push((parent, node));
            }
            else
            {
                parent.AddPair(key, node);
                stack.Push((parent, null));
            }
        }
    }

    private static Diagnostic Unclosed((char Open, SourceSpan Span) flow)
    {
        var close = flow.Open == '[' ? ']' : '}';
        return DiagnosticCatalog.E101.At(flow.Span,
            $"dấu \"{flow.Open}\" mở ở đây chưa được đóng: thêm \"{close}\" ở cuối (hoặc thêm dấu phẩy còn thiếu giữa hai phần tử)",
            $"the \"{flow.Open}\" opened here is never closed: add \"{close}\" (or the missing comma between two entries)");
    }

    /// <summary>Counts nodes as if every alias were copied out, memoised per node so it stays linear.</summary>
    private static long ExpandedSize(YNode root)
    {
        var memo = new Dictionary<YNode, long>(ReferenceEqualityComparer.Instance);
        var order = new List<YNode>();
        var seen = new HashSet<YNode>(ReferenceEqualityComparer.Instance);
        var work = new Stack<YNode>();
        work.Push(root);
        while (work.Count > 0)
        {
            var n = work.Pop();
            if (!seen.Add(n))
            {
                continue;
            }

            order.Add(n);
            foreach (var c in Children(n))
            {
                work.Push(c);
            }
        }

        for (var i = order.Count - 1; i >= 0; i--)
        {
            var n = order[i];
            long size = 1;
            foreach (var c in Children(n))
            {
                size += memo.TryGetValue(c, out var s) ? s : 1;
                if (size > MaxExpandedNodes)
                {
                    break;
                }
            }

            memo[n] = Math.Min(size, MaxExpandedNodes + 1);
        }

        return memo[root];
    }

    private static IEnumerable<YNode> Children(YNode n) =>
        n.Kind == YKind.Sequence ? n.Items : n.Kind == YKind.Mapping ? n.Pairs.SelectMany(p => new[] { p.Key, p.Value }) : [];

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
