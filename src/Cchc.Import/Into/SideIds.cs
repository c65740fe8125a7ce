using Cchc.Model;

namespace Cchc.Import.Into;

/// <summary>
/// The importer derives a task's id from its text, so an edited task may take the id another task had in the
/// baseline and the diff would pair the wrong two by id. Each side's ids get a prefix of their own: tasks are
/// then paired by content only, as they must be when the Word file has no ids.
/// </summary>
internal static class SideIds
{
    public static Package Apart(Package package, string prefix) => package with
    {
        Appendices = [.. package.Appendices.Select(a => a is TaskAppendix t
            ? t with { Groups = [.. t.Groups.Select(g => g with { Tasks = [.. g.Tasks.Select(task => task with { Id = prefix + task.Id })] })] }
            : a)],
    };
}
