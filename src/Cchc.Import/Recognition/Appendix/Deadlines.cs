using Cchc.Import.Output;
using Cchc.Model;

namespace Cchc.Import.Recognition.Appendix;

/// <summary>A deadline cell as the format writes it: the string when the grammar parses it, else <c>{text: …}</c> (W111).</summary>
internal static class Deadlines
{
    public static YNode Node(string deadline) => DeadlineParser.Parse(deadline).Error == DeadlineParseError.None && deadline.Length > 0
        ? new YScalar(deadline)
        : new YMap { Flow = true }.Add("text", deadline);
}
