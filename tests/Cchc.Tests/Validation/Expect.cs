using Cchc.Model;
using Xunit;

namespace Cchc.Tests.Validation;

/// <summary>Assertions on diagnostics that print every finding when they fail.</summary>
internal static class Expect
{
    /// <summary>Exactly one diagnostic has <paramref name="code"/>, and it is at <paramref name="at"/>.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, (int Line, int Column) at)
    {
        var found = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one {code}, found {found.Count}:\n{Show(diagnostics)}");
        AssertAt(found[0], at, diagnostics);
        return found[0];
    }

    /// <summary>Some diagnostic with <paramref name="code"/> is at <paramref name="at"/> (others with the same code may exist).</summary>
    public static Diagnostic Some(IReadOnlyList<Diagnostic> diagnostics, string code, (int Line, int Column) at)
    {
        var found = diagnostics.FirstOrDefault(d => d.Code == code && (d.Span.Line, d.Span.Column) == at);
        Assert.True(found is not null, $"expected {code} at {at}, found:\n{Show(diagnostics)}");
        return found!;
    }

    public static void None(IReadOnlyList<Diagnostic> diagnostics, string code) =>
        Assert.True(diagnostics.All(d => d.Code != code), $"expected no {code}, found:\n{Show(diagnostics)}");

    public static void Clean(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.True(diagnostics.Count == 0, $"expected no diagnostic, found:\n{Show(diagnostics)}");

    public static void Severity(Diagnostic d, bool error) =>
        Assert.True(d.IsError == error, $"{d.Code} should be {(error ? "an error" : "a warning")}");

    private static void AssertAt(Diagnostic d, (int Line, int Column) at, IReadOnlyList<Diagnostic> all) =>
        Assert.True((d.Span.Line, d.Span.Column) == at, $"{d.Code} expected at {at}, reported at ({d.Span.Line},{d.Span.Column}):\n{Show(all)}");

    public static string Show(IEnumerable<Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics.Select(d => $"  {d.Span}: {d.Code}: {d.Message.Vi}"));
}
