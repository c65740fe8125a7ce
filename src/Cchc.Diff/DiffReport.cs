using Cchc.Diff.Output;

namespace Cchc.Diff;

/// <summary>Writes a change set for people: terminal text (optionally coloured) or Markdown.</summary>
public static class DiffReport
{
    public static void WriteText(TextWriter writer, PlanDiff diff, bool color) => new ReportWalker(writer, new HumanStyle(color)).Write(diff);

    public static void WriteMarkdown(TextWriter writer, PlanDiff diff) => new ReportWalker(writer, new MarkdownStyle()).Write(diff);
}
