using System.Globalization;
using Cchc.Model;
using Cchc.Yaml;

namespace Cchc.Sheets;

/// <summary>
/// The current state of each task, read from a status file's <c>tasks:</c> entries: only what export and import need
/// (date, status, completed, result, products, note), without the validation of <c>Cchc.Status.StatusLoader</c>;
/// an entry it cannot read is left out. When <c>Cchc.Status</c> is joined in, an <see cref="IStatusSnapshot"/> over
/// <c>StatusFile.At</c> replaces this class.
/// </summary>
public sealed class StatusTextSnapshot : IStatusSnapshot
{
    private readonly Dictionary<string, List<(DateOnly Date, TaskState State)>> _entries = new(StringComparer.Ordinal);

    private StatusTextSnapshot()
    {
    }

    public static StatusTextSnapshot Empty { get; } = new();

    /// <summary>Null when the text is not a YAML mapping.</summary>
    public static StatusTextSnapshot? Parse(string text, string path)
    {
        var root = new YamlTreeReader(path, []).Read(text);
        if (root is null || root.Kind != YKind.Mapping)
        {
            return null;
        }

        var snapshot = new StatusTextSnapshot();
        var tasks = Value(root, "tasks");
        foreach (var (key, list) in tasks?.Kind == YKind.Mapping ? tasks.Pairs : [])
        {
            var entries = new List<(DateOnly, TaskState)>();
            foreach (var entry in list.Kind == YKind.Sequence ? list.Items.Where(i => i.Kind == YKind.Mapping) : [])
            {
                if (Date(Value(entry, "date")) is { } date && Value(entry, "status") is { Kind: YKind.Scalar } status)
                {
                    var products = Value(entry, "products") switch
                    {
                        { Kind: YKind.Sequence } seq => seq.Items.Where(i => i.Kind == YKind.Scalar && !i.IsNull).Select(i => i.Value).ToList(),
                        { Kind: YKind.Scalar } one when !one.IsNull => [one.Value],
                        _ => new List<string>(),
                    };
                    entries.Add((date, new TaskState(status.Value, Date(Value(entry, "completed")), Text(Value(entry, "result")), products, Text(Value(entry, "note")))));
                }
            }

            snapshot._entries[key.Value] = entries;
        }

        return snapshot;
    }

    public TaskState? At(string taskId, DateOnly day) =>
        _entries.TryGetValue(taskId, out var list) && list.Where(e => e.Date <= day).ToList() is { Count: > 0 } upTo
            ? upTo.Last(e => e.Date == upTo.Max(x => x.Date)).State
            : null;

    private static YNode? Value(YNode mapping, string key) => mapping.Kind == YKind.Mapping ? mapping.Pairs.LastOrDefault(p => p.Key.Value == key).Value : null;

    private static DateOnly? Date(YNode? node) =>
        node is { Kind: YKind.Scalar } && DateOnly.TryParseExact(node.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Text(YNode? node) => node is { Kind: YKind.Scalar } && !node.IsNull ? node.Value : null;
}
