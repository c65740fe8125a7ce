using Cchc.Fuzz.Mutators;
using Cchc.Fuzz.Scenarios;

namespace Cchc.Fuzz;

/// <summary>One input to try: its bytes, the seed it came from (the old side of diff) and how it was made; the
/// scenario says which commands it goes through (a plan's when none is given).</summary>
public sealed record Mutant(long Index, Seed Seed, IReadOnlyList<string> Mutations, byte[] Bytes, bool ValidateOnly = false, IScenario? Scenario = null)
{
    public string FileName => Path.GetFileName(Seed.Path);

    public IScenario Runs => Scenario ?? PlanScenario.Instance;
}

/// <summary>Where mutants come from; index-addressable so a crashed run resumes and a reproducer regenerates.</summary>
public interface IMutantSource
{
    long Count { get; }

    Mutant Get(long index);
}

/// <summary>Mutant i is a function of (seed, i) only: stacks one to three mutations on one seed plan.</summary>
public sealed class MutantGenerator(Corpus corpus, int seed, long count) : IMutantSource
{
    public long Count => count;

    public Mutant Get(long index)
    {
        var rng = new Random(Mix(seed, index));
        var pool = corpus.Whole.Count > 0 && rng.Next(5) != 0 ? corpus.Whole : corpus.Seeds;
        var plan = pool[rng.Next(pool.Count)];
        var (bytes, names) = Stack(plan.Bytes, rng, corpus, 6, 9, _ => Mutations.All);
        return new Mutant(index, plan, names, bytes);
    }

    /// <summary>
    /// One to three mutations applied in turn: one when a draw of 0–9 is below <paramref name="oneBelow"/>, two when
    /// below <paramref name="twoBelow"/>, else three; each step's mutation drawn from the family <paramref name="family"/> picks.
    /// </summary>
    public static (byte[] Bytes, List<string> Names) Stack(byte[] bytes, Random rng, Corpus corpus, int oneBelow, int twoBelow, Func<Random, IReadOnlyList<Mutation>> family)
    {
        var names = new List<string>();
        var draw = rng.Next(10);
        var stack = draw < oneBelow ? 1 : draw < twoBelow ? 2 : 3;
        for (var i = 0; i < stack; i++)
        {
            var mutations = family(rng);
            var m = mutations[rng.Next(mutations.Count)];
            bytes = m.Apply(bytes, rng, corpus);
            names.Add(m.Name);
        }

        return (bytes, names);
    }

    /// <summary>A deterministic 32-bit seed from (seed, index) (HashCode is randomised per process, so not that).</summary>
    public static int Mix(int seed, long index)
    {
        var x = unchecked(((ulong)(uint)seed << 32) ^ (ulong)index);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(x ^ (x >> 31)));
    }
}
