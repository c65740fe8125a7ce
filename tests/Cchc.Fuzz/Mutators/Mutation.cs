namespace Cchc.Fuzz.Mutators;

/// <summary>One way of damaging a plan. Mutations are pure: the same bytes and the same random stream give the same result.</summary>
public sealed record Mutation(string Name, Func<byte[], Random, Corpus, byte[]> Apply);

/// <summary>Picks mutations from every family; the generator stacks one to three of them.</summary>
public static class Mutations
{
    public static IReadOnlyList<Mutation> All { get; } = [.. ByteMutations.All, .. LineMutations.All, .. YamlMutations.All];
}
