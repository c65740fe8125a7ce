namespace Cchc.Fuzz.Scenarios;

/// <summary>
/// What a kind of mutant goes through: the files its commands need beside it, the command lines, and the promises
/// that only this kind of input makes (a written file reloads, another file's findings are not hidden). The
/// promises every command keeps (exit code, no exception, no stack trace, positioned errors, valid XML out) are
/// <see cref="Promises"/>'.
/// </summary>
public interface IScenario
{
    /// <summary>Writes the mutant and every file its commands read into <paramref name="folder"/> (which exists and is empty).</summary>
    void Stage(Mutant m, string folder);

    /// <summary>The command lines, arguments joined by NUL, run in this order; every path is under <paramref name="folder"/>.</summary>
    IReadOnlyList<string> CommandLines(Mutant m, string folder);

    /// <summary>The promises of this kind of input, checked once every command has run.</summary>
    IEnumerable<Failure> Check(Mutant m, string folder, IReadOnlyList<CommandOutcome> outcomes);
}
