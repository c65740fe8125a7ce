using Cchc.Model.Documents;

namespace Cchc.Redline;

/// <summary>
/// One section of the redline from the old and the new section: blocks the diff paired are merged (word-level
/// runs, row by row for tables), the others are whole deletions (old) or insertions (new) in their places.
/// </summary>
internal sealed class BlockMerge(Origins olds, Origins news)
{
    public Section Merge(Section old, Section @new)
    {
        var pairs = Keys.Pair(olds.Keys(old.Blocks), news.Keys(@new.Blocks), (i, j) => Fits(old.Blocks[i], @new.Blocks[j]));
        var blocks = new List<DocBlock>(@new.Blocks.Count);
        foreach (var step in SequenceMerge.Merge(old.Blocks.Count, @new.Blocks.Count, pairs))
        {
            if (step.IsPair)
            {
                blocks.AddRange(Merge(old.Blocks[step.Old], @new.Blocks[step.New]));
            }
            else
            {
                blocks.Add(step.New >= 0 ? Marked(@new.Blocks[step.New], Revision.Inserted) : Marked(old.Blocks[step.Old], Revision.Deleted));
            }
        }

        return new Section(@new.Orientation, blocks);
    }

    /// <summary>A whole section that only one side has, every block marked.</summary>
    public static Section Marked(Section section, Revision revision) =>
        new(section.Orientation, section.Blocks.Select(b => Marked(b, revision)).ToArray());

    private static DocBlock Marked(DocBlock block, Revision revision) => block with { Revision = revision };

    private static bool Fits(DocBlock old, DocBlock @new) => (old, @new) switch
    {
        (Table a, Table b) => a.ColumnWeights.Count == b.ColumnWeights.Count,
        _ => old.GetType() == @new.GetType(),
    };

    private IEnumerable<DocBlock> Merge(DocBlock old, DocBlock @new)
    {
        switch (old, @new)
        {
            case (Paragraph o, Paragraph n):
                yield return RunMerge.Merge(o.Runs, n.Runs) is { } runs ? n with { Runs = runs } : n;
                break;
            case (Table o, Table n):
                yield return new TableMerge(olds, news).Merge(o, n);
                break;
            case (ShortRule, ShortRule):
                yield return @new;
                break;
            default:
                // Letterhead and signature: shown whole, the old one deleted and the new one inserted, when they differ.
                if (SameText(old, @new))
                {
                    yield return @new;
                }
                else
                {
                    yield return Marked(old, Revision.Deleted);
                    yield return Marked(@new, Revision.Inserted);
                }

                break;
        }
    }

    private static bool SameText(DocBlock old, DocBlock @new) => (old, @new) switch
    {
        (Letterhead a, Letterhead b) => a.Superior == b.Superior && a.AgencyLines.SequenceEqual(b.AgencyLines, StringComparer.Ordinal)
            && a.NumberLine == b.NumberLine && a.NationalTitle == b.NationalTitle && a.Motto == b.Motto && a.PlaceDateLine == b.PlaceDateLine,
        (SignatureBlock a, SignatureBlock b) => a.Recipients.SequenceEqual(b.Recipients, StringComparer.Ordinal)
            && a.AuthorityLines.SequenceEqual(b.AuthorityLines, StringComparer.Ordinal) && a.SignerName == b.SignerName,
        _ => old.Equals(@new),
    };
}
