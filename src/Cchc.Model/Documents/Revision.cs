namespace Cchc.Model.Documents;

/// <summary>
/// A tracked change, as a redline shows it: accepting every change keeps <see cref="Inserted"/> content and
/// drops <see cref="Deleted"/> content; rejecting does the opposite.
/// </summary>
public enum Revision
{
    None,
    Inserted,
    Deleted,
}

/// <summary>The one author and date that every tracked change of a document carries (a redline is generated, not edited).</summary>
public sealed record RevisionStamp(string Author, DateTime Date)
{
    /// <summary>"cchc" at 2000-01-01T00:00:00Z: fixed, so that the same redline always gives the same bytes.</summary>
    public static RevisionStamp Default { get; } = new("cchc", new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc));
}
